from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse
from django.utils.cache import patch_cache_control


class HealthCheckMiddleware:
    """Answer /healthz/ before host validation, so a container probe on 127.0.0.1 works."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz/":
            return self.get_response(request)
        try:
            connection.ensure_connection()
        except DatabaseError:
            return HttpResponse("database unavailable", status=503, content_type="text/plain")
        response = HttpResponse("ok", content_type="text/plain")
        response["Cache-Control"] = "no-store"
        return response


class PrivateEditorPagesMiddleware:
    """Keep pages rendered with the editors' user bar out of shared caches.

    A shared cache keys on the display cookie only (README, Caching), so a page an editor saw
    with edit links must never be stored for visitors. The user bar hook sets the flag.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "shows_editor_userbar", False):
            patch_cache_control(response, private=True, no_store=True)
        return response
