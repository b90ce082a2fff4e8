from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse


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
