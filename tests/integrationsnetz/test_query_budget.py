"""Database queries per page type with the fragment cache warm (the app alone, as `make bench`
measures it without Varnish), and that they do not grow with the content."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from contacts.models import ContactIndexPage
from events.models import EventIndexPage
from news.models import NewsIndexPage

from ..demo_pages import demo_paths
from ..factories import ContactFactory, EventPageFactory, NewsArticlePageFactory

# With the fragments warm (the app alone, without Varnish): 6 on an article, 8 on any page.
BUDGET = 8
BENCH_PAGE_TYPES = [
    "integrationsnetz.homepage",
    "news.newsarticlepage",
    "news.newsindexpage",
    "events.eventpage",
    "events.eventindexpage",
    "contacts.contactindexpage",
]
# Views that are not pages: the search (promotions, synonyms, pages, contacts, offers and
# glossary terms, the count of the query; Varnish keeps its pages) and the 404 page (Wagtail's
# redirects are looked up first). The accessibility statement reads its list of what is not
# accessible and the office's feedback address as well as its read-aloud file.
BUDGETS = {
    "news.newsarticlepage": 6,
    "accessibility.accessibilitystatementpage": 9,
    "search": 20,
    "not-found": 11,
}
# Under a language prefix Wagtail also looks up the language's Locale (and its home page); a
# page translated into that language also has its own locale read (integrationsnetz/i18n.py).
PREFIX_BUDGET = BUDGET + 2


def queries(path):
    client = Client()
    client.get(path)  # warms fragments and renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code in (200, 404), path
    return len(captured)


@pytest.mark.django_db
def test_every_page_type_stays_within_its_query_budget(demo):
    over = {}
    paths = demo_paths()
    for page_type, path in paths.items():
        budget = BUDGETS.get(page_type, BUDGET)
        used = queries(path)
        if used > budget:
            over[page_type] = (used, budget)
    # Under a language prefix: the German page shown where a translation is missing.
    for language in ("ar", "uk"):
        for page_type in BENCH_PAGE_TYPES:
            path = f"/{language}{paths[page_type]}"
            used = queries(path)
            if used > PREFIX_BUDGET:
                over[path] = (used, PREFIX_BUDGET)
    assert not over, f"queries over budget (used, budget): {over}"


@pytest.mark.django_db
def test_queries_do_not_grow_with_the_content(demo):
    paths = demo_paths()
    watched = [
        paths["news.newsarticlepage"],
        paths["news.newsindexpage"],
        paths["events.eventindexpage"],
        paths["events.eventpage"],
        paths["contacts.contactindexpage"],
        paths["integrationsnetz.homepage"],
    ]
    home = Site.objects.get(is_default_site=True).root_page
    news = NewsIndexPage.objects.child_of(home).get()
    calendar = EventIndexPage.objects.child_of(home).get()
    directory = ContactIndexPage.objects.child_of(home).get()

    def add(count, start):
        for number in range(start, start + count):
            NewsArticlePageFactory(parent=news, title=f"Zusatz {number}").save_revision().publish()
            EventPageFactory(parent=calendar, title=f"Termin {number}").save_revision().publish()
            ContactFactory(name=f"Person {number:03d}")
        directory.save_revision().publish()
        return {path: queries(path) for path in watched}

    # More than a page of each listing both times, so both states show the same kinds of cards.
    assert add(25, 0) == add(25, 100)
