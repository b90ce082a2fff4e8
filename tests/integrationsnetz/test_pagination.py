"""Every paginated listing answers junk `?page=` values the same way (Paginator.get_page)."""

import datetime

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from contacts.models import ContactIndexPage
from events.calendar import PAST_EVENTS_PER_PAGE
from integrationsnetz.views import SEARCH_RESULTS_PER_PAGE
from news.models import ARTICLES_PER_PAGE

from ..factories import (
    ContactFactory,
    ContactIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
)


def news_index(home):
    index = NewsIndexPageFactory(parent=home)
    for number in range(ARTICLES_PER_PAGE + 1):
        NewsArticlePageFactory(parent=index, title=f"Nachricht {number}")
    return "/aktuelles/"


def contact_directory(home):
    ContactIndexPageFactory(parent=home)
    for number in range(ContactIndexPage.CONTACTS_PER_PAGE + 1):
        ContactFactory(name=f"Person {number:02d}")
    return "/ansprechpartner/"


def event_archive(home):
    calendar = EventIndexPageFactory(parent=home)
    now = timezone.now()
    for number in range(PAST_EVENTS_PER_PAGE + 1):
        start = now - datetime.timedelta(days=number + 1)
        EventPageFactory(parent=calendar, start=start, end=start + datetime.timedelta(hours=1))
    return "/veranstaltungen/archiv/"


def search(home):
    for number in range(SEARCH_RESULTS_PER_PAGE + 1):
        StandardPageFactory(parent=home, title=f"Sprachkurs {number}", intro="Deutsch lernen")
    return "/suche/?q=Sprachkurs"


LISTINGS = [news_index, contact_directory, event_archive, search]

# Each listing has two pages. Junk means page 1; a number outside the pages means the last.
PAGE_VALUES = [
    ("abc", 1),
    ("1.5", 1),
    ("%00", 1),
    ("9" * 5000, 1),  # more digits than Python turns into an int: junk
    ("0", 2),
    ("-1", 2),
    ("99999", 2),
    ("2", 2),
]


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda listing: listing.__name__)
@pytest.mark.parametrize(
    ("value", "shown"), PAGE_VALUES, ids=[value[:8] for value, _ in PAGE_VALUES]
)
def test_junk_page_numbers_give_a_page_of_the_listing(home, client, listing, value, shown):
    url = listing(home)
    separator = "&" if "?" in url else "?"

    response = client.get(f"{url}{separator}page={value}")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    current = soup.select_one(".pagination [aria-current=page]")
    assert current.get_text(" ", strip=True) == f"Seite {shown}"


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda listing: listing.__name__)
def test_pagination_links_keep_the_other_parameters(home, client, listing):
    url = listing(home)
    query = url.partition("?")[2]

    soup = BeautifulSoup(client.get(url).content, "html.parser")

    next_link = soup.select_one(".pagination a[rel=next]")["href"]
    assert next_link == (f"?{query}&page=2" if query else "?page=2")


def test_a_long_listing_links_the_ends_and_the_neighbours_not_every_page(home, client, settings):
    index = NewsIndexPageFactory(parent=home)
    for number in range(ARTICLES_PER_PAGE * 20):
        NewsArticlePageFactory(parent=index, title=f"Nachricht {number}")

    soup = BeautifulSoup(client.get("/aktuelles/?page=10").content, "html.parser")

    numbers = [
        link.get_text(" ", strip=True).split()[-1]
        for link in soup.select(
            ".pagination__item:not(.pagination__item--prev):not(.pagination__item--next) a"
        )
    ]
    assert numbers == ["1", "8", "9", "10", "11", "12", "20"]
    gaps = soup.select(".pagination__item--gap [aria-hidden=true]")
    assert [gap.text for gap in gaps] == ["…", "…"]
    assert "Seite 10 von 20" in soup.select_one(".pagination__status").text
