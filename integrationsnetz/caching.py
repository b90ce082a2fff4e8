"""Caching: full pages in Varnish, fragments in Django's cache (docs/caching.md).

- **Varnish** (deploy/varnish/default.vcl) keeps public pages for anonymous visitors. The app
  says which responses it may keep (`CacheHeadersMiddleware`: `Cache-Control: public,
  s-maxage`) and tags each with the site and the path it answers (`X-Purge-Site`,
  `X-Purge-Path`), so that a purge reaches every variant: query strings, display
  preferences, and the host names the site is reached by.
- **Purging** goes through `wagtail.contrib.frontend_cache` (`PurgeBatch`, configured by
  `FRONTEND_CACHE_URL`): on publish, unpublish, move and delete (signals.py), and for snippets
  through the pages that Wagtail's reference index says use them.
- **Fragments** (`{% wagtailcache %}` in the templates) are keyed on `fragment_scope`: the
  site, the language, the display preference and the site's *version*, a token that every
  change a visitor could see replaces. Old fragments are then never read again and expire.

A change replaces the versions at once (the editor's next request shows it) and again after
its transaction commits, when the purge is sent too: a request that read the old data before
the commit never stores it under a version that stays current.
"""

import logging
import uuid

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.encoding import escape_uri_path

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex, Site

logger = logging.getLogger(__name__)

# A PURGE of the home page with this query string removes every page of its site (the VCL).
SITE_WIDE_QUERY = "umfang=website"
# Shown beside the pages themselves: purged with every page of the site.
ALWAYS_PURGED = ("search", "sitemap")


# Fragments


def _version_key(site_id):
    return f"fragmente:version:{site_id}"


def site_version(site_id):
    """The site's current fragment version (made when missing; a fresh one when the cache is
    unreachable, so that nothing is shared then)."""
    key = _version_key(site_id)
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex[:12], None)
        version = cache.get(key) or uuid.uuid4().hex
    return version


def fragment_scope(request):
    """What every fragment key holds: site, language, display preference and version.

    Read once per request, before the page's data: a change committed while the page renders
    replaces the version, so what this request stores is never read afterwards.
    """
    if request is None:
        return None
    if not hasattr(request, "fragment_scope"):
        from wagtail import hooks

        site = Site.find_for_request(request)
        if site is None or getattr(request, "is_preview", False):
            request.fragment_scope = None
        else:
            variants = [str(fn(request)) for fn in hooks.get_hooks("fragment_variant")]
            request.fragment_scope = ":".join(
                [str(site.pk), translation.get_language(), *variants, site_version(site.pk)]
            )
    return request.fragment_scope


def _bump(site_ids):
    cache.set_many({_version_key(pk): uuid.uuid4().hex[:12] for pk in site_ids}, None)


# Purging


def _language_variant(url):
    """The address under a language prefix: a German page without a translation is shown
    there too. Wagtail's frontend cache makes the other languages' prefixes from this one
    (WAGTAILFRONTENDCACHE_LANGUAGES)."""
    languages = settings.WAGTAILFRONTENDCACHE_LANGUAGES
    if not languages:
        return None
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    if any(path.startswith(f"{code}/") for code in languages):
        return None
    return f"{scheme}://{host}/{languages[0]}/{path}"


class Purge:
    """What one change makes stale: whole sites (every page shows it), pages and addresses."""

    def __init__(self):
        self.sites = {}
        self.site_ids = set()
        self.batch = PurgeBatch()

    def touch(self, site):
        if site.pk not in self.site_ids:
            self.site_ids.add(site.pk)
            _bump([site.pk])

    def site(self, site):
        self.touch(site)
        self.sites[site.pk] = site

    def page(self, page, site):
        self.touch(site)
        self.batch.add_page(page)

    def path(self, site, path):
        self.touch(site)
        self.batch.add_url(site.root_url + path)

    def schedule(self):
        """Carried out when the current transaction commits (at once outside of one)."""
        transaction.on_commit(self.run)

    def run(self):
        try:
            self.purge()
        except Exception:
            # Never let a cache problem stop a publish; Varnish keeps pages s-maxage long.
            logger.exception("Cache purge failed")

    def purge(self):
        _bump(self.site_ids)
        if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
            return
        batch = self.batch
        batch.add_urls(f"{site.root_url}/?{SITE_WIDE_QUERY}" for site in self.sites.values())
        batch.add_urls([variant for url in batch.urls if (variant := _language_variant(url))])
        batch.purge()


def site_changed(site):
    """Menu, settings, a move, a restriction: every page of `site` may show it."""
    if site is not None:
        purge = Purge()
        purge.site(site)
        purge.schedule()


def all_sites_changed():
    for site in Site.objects.all():
        site_changed(site)


def page_changed(page):
    """`page` was published, unpublished or deleted: it, the pages that list or link it, the
    search and the sitemap; the whole site when every page's frame shows it (home, menu)."""
    page = page.specific_deferred
    site = page.get_site()
    if site is None:
        return
    # Each language's home page lies at the depth of the Site record's.
    home_depth = site.root_page.depth
    if page.depth <= home_depth + 1:
        # A home page or a page of the main menu: every page's frame shows it.
        site_changed(site)
        return
    purge = Purge()
    purge.page(page, site)
    if page.numchild:
        # Their breadcrumbs show this page's title.
        for descendant in page.get_descendants().live().specific(defer=True):
            purge.page(descendant, site)
    for ancestor in page.get_ancestors().filter(depth__gte=home_depth).specific(defer=True):
        purge.page(ancestor, site)
    for source in pages_using(page):
        purge.page(source, site)
    for translated in translations_of_source(page):
        # Their notice says the German page changed (translation_status.py); their addresses
        # may differ from the German one (a translated slug).
        purge.page(translated, site)
    with translation.override(settings.LANGUAGE_CODE):
        for name in ALWAYS_PURGED:
            purge.path(site, reverse(name))
    purge.schedule()


def translations_of_source(page):
    """The live translations of a German page (none for a translation)."""
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return []
    return list(page.get_translations().live().specific(defer=True))


def pages_using(obj):
    """The live pages that show `obj` (Wagtail's reference index)."""
    return [
        source.specific_deferred
        for source, _references in ReferenceIndex.get_references_to(obj).group_by_source_object()
        if isinstance(source, Page) and source.live
    ]


def snippet_changed(obj, index_pages=(), paths=()):
    """A snippet changed: the pages that show it, its directories (`index_pages`), the search
    and `paths` (a vCard) on every site; fragments anywhere may show it."""
    purge = Purge()
    for page in [*pages_using(obj), *(page.specific_deferred for page in index_pages)]:
        site = page.get_site()
        if site is not None:
            purge.page(page, site)
    with translation.override(settings.LANGUAGE_CODE):
        search = reverse("search")
    for site in Site.objects.all():
        for path in (search, *paths):
            purge.path(site, path)
    purge.schedule()


# Headers


def response_is_public(request, response):
    """A response every anonymous visitor may get: no cookie, form, session or editor."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if response.streaming or response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    if getattr(request, "is_preview", False) or getattr(request, "shows_editor_userbar", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class CacheHeadersMiddleware:
    """Marks public pages for Varnish and browsers; everything else `private`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(("/admin/", "/django-admin/", settings.STATIC_URL)):
            return response
        if not response_is_public(request, response):
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True)
            return response
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
            s_maxage=settings.PAGE_CACHE_SECONDS,
        )
        site = Site.find_for_request(request)
        if site is not None:
            response["X-Purge-Site"] = site.root_url.split("://", 1)[1]
            response["X-Purge-Path"] = escape_uri_path(request.path)
        return response


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """A new fragment version reaches only the process that made it in process memory."""
    if isinstance(cache, LocMemCache):
        return [
            checks.Warning(
                "Fragment-Cache im Speicher des Prozesses: mit mehreren gunicorn-Workern sehen "
                "andere Worker Veröffentlichungen erst nach PAGE_CACHE_SECONDS.",
                hint="CACHE_URL auf Redis setzen (rediscache://…).",
                id="integrationsnetz.W001",
            )
        ]
    return []
