"""The WSGI entry point (gunicorn: `integrationsnetz.wsgi:application`).

A page from the full-page cache is answered here, before Django's request handling (signals,
database connection checks, the middleware): a stored page carries every header that the
middleware gave it when it was made. Everything else, and every request that the cache may
not answer (see page_cache.cached_response), goes to Django unchanged.
"""

import os
import uuid

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integrationsnetz.settings")

django_application = get_wsgi_application()

from integrationsnetz import page_cache  # noqa: E402 (needs the settings loaded above)


def application(environ, start_response):
    if environ.get("REQUEST_METHOD") in ("GET", "HEAD") and settings.PAGE_CACHE:
        try:
            response = page_cache.cached_response(WSGIRequest(environ))
        except Exception:  # a malformed request: Django answers it properly
            response = None
        if response is not None:
            # What log_request_id's middleware adds to every other response (access log).
            response[settings.REQUEST_ID_RESPONSE_HEADER] = uuid.uuid4().hex
            start_response(
                f"{response.status_code} {response.reason_phrase}", list(response.items())
            )
            return [response.content]
    return django_application(environ, start_response)
