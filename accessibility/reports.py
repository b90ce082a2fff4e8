"""Accepting a barrier report: rate limit per client, storage, e-mail to the office."""

import hashlib
import logging
import smtplib

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from integrationsnetz.models import OrganisationSettings

logger = logging.getLogger(__name__)

RATE_LIMIT = 10
RATE_WINDOW_SECONDS = 60 * 60


def _client_key(request):
    # Only a keyed hash of the address is kept, in the cache, for one hour; never in the DB.
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"barrier-report:{digest}"


def rate_limited(request):
    """Count this submission; True when the client sent more than RATE_LIMIT in the window.

    A cache that is down lets every submission through: a report must never be lost to it.
    """
    key = _client_key(request)
    try:
        if cache.add(key, 1, RATE_WINDOW_SECONDS):
            return False
        return cache.incr(key) > RATE_LIMIT
    except ValueError:
        # The key expired between add() and incr(): this is the first submission again.
        return False
    except Exception:
        logger.warning("Barrier report rate limit skipped: cache unavailable", exc_info=True)
        return False


def absolute_url(site, path):
    if not path or site is None:
        return path
    return f"{site.root_url}{path}"


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
    """Store the valid report (no IP address), then try to e-mail it. Returns the report."""
    report = form.save(commit=False)
    report.site = Site.find_for_request(request)
    report.save()
    if notify_office(report):
        report.notified = True
        report.save(update_fields=["notified"])
    return report
