"""The WSGI entry point (gunicorn: `integrationsnetz.wsgi:application`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integrationsnetz.settings")

application = get_wsgi_application()
