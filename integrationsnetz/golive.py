"""What stops a centre from going live: `manage.py golive_check` and the dashboard panel.

Per centre (Site): a name, a host name that resolves, the five pages every public body's site
needs (Impressum, Datenschutz, Erklärung zur Barrierefreiheit, Leichte Sprache, Gebärdensprache)
chosen in the organisation settings and published, no placeholder left in them, a statement
reviewed within the year. For the installation: settings of a development setup.
"""

import datetime
import socket

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Site

from .models import OrganisationSettings
from .placeholders import placeholders_in_page

REQUIRED_PAGES = [
    "imprint_page",
    "privacy_page",
    "accessibility_page",
    "easy_language_page",
    "sign_language_page",
]
STATEMENT_REVIEW = datetime.timedelta(days=365)
DEVELOPMENT_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}
DEVELOPMENT_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def resolves(hostname):
    try:
        return bool(socket.getaddrinfo(hostname, None))
    except (OSError, UnicodeError):
        return False


def centre_problems(site, resolve=resolves):
    """The German descriptions of what stops `site` from going live ([] when nothing)."""
    problems = []
    if not site.site_name.strip():
        problems.append(
            _("Die Website hat keinen Namen (Einstellungen → Websites → „Name der Website“).")
        )
    if resolve is not None and not resolve(site.hostname):
        problems.append(
            _("Der Hostname „%(host)s“ ist im DNS nicht zu finden.") % {"host": site.hostname}
        )
    organisation = OrganisationSettings.for_site(site)
    for field_name in REQUIRED_PAGES:
        label = str(OrganisationSettings._meta.get_field(field_name).verbose_name)
        page = getattr(organisation, field_name)
        if page is None:
            problems.append(
                _("„%(page)s“ ist in den Organisationseinstellungen nicht ausgewählt.")
                % {"page": label}
            )
            continue
        if not page.live:
            problems.append(_("„%(page)s“ ist nicht veröffentlicht.") % {"page": label})
            continue
        page = page.specific
        for field, text in placeholders_in_page(page):
            problems.append(
                _("„%(page)s“, Feld „%(field)s“: Platzhalter „%(text)s“.")
                % {"page": label, "field": field, "text": text}
            )
        reviewed = getattr(page, "reviewed_on", None) or getattr(page, "prepared_on", None)
        if hasattr(page, "reviewed_on") and (
            reviewed is None or timezone.localdate() - reviewed > STATEMENT_REVIEW
        ):
            problems.append(
                _("„%(page)s“ wurde seit über einem Jahr nicht überprüft.") % {"page": label}
            )
    return problems


def installation_problems():
    problems = []
    if settings.DEBUG:
        problems.append(_("DEBUG ist eingeschaltet."))
    if (
        not settings.SECRET_KEY
        or "insecure" in settings.SECRET_KEY
        or len(settings.SECRET_KEY) < 40
    ):
        problems.append(_("SECRET_KEY ist ein Entwicklungsschlüssel oder zu kurz."))
    if settings.EMAIL_BACKEND in DEVELOPMENT_BACKENDS:
        problems.append(
            _("E-Mails werden nicht verschickt (EMAIL_URL einer Entwicklungsumgebung).")
        )
    if settings.CACHES["default"]["BACKEND"] in DEVELOPMENT_CACHES:
        problems.append(_("Der Cache ist ein Entwicklungs-Cache (CACHE_URL auf Redis setzen)."))
    return problems


def report(sites=None, resolve=resolves):
    """[(site, problems)] for `sites` (all sites by default), ordered by name."""
    sites = sites if sites is not None else Site.objects.order_by("-is_default_site", "site_name")
    return [(site, centre_problems(site, resolve=resolve)) for site in sites]
