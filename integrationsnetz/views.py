from django.core.paginator import Paginator
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from wagtail.models import Page

from .i18n import localized_root

SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the live, public pages of the current site."""
    # NUL bytes can't be searched for (PostgreSQL refuses them) and never occur in text.
    query = request.GET.get("q", "").replace("\x00", "").strip()
    too_long = len(query) > SEARCH_QUERY_MAX_LENGTH
    query = query[:SEARCH_QUERY_MAX_LENGTH]

    results = Page.objects.none()
    if query:
        # The page tree of the current language (the German one if the language has none yet).
        root = localized_root(request)
        pages = Page.objects.live().public().specific()
        if root is not None:
            pages = pages.descendant_of(root, inclusive=True)
        results = pages.search(query)

    page_obj = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {"query": query, "too_long": too_long, "page_obj": page_obj},
    )


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """Render the 500 page without a request context: the database may be what failed."""
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({}))
