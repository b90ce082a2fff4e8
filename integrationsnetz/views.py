import threading

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.core.paginator import Paginator
from django.http import (
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

from wagtail import hooks

from .caching import fragment_scope
from .models import OrganisationSettings
from .search import (
    MAX_RESULTS,
    count_search,
    fill_page_results,
    is_searchable,
    promoted_results,
    tolerant_search,
)
from .site_urls import site_root_url

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10
SEARCH_MAX_PAGES = -(-MAX_RESULTS // SEARCH_RESULTS_PER_PAGE)
# The results part of a search is kept this long (and until a change replaces the site's
# fragment version): repeated searches cost no full-text query, and what changes with time
# alone (an event that is over) is at most this late.
SEARCH_CACHE_SECONDS = 60
# A search is the most expensive page: a few at once per process, the rest are asked to come
# back in a moment instead of queueing behind them (and holding every thread of the worker).
search_slots = threading.BoundedSemaphore(settings.SEARCH_CONCURRENCY)
SEARCH_RETRY_AFTER_SECONDS = 5
# Domain apps offer ways on when a search finds nothing (glossary, contacts, offers): a
# function taking the request and returning [{"title", "url", "text"}].
SEARCH_HELP_HOOK = "register_search_help"


def ways_on(request):
    return [way for function in hooks.get_hooks(SEARCH_HELP_HOOK) for way in function(request)]


def search(request):
    """Full-text search over the current site: pages, news, events, contact persons and what
    other apps add; with synonyms and "Meinten Sie …?", and ways on when nothing is found.

    The results part is kept briefly in the fragment cache (`results_cache_key`); only a search
    that is not kept takes one of the worker's search slots."""
    # NUL bytes can't be searched for (PostgreSQL refuses them) and never occur in text.
    query = request.GET.get("q", "").replace("\x00", "").strip()
    too_long = len(query) > SEARCH_QUERY_MAX_LENGTH
    query = query[:SEARCH_QUERY_MAX_LENGTH].strip()
    searchable = is_searchable(query)
    results = None
    if searchable:
        # Read before any data of the search: a publish meanwhile makes a new version.
        key = results_cache_key(request)
        results = cache.get(key) if key else None
        if results is None:
            if not search_slots.acquire(blocking=False):
                return search_busy(request, query)
            try:
                results = render_to_string(
                    "search/results.html", search_results(request, query), request
                )
            finally:
                search_slots.release()
            if key:
                cache.set(key, results, SEARCH_CACHE_SECONDS)
        if not request.GET.get("page"):
            # Counted once per search, kept or not, not per page of results ("Suchbegriffe" in
            # the admin).
            count_search(query)
    return render(
        request,
        "search/search.html",
        {"query": query, "searchable": searchable, "too_long": too_long, "results": results},
    )


def search_busy(request, query):
    response = render(request, "search/busy.html", {"query": query}, status=503)
    response["Retry-After"] = str(SEARCH_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def results_page_key(raw):
    """The page of results a `page` value shows, as the paginator reads it: 1 for junk, the
    last page for numbers below 1 or beyond the last page there can be."""
    try:
        number = int(raw or 1)
    except (TypeError, ValueError):
        return "1"
    return str(number) if 1 <= number <= SEARCH_MAX_PAGES else "last"


def results_cache_key(request):
    """The fragment-cache key of the results part (docs/caching.md), or None where it is not
    kept: for people logged in, and for addresses with other parameters than `q` and `page`
    (the page links repeat them)."""
    if request.user.is_authenticated:
        return None
    if set(request.GET) - {"q", "page"} or any(
        len(request.GET.getlist(name)) > 1 for name in request.GET
    ):
        return None
    scope = fragment_scope(request)
    if scope is None:
        return None
    # The raw `q`: the page links repeat it as it came (make_template_fragment_key hashes it).
    vary_on = [scope, request.GET.get("q", ""), results_page_key(request.GET.get("page"))]
    return make_template_fragment_key("search-results", vary_on)


def search_results(request, query):
    """The context of search/results.html: the results for a searchable query."""
    promotions = promoted_results(request, query)
    results, any_word, corrected = tolerant_search(request, query)
    promoted_urls = {promotion.url for promotion in promotions}
    results = [result for result in results if result.url not in promoted_urls]
    page_obj = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    fill_page_results(request, page_obj.object_list)
    return {
        "query": query,
        "any_word": any_word,
        "promotions": promotions if page_obj.number == 1 else [],
        "result_count": len(results) + len(promotions),
        "page_obj": page_obj,
        "corrected": corrected,
        "ways_on": ways_on(request) if not (results or promotions) else [],
    }


# Crawlers stay out of the admin, the search results and the display-preference endpoint.
ROBOTS_DISALLOW = ["/admin/", "/suche/", "/darstellung/"]


def robots_txt(request):
    """robots.txt: names the sitemap of this site (absolute, from the Site record)."""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW), ""]
    lines.append(f"Sitemap: {site_root_url(request)}{reverse('sitemap')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


THEME_COLOUR = "#0b5c78"


# A logo this close to square makes good home-screen icons; a wide one would be cut off, so
# the site's own square icons are named first and the logo is only offered beside them.
SQUARE_ENOUGH = (0.8, 1.25)
ICON_SIZES = (192, 512)


def _icons(logo):
    static_icons = [
        {"src": static(f"icons/icon-{size}.png"), "sizes": f"{size}x{size}", "type": "image/png"}
        for size in ICON_SIZES
    ] + [{"src": static("icons/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}]
    if logo is None:
        return static_icons
    if SQUARE_ENOUGH[0] <= logo.width / max(logo.height, 1) <= SQUARE_ENOUGH[1]:
        return [
            {
                "src": logo.get_rendition(f"fill-{size}x{size}|format-png").url,
                "sizes": f"{size}x{size}",
                "type": "image/png",
            }
            for size in ICON_SIZES
        ]
    rendition = logo.get_rendition("max-512x512|format-png")
    sizes = f"{rendition.width}x{rendition.height}"
    return [*static_icons, {"src": rendition.url, "sizes": sizes, "type": "image/png"}]


def manifest(request):
    """The web app manifest of this site in the request's language: name and icons from the
    site settings, the home page of the language as start and scope, shown as an app of its own
    (offline reading: offline/)."""
    settings = OrganisationSettings.for_request(request)
    name = settings.name if settings and settings.name else _("Integrationsnetz")
    language = get_language()
    # German is unprefixed: its scope is the whole site; other languages keep to their prefix.
    start = reverse("wagtail_serve", args=[""])
    data = {
        "id": start,
        "name": name,
        "short_name": name if len(name) <= 12 else _("WIR-Zentrum"),
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": start,
        "scope": start,
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": _icons(settings.logo if settings else None),
    }
    return JsonResponse(
        data,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the real icon."""
    return HttpResponsePermanentRedirect(static("icons/favicon-32.png"))


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """Render the 500 page without a request context: the database may be what failed."""
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({}))
