"""`run_lighthouse` measures pages of the default site by their path on it, also where the
demo has a second centre (whose newer article must not be picked)."""

import datetime

from devtools.management.commands.run_lighthouse import Command

from ..factories import (
    ContactIndexPageFactory,
    EventPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
)


def test_the_pages_measured_are_the_default_sites(home, news_index, calendar_page, other_home):
    ContactIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=news_index, slug="hier", date=datetime.date(2025, 1, 1))
    EventPageFactory(parent=calendar_page, slug="termin")
    other_news = NewsIndexPageFactory(parent=other_home)
    NewsArticlePageFactory(parent=other_news, slug="dort", date=datetime.date(2026, 1, 1))

    pages = Command().pages()

    assert {name: page.get_url_parts()[2] for name, page in pages.items()} == {
        "Startseite": "/",
        "Artikel": "/aktuelles/hier/",
        "Aktuelles": "/aktuelles/",
        "Veranstaltung": "/veranstaltungen/termin/",
        "Ansprechpersonen": "/ansprechpartner/",
    }
