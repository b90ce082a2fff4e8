"""The full-page cache for anonymous visitors, and its purge on every change a visitor would see.

A response is stored in Django's cache (`CACHE_URL`: local memory by default, Redis in
production) when a visitor without a session asked for it with GET and the response is a plain
200 that sets no cookie, holds no CSRF token (pages with forms) and is not private. The key is
made of the site, the path, the query string, the language and what the Wagtail hook
`page_cache_variant` returns (the accessibility app returns the normalised `darstellung`
cookie, so junk values and other cookies make no new entries).

Purging works by generations: each site and each path have a random token that is part of the
key; a change replaces the tokens of exactly the affected paths (the page, its index pages with
their feeds and calendars, home, search, sitemap), or the site's token when every page shows the
change (menu, site settings, a page moved). Old entries are then unreachable and expire. The
same URLs are purged from a frontend cache (Varnish, a CDN) through
`wagtail.contrib.frontend_cache` when `WAGTAILFRONTENDCACHE` is configured.

`PAGE_CACHE=false` switches the store off (`make bench` measures uncached pages this way);
the HTTP caching headers stay.
"""

import hashlib
import logging
import time
import uuid

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

from wagtail import hooks
from wagtail.models import Page, ReferenceIndex, Site

from .compression import negotiated_encoding

logger = logging.getLogger(__name__)

# Paths that are never pages for visitors.
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/cms/")
# Varying on these is understood: the cookie through the key, the others are not set by pages.
UNDERSTOOD_VARY = {"cookie", "accept-encoding", "accept-language"}
# Varnish and a CDN: the site-wide purge is a PURGE of the home URL with this query string.
SITE_PURGE_QUERY = "?umfang=website"
# How long the host-to-site mapping is kept in each process.
SITE_LOOKUP_SECONDS = 60
# A path's token lapses after a day (which purges the path, nothing worse), so that addresses
# asked for once, junk included, leave nothing behind for long; a site's token never lapses.
PATH_TOKEN_SECONDS = 24 * 60 * 60


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


_sites = {}


def remembered_site(request, look_up=True):
    """The Wagtail site serving the request's host, remembered per process for a minute.

    Wagtail looks the site up with a query on every request and keeps it on the request
    (`_wagtail_site`); handing it the remembered one saves that query on every page. A change
    to a Site clears the memory of the process that made it (signals.py); others follow
    within SITE_LOOKUP_SECONDS.
    """
    host = request.get_host()
    cached = _sites.get(host)
    now = time.monotonic()
    if cached and cached[1] > now:
        site = cached[0]
    elif not look_up:
        return None
    else:
        try:
            site = Site.find_for_request(request)
        except DatabaseError:
            return None  # the view answers the maintenance page (middleware.py)
        _sites[host] = (site, now + SITE_LOOKUP_SECONDS)
    request._wagtail_site = site
    return site


def learn_site(request):
    """Remember the site Wagtail looked up for this request, if it did (see remembered_site)."""
    if hasattr(request, "_wagtail_site"):
        _sites.setdefault(
            request.get_host(), (request._wagtail_site, time.monotonic() + SITE_LOOKUP_SECONDS)
        )


def site_id_for(request):
    site = remembered_site(request)
    return site.pk if site else None


def forget_sites():
    _sites.clear()


def _site_key(site_id):
    return f"pc:gen:s:{site_id}"


def _path_key(site_id, path):
    digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
    return f"pc:gen:p:{site_id}:{digest}"


def _generations(site_id, path):
    """The site's and the path's tokens; a missing one is created (never reused)."""
    return _tokens(site_id, [path])


def _tokens(site_id, paths):
    """[site token, one token per path], from one round trip when they all exist; None when
    the cache is unreachable (then nothing is stored or served)."""
    cache = page_cache()
    keys = [_site_key(site_id), *(_path_key(site_id, path) for path in paths)]
    found = cache.get_many(keys)
    tokens = []
    for key in keys:
        token = found.get(key)
        if token is None:
            cache.add(key, uuid.uuid4().hex[:12], None if key == keys[0] else PATH_TOKEN_SECONDS)
            token = cache.get(key)
            if token is None:  # the cache is unreachable: store nothing
                return None
        tokens.append(token)
    return tokens


def _request_tokens(request, site_id, per_path):
    """The tokens for the fragments of this request: read once per request (site, site-wide
    fragments, this path) instead of once per fragment."""
    memo = request.__dict__.get("_page_cache_tokens")
    if memo is None or memo[0] != site_id:
        tokens = _tokens(site_id, ["", request.path])
        memo = request._page_cache_tokens = (site_id, tokens)
    tokens = memo[1]
    if tokens is None:
        return None
    return [tokens[0], tokens[2] if per_path else tokens[1]]


# What every page's frame keeps (templates/base.html and its tags), read in one round trip
# when a page is routed (prefetch): per path, and for the whole site.
FRAME_FRAGMENTS = ("html:head", "breadcrumbs", "html:languages", "html:header", "html:footer")
SITE_FRAGMENTS = ("organisation",)


def _keeps(request):
    return (
        settings.FRAGMENT_CACHE
        and request is not None
        and not getattr(request, "is_preview", False)
    )


def _fragment_key(request, name, per_path):
    """The cache key of a fragment of this request, or None (nothing may be kept)."""
    site_id = site_id_for(request)
    tokens = _request_tokens(request, site_id, per_path) if site_id else None
    if tokens is None:
        return None
    return f"pc:frag:{name}:{site_id}:{':'.join(tokens)}:{translation.get_language()}"


def remember(request, name, compute, per_path=False):
    """A fragment of a page (menu, settings, feed links; with `per_path` what only this page
    shows), kept until a change purges it.

    Keyed like the pages themselves: on the site's token (and the path's, with `per_path`) and
    the language, so every purge that reaches a page reaches its fragments too. Computed
    afresh for previews (drafts), with FRAGMENT_CACHE off, and when the cache is unreachable.
    """
    if not _keeps(request):
        return compute()
    key = _fragment_key(request, name, per_path)
    if key is None:
        return compute()
    fetched = request.__dict__.get("_page_cache_fetched", {})
    value = fetched.pop(key) if key in fetched else page_cache().get(key)
    if value is None:
        value = compute()
        page_cache().set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def prefetch(request, names, site_wide=()):
    """Reads the fragments this request will `remember` (`names` per path, `site_wide` for the
    whole site) in one round trip instead of one each."""
    if not _keeps(request):
        return
    keys = [_fragment_key(request, name, True) for name in names]
    keys += [_fragment_key(request, name, False) for name in site_wide]
    keys = [key for key in keys if key is not None]
    if keys:
        found = page_cache().get_many(keys)
        # A key read as missing stays missing for remember(): it computes and stores it.
        request.__dict__.setdefault("_page_cache_fetched", {}).update(
            {key: found.get(key) for key in keys}
        )


def remembered_page(request, name, queryset, per_page):
    """One page of a listing (Django's Paginator) whose count and rows are remembered per path.

    Page 500 of 10,000 articles then costs what page 1 costs: the count and the rows of each
    page number are read once (with OFFSET) and kept until a change below the listing's page
    purges its path. `name` must hold every filter that changes the queryset (never raw
    input: only validated values); page numbers are normalised by the Paginator first.
    """
    paginator = Paginator(queryset, per_page)
    # The count and the page asked for in one round trip. Reading by the raw number is
    # harmless: only the validated number below makes an entry.
    asked = request.GET.get("page", "1") if request is not None else "1"
    asked = asked if asked.isdigit() and len(asked) < 8 else "1"
    prefetch(request, [f"{name}:count", f"{name}:rows:{int(asked)}"])
    # Paginator.count is a cached_property: given the remembered count, it asks no database.
    paginator.count = remember(request, f"{name}:count", queryset.count, per_path=True)
    page_obj = paginator.get_page(request.GET.get("page"))
    first = (page_obj.number - 1) * per_page
    page_obj.object_list = remember(
        request,
        f"{name}:rows:{page_obj.number}",
        lambda: list(queryset[first : first + per_page]),
        per_path=True,
    )
    return page_obj


def language(request):
    """The page's language as its address says (i18n_patterns: no prefix means the default).
    The middleware runs before the language is activated; a response rendered in another
    language (a view outside i18n_patterns) is not stored."""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def variant(request):
    parts = [language(request), negotiated_encoding(request)]
    parts += [str(fn(request)) for fn in hooks.get_hooks("page_cache_variant")]
    return "|".join(parts)


def entry_keys(request, site_id):
    """The keys of the site's token, the path's token and the page's entry.

    The tokens are not part of the entry's key but stored in the entry: one round trip reads
    all three, and an entry made under older tokens (before a purge) counts as missing.
    """
    address = hashlib.md5(
        f"{request.path}?{request.META.get('QUERY_STRING', '')}".encode(),
        usedforsecurity=False,
    ).hexdigest()
    entry = f"pc:page:{site_id}:{address}:{variant(request)}"
    return _site_key(site_id), _path_key(site_id, request.path), entry


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    if request.path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
        return False
    return not request.path.startswith(EXCLUDED_PREFIXES)


def response_is_public(request, response):
    """A response every anonymous visitor of this variant may get: no cookie, form or editor."""
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies:  # pages with a form carry the CSRF cookie
        return False
    if getattr(request, "shows_editor_userbar", False) or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return vary <= UNDERSTOOD_VARY


def _lookup(keys):
    """The stored response if its tokens are the current ones; else None."""
    site_key, path_key, entry_key = keys
    found = page_cache().get_many(keys)
    entry = found.get(entry_key)
    if entry is None or entry[0] != (found.get(site_key), found.get(path_key)):
        return None
    return entry[1]


def _store(request, site_id, key, response):
    """Keep `response` under the current tokens; False when the cache is unreachable."""
    tokens = _generations(site_id, request.path)
    if tokens is None:
        return False
    # Django's HttpResponse pickles as it is: a hit unpickles it, no header is re-checked.
    page_cache().set(key, (tuple(tokens), response), settings.PAGE_CACHE_SECONDS)
    return True


def _may_answer(request):
    # Plain HTTP that SecurityMiddleware redirects to HTTPS is never answered from the cache.
    return settings.PAGE_CACHE and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)


def _answer(request, keys):
    """The stored page for these keys, answered as ConditionalGetMiddleware would (a 304 for
    a matching If-None-Match or If-Modified-Since), or None."""
    response = _lookup(keys)
    if response is None:
        return None
    conditional = get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
        response=response,
    )
    conditional["X-Page-Cache"] = "hit"
    return conditional


def cached_response(request):
    """For the WSGI entry point (wsgi.py): the stored page for a request from an anonymous
    visitor on a host that Django has already served and validated, or None (then Django
    handles the request in full, the page cache middleware included)."""
    if not (request_is_cacheable(request) and _may_answer(request)):
        return None
    host = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in request.META:
        return None
    known = _sites.get(host)
    if known is None or known[1] <= time.monotonic():
        return None
    return _answer(request, entry_keys(request, known[0].pk))


class PageCacheMiddleware:
    """Serves and stores public pages for anonymous visitors (see the module's docstring).

    Place it early, after the request id only: a hit answers without the middleware below it
    (HTTPS redirect and HSTS, conditional GET, sessions, CSRF, auth, CSP), whose headers the
    stored page already carries; the HTTPS redirect and 304 answers it gives itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Only a site already known: endpoints that need no database never touch it here.
        remembered_site(request, look_up=False)
        if not request_is_cacheable(request):
            response = self.get_response(request)
            learn_site(request)
            return response
        keys = None
        if _may_answer(request):
            site_id = site_id_for(request)
            keys = entry_keys(request, site_id) if site_id is not None else None
            response = _answer(request, keys) if keys else None
            if response is not None:
                return response
        response = self.get_response(request)
        learn_site(request)
        if not response_is_public(request, response):
            return response
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
            s_maxage=settings.PAGE_CACHE_SECONDS,
        )
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date()
        if keys and (translation.get_language() or "") == language(request):
            if not response.has_header("ETag"):
                set_response_etag(response)
            if _store(request, site_id, keys[2], response):
                response["X-Page-Cache"] = "miss"
        return response


# Purging


def _language_variants(path):
    """The path under every language prefix (a page may be shown there in German)."""
    if not settings.USE_I18N or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return [path]
    prefixes = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    return [path] + [f"/{code}{path}" for code in prefixes]


def purge_paths(site, paths):
    """Replace the tokens of these paths of `site`, and purge them from a frontend cache."""
    paths = {variant for path in paths for variant in _language_variants(path)}
    page_cache().set_many(
        {_path_key(site.pk, path): uuid.uuid4().hex[:12] for path in paths}, PATH_TOKEN_SECONDS
    )
    _purge_frontend([site.root_url + path for path in sorted(paths)])


def purge_site(site):
    """Every page of `site`: for changes that every page shows (menu, settings, moves)."""
    page_cache().set(_site_key(site.pk), uuid.uuid4().hex[:12], None)
    _purge_frontend([site.root_url + "/" + SITE_PURGE_QUERY])


def _purge_frontend(urls):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(urls)


def _page_paths(page, site):
    """The paths a page answers (its routes included), relative to `site`'s root."""
    parts = page.get_url_parts()
    if parts is None or parts[0] != site.pk:
        return []
    page_path = parts[2]
    return [page_path + extra.lstrip("/") for extra in page.specific_deferred.get_cached_paths()]


def affected(page, content_only=False):
    """(site, paths, whole_site) for a change of `page` as visitors see it.

    `content_only`: the page's own content changed (a contact it lists), not its title or place.
    """
    page = page.specific_deferred if isinstance(page, Page) else page
    try:
        site = page.get_site()
    except Site.DoesNotExist:  # Wagtail's cached site list is behind: nothing cached for it
        site = None
    if site is None:
        return None, [], False
    root = site.root_page
    if page.depth <= root.depth + 1 and not content_only:
        # Home or a page in the main menu: every page's frame shows it.
        return site, [], True
    paths = _page_paths(page, site)
    if page.numchild and not content_only:
        # Their breadcrumbs show this page's title.
        for descendant in page.get_descendants().live().specific(defer=True):
            paths += _page_paths(descendant, site)
    for ancestor in page.get_ancestors().filter(depth__gte=root.depth).specific(defer=True):
        paths += _page_paths(ancestor, site)
    paths += list(settings.PAGE_CACHE_ALWAYS_PURGE)
    return site, paths, False


def purge_page(page, content_only=False):
    try:
        site, paths, whole_site = affected(page, content_only)
        if site is None:
            return
        if whole_site:
            purge_site(site)
        else:
            purge_paths(site, paths)
    except Exception:
        # Never let a cache problem stop a publish; entries expire after PAGE_CACHE_SECONDS.
        logger.exception("Page cache purge failed for page %s", page.pk)


def purge_object(obj, index_pages=(), extra_paths=()):
    """A snippet changed: purge the pages that show it (Wagtail's reference index) and its
    directory pages; `extra_paths` (e.g. a vCard) are purged on every site."""
    try:
        pages = list(index_pages)
        for source, _references in ReferenceIndex.get_references_to(obj).group_by_source_object():
            if isinstance(source, Page):
                pages.append(source)
        for page in pages:
            purge_page(page, content_only=True)
        if extra_paths:
            for site in Site.objects.all():
                purge_paths(site, extra_paths)
    except Exception:
        logger.exception("Page cache purge failed for %r", obj)


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_page_cache(app_configs, **kwargs):
    """A purge reaches only the process that ran it when the cache is in process memory."""
    backend = caches[settings.PAGE_CACHE_ALIAS]
    if (settings.PAGE_CACHE or settings.FRAGMENT_CACHE) and isinstance(backend, LocMemCache):
        return [
            checks.Warning(
                "Seiten-Cache im Speicher des Prozesses: mit mehreren gunicorn-Workern sieht "
                "ein Worker Veröffentlichungen erst nach PAGE_CACHE_SECONDS.",
                hint="CACHE_URL auf Redis setzen (rediscache://…) oder PAGE_CACHE=false.",
                id="integrationsnetz.W001",
            )
        ]
    return []
