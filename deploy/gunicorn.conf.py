"""gunicorn settings for production: `gunicorn -c deploy/gunicorn.conf.py integrationsnetz.wsgi`.

Meant to sit behind nginx (deploy/nginx/), which buffers slow clients. gunicorn itself uses
threaded workers, so a few clients dribbling headers straight at it tie up a thread each, not
the whole site. Environment: PORT, WEB_CONCURRENCY, GUNICORN_THREADS, GUNICORN_TIMEOUT,
FORWARDED_ALLOW_IPS, GUNICORN_WORKER_CLASS (see .env.example and docs/betrieb.md).
"""

import os

from gunicorn.glogging import Logger

from integrationsnetz.log import redact

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
# One process per core plus one, at least two: one worker restarting never stops the site.
workers = int(os.environ.get("WEB_CONCURRENCY", max(2, (os.cpu_count() or 1) + 1)))
# gthread by default; GUNICORN_WORKER_CLASS=sync works the same (a hung database: db_deadline.py).
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A request that takes longer is killed; the app answers long before (DB and cache timeouts).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, so that slow leaks in libraries cannot add up.
max_requests = 2000
max_requests_jitter = 200
# Requests larger than this are refused before Django sees them.
# nginx bounds the request line (16 KB, proxy.conf); gunicorn's own cap (at most 8190 bytes)
# would turn a long search (1,000 letters, up to 9 KB encoded) into an error page.
limit_request_line = 0
limit_request_fields = 100
limit_request_field_size = 8190
# Only the proxy may say which scheme the visitor used (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Application logs go to stdout through Django's LOGGING; gunicorn's own as well.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s" request_id=%({x-request-id}o)s'


class RedactingLogger(Logger):
    """Access log lines without password-reset tokens or secrets in query strings."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("r", "U", "q"):
            atoms[key] = redact(atoms[key])
        return atoms


logger_class = RedactingLogger
