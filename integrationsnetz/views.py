import threading

from django.conf import settings
from django.core.paginator import Paginator
from django.http import (
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

from wagtail import hooks

from .models import OrganisationSettings
from .search import (
    count_search,
    fill_page_results,
    is_searchable,
    promoted_results,
    tolerant_search,
)
from .site_urls import site_root_url

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10
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
    other apps add; with synonyms and "Meinten Sie …?", and ways on when nothing is found."""
    if not search_slots.acquire(blocking=False):
        return search_busy(request)
    try:
        return search_results(request)
    finally:
        search_slots.release()


def search_busy(request):
    query = request.GET.get("q", "").replace("\x00", "")[:SEARCH_QUERY_MAX_LENGTH].strip()
    response = render(request, "search/busy.html", {"query": query}, status=503)
    response["Retry-After"] = str(SEARCH_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def search_results(request):
    # NUL bytes can't be searched for (PostgreSQL refuses them) and never occur in text.
    query = request.GET.get("q", "").replace("\x00", "").strip()
    too_long = len(query) > SEARCH_QUERY_MAX_LENGTH
    query = query[:SEARCH_QUERY_MAX_LENGTH].strip()

    results, any_word, promotions, corrected = [], False, [], None
    searchable = is_searchable(query)
    if searchable:
        promotions = promoted_results(request, query)
        results, any_word, corrected = tolerant_search(request, query)
        promoted_urls = {promotion.url for promotion in promotions}
        results = [result for result in results if result.url not in promoted_urls]
        if not request.GET.get("page"):
            # Counted once per search, not per page of results ("Suchbegriffe" in the admin).
            count_search(query)

    page_obj = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    fill_page_results(request, page_obj.object_list)
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "searchable": searchable,
            "too_long": too_long,
            "any_word": any_word,
            "promotions": promotions if page_obj.number == 1 else [],
            "result_count": len(results) + len(promotions),
            "page_obj": page_obj,
            "corrected": corrected,
            "ways_on": ways_on(request) if query and not (results or promotions) else [],
        },
    )


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
