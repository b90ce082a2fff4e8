import os
import socket

from django.core.cache import cache

import pytest
import redis

from devtools.tcp_proxy import TcpProxy
from integrationsnetz.cache import breaker

# The machine's Redis (CI has it too); a database index of its own so nothing else is touched,
# one per pytest-xdist worker (gw0 uses 5, gw1 6, ...): emptying one must not empty another's.
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{5 + WORKER}")


@pytest.fixture
def closed_port():
    """A loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def use_redis(settings):
    """use_redis(url): the production cache configuration (see settings.py), pointed at `url`."""

    def use(url):
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": url,
                "OPTIONS": settings.REDIS_CACHE_OPTIONS,
            }
        }

    breaker.open_until, breaker.down = 0.0, False
    yield use
    breaker.open_until, breaker.down = 0.0, False


@pytest.fixture
def unreachable_redis(use_redis, closed_port):
    use_redis(f"redis://127.0.0.1:{closed_port}/0")


@pytest.fixture
def hanging_redis(use_redis):
    """A Redis address that accepts connections and never answers."""
    with TcpProxy("127.0.0.1", 6379) as proxy:
        proxy.blackhole()
        use_redis(f"redis://127.0.0.1:{proxy.port}/0")
        yield


def redis_unavailable_reason(url):
    """Why the Redis at `url` cannot be used (a sentence for the skip), or None."""
    try:
        with redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1) as client:
            client.ping()
    except redis.RedisError as error:
        return (
            f"This test needs a running Redis at {url} (TEST_REDIS_URL; Debian: "
            f"sudo apt-get install redis-server). {error}"
        )
    return None


@pytest.fixture
def live_redis(use_redis):
    # Without a Redis the test is skipped with the reason; in CI (CI set) it fails instead.
    if reason := redis_unavailable_reason(TEST_REDIS_URL):
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    # Its own database index, emptied before and after: no site paths left from another test.
    use_redis(TEST_REDIS_URL)
    cache.clear()
    yield
    cache.clear()
