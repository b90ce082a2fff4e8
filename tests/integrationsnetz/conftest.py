import os
import socket

from django.core.cache import cache

import pytest

from integrationsnetz.cache import breaker
from integrationsnetz.tcp_proxy import TcpProxy

# The machine's Redis (CI has it too); a database index of its own so nothing else is touched.
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/5")


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


@pytest.fixture
def live_redis(use_redis):
    # Its own database index, emptied before and after: no site paths left from another test.
    use_redis(TEST_REDIS_URL)
    cache.clear()
    yield
    cache.clear()
