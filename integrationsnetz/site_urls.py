"""Absolute URLs from the Site record (Settings → Sites), never from the request's Host header.

A Host header is whatever the client sent (`Host: example.org:99999`); a link built from it
can poison a shared cache. Wagtail's `get_full_url()` already follows this rule for pages.
"""

from urllib.parse import urljoin

from django.conf import settings

from wagtail.models import Site


def site_root_url(request):
    """Scheme, host and port of the request's Wagtail site, e.g. https://www.example.org."""
    site = Site.find_for_request(request)
    if site is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return site.root_url


def absolute_url(request, url):
    """`url` (a path such as an image rendition's) made absolute; absolute URLs stay as they are."""
    return urljoin(site_root_url(request) + "/", url)
