"""Accepting a barrier report: rate limits, storage, e-mail to the office.

The report form is the feedback channel the law requires, so no single client may close it:

- Only accepted reports count; junk the form rejects costs an attacker, not the others.
- Per client (the visitor's address, from our nginx's X-Forwarded-For when BEHIND_PROXY is on,
  integrationsnetz.security.client_ip): at most RATE_LIMIT reports an hour, then a German
  message with the form kept (429).
- Per site: after GLOBAL_RATE_LIMIT reports in an hour (from many clients at once, usually
  spam), reports are still stored, but flagged "Bitte prüfen" and not mailed, so the office's
  inbox is not flooded and nobody's report is refused.
"""

import hashlib
import logging
import smtplib
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Site

from integrationsnetz.models import OrganisationSettings
from integrationsnetz.security import client_ip

from .forms import token_digest
from .models import BarrierReport
from .paths import same_site_path

logger = logging.getLogger(__name__)

RATE_LIMIT = 10
GLOBAL_RATE_LIMIT = 100
RATE_WINDOW_SECONDS = 60 * 60
# Stored instead of an address that is not a page of this site (the raw value is kept apart).
UNKNOWN_PAGE = "unbekannt"


def _client_key(request):
    # Only a keyed hash of the address is kept, in the cache, for one hour; never in the DB.
    address = client_ip(request) or ""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"barrier-report:{digest}"


def rate_limited(request):
    """True when this client's accepted reports of the last hour reached RATE_LIMIT.

    A cache that is down lets every submission through: a report must never be lost to it.
    """
    try:
        return (cache.get(_client_key(request)) or 0) >= RATE_LIMIT
    except Exception:
        logger.warning("Barrier report rate limit skipped: cache unavailable", exc_info=True)
        return False


def count_accepted(request):
    key = _client_key(request)
    try:
        if not cache.add(key, 1, RATE_WINDOW_SECONDS):
            cache.incr(key)
    except ValueError:
        # The key expired between add() and incr(): start counting again.
        cache.add(key, 1, RATE_WINDOW_SECONDS)
    except Exception:
        logger.warning("Barrier report not counted: cache unavailable", exc_info=True)


def flood(site):
    """Has this site had GLOBAL_RATE_LIMIT reports in the last hour? (From the database.)"""
    since = timezone.now() - timedelta(seconds=RATE_WINDOW_SECONDS)
    recent = BarrierReport.objects.filter(site=site, created_at__gte=since)
    return recent[GLOBAL_RATE_LIMIT - 1 : GLOBAL_RATE_LIMIT].exists()


def page_path(request, given):
    """The reported page as a path of this site, or UNKNOWN_PAGE; "" when none was given.

    A full address of this site is shortened to its path; anything else (another host,
    "@evil.example/phish", "javascript:…") is never stored or mailed as a link.
    """
    if not given:
        return ""
    parts = urlsplit(given)
    if parts.scheme in {"http", "https"} and parts.netloc == request.get_host():
        given = parts.path + (f"?{parts.query}" if parts.query else "")
    return same_site_path(request, given) or UNKNOWN_PAGE


def absolute_url(site, path):
    if not path.startswith("/") or site is None:
        return path
    return f"{site.root_url}{path}"


def indented(text):
    """Every line of a visitor's text indented, so none looks like a line of the mail itself."""
    return "\n".join(f"  {line}" for line in text.splitlines())


def notify_office(report):
    """E-mail the report to the office address of its site; True when the mail went out."""
    organisation = OrganisationSettings.for_site(report.site) if report.site else None
    recipient = organisation.email if organisation else ""
    if not recipient:
        logger.warning("Barrier report %s stored, but the site has no office e-mail", report.pk)
        return False
    context = {
        "report": report,
        "organisation": organisation,
        "page_address": absolute_url(report.site, report.page_url),
        "description": indented(report.description),
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse(report.snippet_viewset.get_url_name("edit"), args=[report.pk]),
    }
    message = EmailMessage(
        subject=_("Barriere gemeldet: %(site)s") % {"site": organisation.name},
        body=render_to_string("accessibility/email/barrier_report.txt", context),
        to=[recipient],
        reply_to=[report.email] if report.email else None,
    )
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Barrier report %s stored, but the e-mail could not be sent", report.pk)
        return False
    return True


def accept(form, request):
    """Store the valid report (no IP address), then try to e-mail it. Returns the report.

    Raises IntegrityError when the same form was sent twice at the same moment.
    """
    report = form.save(commit=False)
    report.site = Site.find_for_request(request)
    given = form.cleaned_data["page_url"]
    report.page_url = page_path(request, given)
    report.page_url_given = given if report.page_url == UNKNOWN_PAGE else ""
    report.fill_token_digest = token_digest(form.cleaned_data["started"])
    report.needs_review = flood(report.site)
    with transaction.atomic():
        report.save()
    count_accepted(request)
    if report.needs_review:
        logger.warning("Barrier report %s flagged for review: many reports this hour", report.pk)
    elif notify_office(report):
        report.notified = True
        report.save(update_fields=["notified"])
    return report
