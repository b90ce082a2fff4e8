"""/healthz/: does this instance have what it needs to serve pages? Polled every few seconds."""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz/"


def database_ok():
    # A persistent connection may be long dead: ensure_connection() would not notice,
    # a query does. Its time is bounded by DB_CONNECT_TIMEOUT and DB_STATEMENT_TIMEOUT.
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def cache_ok():
    # With Redis, errors come back as misses (see integrationsnetz/cache.py): only a value
    # that was written and read back shows the cache works. CACHE_TIMEOUT bounds both calls.
    key = f"healthz:{secrets.token_hex(8)}"
    token = secrets.token_hex(8)
    try:
        cache.set(key, token, timeout=10)
        ok = cache.get(key) == token
        cache.delete(key)
    except Exception:  # a cache that fails loudly is as unavailable as one that fails quietly
        logger.exception("Health check: cache call failed")
        return False
    return ok


class HealthCheckMiddleware:
    """Answer /healthz/ before host validation, so a container probe on 127.0.0.1 works.

    200 "ok" when the database answers a query and the cache keeps a value; otherwise 503
    naming what failed, one line each, so a load balancer stops sending visitors here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != HEALTH_PATH:
            return self.get_response(request)
        checks = {"database": database_ok(), "cache": cache_ok()}
        failed = [name for name, ok in checks.items() if not ok]
        if failed:
            body = "\n".join(f"{name} unavailable" for name in failed)
            response = HttpResponse(body, status=503, content_type="text/plain")
        else:
            response = HttpResponse("ok", content_type="text/plain")
        response["Cache-Control"] = "no-store"
        return response
