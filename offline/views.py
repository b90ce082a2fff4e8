"""Offline reading: the service worker, the offline page of each language and the list of
pages saved for offline use (the list itself lives in the visitor's browser)."""

import json

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control

from integrationsnetz.models import OrganisationSettings

# What every page loads: kept when the worker is installed, so a kept page looks as it did.
CORE_STATIC = [
    "css/main.css",
    "js/preferences.js",
    "js/disclosures.js",
    "js/print.js",
    "js/offline.js",
    "js/read-aloud.js",
    "icons/favicon.svg",
    "icons/favicon-32.png",
]
# Never answered by the worker: the admin (and the previews in it), the display preference and
# report endpoints, the health check. Whatever else a page is, the worker keeps it only when the
# response is public (static/js/offline.js, templates/offline/service-worker.js).
BYPASS_PREFIXES = ["/admin/", "/django-admin/", "/cms/", "/healthz/", "/csp-report/"]
LOGO_FILTER = "height-64"


def release():
    """The version of the worker's caches: RELEASE, else the hash of the static files' manifest.

    A new release therefore installs a new worker, which replaces every cache of the old one.
    """
    return settings.RELEASE or getattr(staticfiles_storage, "manifest_hash", "") or "dev"


def offline_page_paths():
    """{language code: path of the offline page in that language}."""
    paths = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths[code] = reverse("offline:offline_page")
    return paths


def service_worker(request):
    organisation = OrganisationSettings.for_request(request)
    precache = [static(name) for name in CORE_STATIC]
    if organisation and organisation.logo:
        precache.append(organisation.logo.get_rendition(LOGO_FILTER).url)
    offline_pages = offline_page_paths()
    config = {
        "version": release(),
        "staticUrl": settings.STATIC_URL,
        "defaultLanguage": settings.LANGUAGE_CODE,
        "offlinePages": offline_pages,
        "precache": precache + list(offline_pages.values()),
        "bypass": [*BYPASS_PREFIXES, reverse("accessibility:preferences")],
    }
    response = render(
        request,
        "offline/service-worker.js",
        {"config": json.dumps(config, ensure_ascii=True)},
        content_type="text/javascript; charset=utf-8",
    )
    # Browsers look for a new worker on every visit; no cache in between may keep an old one.
    patch_cache_control(response, no_cache=True, max_age=0)
    return response


def offline_page(request):
    """What a visitor sees offline when the page they asked for was never kept."""
    return render(request, "offline/offline_page.html")


def saved_pages(request):
    """ "Gespeicherte Seiten": the pages kept for offline use, listed from the browser's storage."""
    return render(request, "offline/saved_pages.html")
