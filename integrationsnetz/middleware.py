import logging
import time

from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

# How often an ongoing database outage is logged (once per interval, not once per request).
OUTAGE_LOG_INTERVAL = 60
# Tells browsers and crawlers when to come back.
RETRY_AFTER_SECONDS = 30


class DatabaseUnavailableMiddleware:
    """The German "temporarily unavailable" page (503) while the database cannot be reached.

    Connect and statement timeouts (settings) make a failing database raise quickly; the
    connection is reopened on the next request, so the site recovers by itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.last_logged = 0.0

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        now = time.monotonic()
        if now - self.last_logged > OUTAGE_LOG_INTERVAL:
            self.last_logged = now
            logger.error("Database unavailable, answering 503: %s", exception)
        response = HttpResponse(loader.get_template("503.html").render({}), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response


class PrivateEditorPagesMiddleware:
    """Keep pages rendered with the editors' user bar out of shared caches.

    A shared cache keys on the display cookie only (docs/caching.md), so a page an editor saw
    with edit links must never be stored for visitors. The user bar hook sets the flag.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "shows_editor_userbar", False):
            patch_cache_control(response, private=True, no_store=True)
        return response


class LanguageFromPathMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware for URLs that alone decide the language.

    German is unprefixed (i18n_patterns with prefix_default_language=False) and every other
    language has its prefix, so a response never depends on Accept-Language: no `Vary:
    Accept-Language` (which would split every cache by browser language) and no redirects.
    """

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
