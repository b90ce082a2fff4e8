"""Security plumbing: the admin's own CSP, CSP violation reports, and the admin login lock-out."""

import json
import logging
import threading
import time

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from axes.helpers import get_cool_off
from csp.middleware import CSPMiddleware

logger = logging.getLogger("integrationsnetz.csp")

# Browsers send a report of a few hundred bytes; anything much larger is not a report.
CSP_REPORT_MAX_BYTES = 8 * 1024
# A report is an object of strings and numbers inside one object; deeper nesting is junk
# (and 3,000 brackets would exhaust the JSON parser's recursion).
CSP_REPORT_MAX_DEPTH = 4
# Per process and minute: enough to see a problem, too few to flood the log.
CSP_REPORTS_PER_MINUTE = 30
CSP_REPORT_FIELDS = (
    "document-uri",
    "violated-directive",
    "effective-directive",
    "blocked-uri",
    "source-file",
    "line-number",
    "disposition",
)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with CONTENT_SECURITY_POLICY_ADMIN for the Wagtail admin."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_prefix = reverse("wagtailadmin_home")
        # A preview is rendered through a dummy request for the page's public path, but it is
        # shown inside the admin's preview panel: it gets the admin's policy, which may be framed
        # by the admin and lets the editors' checks run.
        in_admin = request.path.startswith(admin_prefix) or getattr(request, "is_preview", False)
        if not report_only and parts.config is None and in_admin:
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class RateLimit:
    """At most `limit` events per minute in this process (a fixed one-minute window)."""

    def __init__(self, limit):
        self.limit = limit
        self._lock = threading.Lock()
        self._window = 0
        self._count = 0

    def allow(self):
        window = int(time.monotonic() // 60)
        with self._lock:
            if window != self._window:
                self._window, self._count = window, 0
            self._count += 1
            return self._count <= self.limit


csp_report_limit = RateLimit(CSP_REPORTS_PER_MINUTE)


def nesting_depth(text):
    """How deeply brackets nest in a JSON text, not counting those inside strings."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def parse_csp_report(body):
    """The report's fields as short strings; ValueError for anything that is not a report."""
    text = body.decode()  # invalid UTF-8: UnicodeDecodeError, a ValueError
    if nesting_depth(text) > CSP_REPORT_MAX_DEPTH:
        raise ValueError("nested too deeply for a CSP report")
    report = json.loads(text)
    if not isinstance(report, dict) or not isinstance(report.get("csp-report"), dict):
        raise ValueError("not a CSP report")
    fields = report["csp-report"]
    return {field: str(fields.get(field, ""))[:300] for field in CSP_REPORT_FIELDS}


@csrf_exempt
@require_POST
def csp_report(request):
    """Log a browser's CSP violation report in one line; junk gets 400, floods get 429.

    Logged at WARNING on the integrationsnetz.csp logger, which mails nobody (settings).
    """
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isascii() or not length.isdigit() or int(length) > CSP_REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    if not csp_report_limit.allow():
        return HttpResponse(status=429)
    body = request.read(CSP_REPORT_MAX_BYTES + 1)
    if len(body) > CSP_REPORT_MAX_BYTES:
        return HttpResponse(status=413)
    try:
        details = parse_csp_report(body)
    except ValueError:
        return HttpResponse(status=400)
    logger.warning(
        "CSP violation: %s",
        " ".join(f"{key}={json.dumps(value)}" for key, value in details.items() if value),
    )
    return HttpResponse(status=204)


def client_ip(request):
    """The visitor's address. Behind our proxies (nginx, then Varnish), the entry of
    X-Forwarded-For that nginx wrote: PROXY_HOPS entries from the end, since Varnish appends
    nginx's own address; anything a client put before it is never taken."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        if entries:
            return entries[-min(settings.PROXY_HOPS, len(entries))]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """The German lock-out page (429), saying until when logging in is blocked."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60))
    until = timezone.localtime() + cool_off
    response = HttpResponse(
        render_to_string(
            "integrationsnetz/lockout.html",
            {"minutes": minutes, "until": until},
            request=request,
        ),
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
