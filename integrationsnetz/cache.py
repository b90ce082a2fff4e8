"""Redis as an accelerator that fails fast: no retries, and a pause after each failure.

django-redis already turns connection errors into cache misses (IGNORE_EXCEPTIONS). That alone
still costs every cache call a full socket timeout while Redis is down or hangs, and a page makes
several (Wagtail looks up the site root in the cache on every request). After a failure this
process therefore skips Redis for CACHE_RETRY_INTERVAL seconds: calls fail at once, which
django-redis treats as a miss, and one warning is logged per outage instead of one per call.
"""

import logging
import threading
import time

from django.conf import settings

from django_redis.client import DefaultClient
from redis.backoff import NoBackoff
from redis.connection import Connection, SSLConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger(__name__)

FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)


class CircuitBreaker:
    """Shared by every connection of the process: open for `interval` seconds after a failure."""

    def __init__(self):
        self._lock = threading.Lock()
        self.open_until = 0.0
        self.down = False

    def check(self):
        if time.monotonic() < self.open_until:
            raise RedisConnectionError("Redis skipped after a recent failure")

    def failed(self, error):
        interval = settings.CACHE_RETRY_INTERVAL
        with self._lock:
            first = not self.down
            self.down = True
            self.open_until = time.monotonic() + interval
        if first:
            logger.warning(
                "Redis cache unavailable (%s); pages are served uncached, next try in %s s",
                error,
                interval,
            )

    def succeeded(self):
        if self.down:
            with self._lock:
                was_down, self.down = self.down, False
            if was_down:
                logger.warning("Redis cache available again")


breaker = CircuitBreaker()


class FailFastMixin:
    """For redis-py connections: no retries, and reports to the process's circuit breaker."""

    def __init__(self, **kwargs):
        # redis-py retries three times with backoff by default: four timeouts per cache call.
        kwargs["retry"] = Retry(NoBackoff(), 0)
        super().__init__(**kwargs)

    def connect(self):
        breaker.check()
        try:
            super().connect()
        except FAILURES as error:
            breaker.failed(error)
            raise

    def send_packed_command(self, command, check_health=True):
        try:
            super().send_packed_command(command, check_health=check_health)
        except FAILURES as error:
            breaker.failed(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            response = super().read_response(*args, **kwargs)
        except FAILURES as error:
            breaker.failed(error)
            raise
        breaker.succeeded()
        return response


class FailFastConnection(FailFastMixin, Connection):
    pass


class FailFastSSLConnection(FailFastMixin, SSLConnection):
    pass


class FailFastClient(DefaultClient):
    """django-redis's client with fail-fast connections (redis:// and rediss://)."""

    def __init__(self, server, params, backend):
        options = dict(params.get("OPTIONS", {}))
        location = server if isinstance(server, str) else ",".join(server)
        if location.startswith("rediss://"):
            connection_class = FailFastSSLConnection
        elif location.startswith("redis://"):
            connection_class = FailFastConnection
        else:  # a Unix socket: nothing to wait for on the network
            connection_class = None
        if connection_class is not None:
            options["CONNECTION_POOL_KWARGS"] = {
                **options.get("CONNECTION_POOL_KWARGS", {}),
                "connection_class": connection_class,
            }
        super().__init__(server, {**params, "OPTIONS": options}, backend)
