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
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

from .models import OrganisationSettings
from .search import count_search, is_searchable, promoted_results, site_search
from .site_urls import site_root_url

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the current site: pages, news, events and contact persons."""
    # NUL bytes can't be searched for (PostgreSQL refuses them) and never occur in text.
    query = request.GET.get("q", "").replace("\x00", "").strip()
    too_long = len(query) > SEARCH_QUERY_MAX_LENGTH
    query = query[:SEARCH_QUERY_MAX_LENGTH].strip()

    results, any_word, promotions = [], False, []
    searchable = is_searchable(query)
    if searchable:
        promotions = promoted_results(request, query)
        results, any_word = site_search(request, query)
        promoted_urls = {promotion.url for promotion in promotions}
        results = [result for result in results if result.url not in promoted_urls]
        if not request.GET.get("page"):
            # Counted once per search, not per page of results ("Suchbegriffe" in the admin).
            count_search(query)

    page_obj = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
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


def manifest(request):
    """The web app manifest of this site: name from the site settings, icons from static."""
    settings = OrganisationSettings.for_request(request)
    name = settings.name if settings and settings.name else _("Integrationsnetz")
    data = {
        "name": name,
        "short_name": name if len(name) <= 12 else _("WIR-Zentrum"),
        "lang": "de",
        "start_url": "/",
        "scope": "/",
        "display": "browser",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [
            {
                "src": static(f"icons/icon-{size}.png"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
            }
            for size in (192, 512)
        ]
        + [{"src": static("icons/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}],
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
