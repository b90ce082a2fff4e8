import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from ..factories import ImageFactory, NewsArticlePageFactory


def get_soup(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


def card_titles(soup):
    return [heading.get_text(strip=True) for heading in soup.select(".card__title")]


def make_articles(index, count, start=datetime.date(2025, 1, 1), prefix="tag", **kwargs):
    return [
        NewsArticlePageFactory(
            parent=index,
            title=f"Nachricht vom Tag {number}",
            slug=f"{prefix}-{number}",
            date=start + datetime.timedelta(days=number),
            **kwargs,
        )
        for number in range(count)
    ]


def test_articles_are_listed_newest_first_by_their_date(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Mittel", date=datetime.date(2024, 5, 1))
    NewsArticlePageFactory(parent=news_index, title="Neu", date=datetime.date(2025, 1, 1))
    NewsArticlePageFactory(parent=news_index, title="Alt", date=datetime.date(2023, 9, 1))
    soup = get_soup(client, "/aktuelles/")
    assert card_titles(soup) == ["Neu", "Mittel", "Alt"]
    assert soup.select_one(".card time")["datetime"].startswith("2025-01-01")


def test_draft_articles_are_not_listed(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Veröffentlicht")
    NewsArticlePageFactory(parent=news_index, title="Entwurf", live=False)
    assert card_titles(get_soup(client, "/aktuelles/")) == ["Veröffentlicht"]


def test_cards_show_date_teaser_and_lead_image(news_index, client):
    NewsArticlePageFactory(
        parent=news_index,
        title="Mit Bild",
        slug="mit-bild",
        date=datetime.date(2025, 3, 21),
        teaser="Worum es geht.",
        lead_image=ImageFactory(description="Ein Festzelt auf dem Marktplatz"),
    )
    card = get_soup(client, "/aktuelles/").select_one(".card")
    assert card.select_one(".card__link")["href"] == "/aktuelles/mit-bild/"
    assert card.find("time").get_text(strip=True) == "21. März 2025"
    assert card.select_one(".card__teaser").get_text(strip=True) == "Worum es geht."
    assert card.find("img")["alt"] == "Ein Festzelt auf dem Marktplatz"


def test_ten_articles_per_page_with_accessible_pagination(news_index, client):
    make_articles(news_index, 23)
    soup = get_soup(client, "/aktuelles/?page=2")
    assert len(card_titles(soup)) == 10
    assert card_titles(soup)[0] == "Nachricht vom Tag 12"
    nav = soup.find("nav", attrs={"aria-label": "Seiten der Nachrichtenliste"})
    assert nav.select_one("[aria-current=page]").get_text(" ", strip=True) == "Seite 2"
    links = {a.get_text(" ", strip=True): a["href"] for a in nav.find_all("a")}
    assert links["Vorherige Seite"] == "?page=1"
    assert links["Nächste Seite"] == "?page=3"
    assert len(card_titles(get_soup(client, "/aktuelles/?page=3"))) == 3


def test_pagination_of_a_tag_keeps_the_tag(news_index, client):
    make_articles(news_index, 12, tags=["Ehrenamt"])
    soup = get_soup(client, "/aktuelles/?tag=ehrenamt")
    nav = soup.find("nav", attrs={"aria-label": "Seiten der Nachrichtenliste"})
    assert nav.find("a", rel="next")["href"] == "?tag=ehrenamt&page=2"


def test_tag_filter_lists_only_articles_with_that_tag(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Woche", tags=["Interkulturelle Woche"])
    NewsArticlePageFactory(parent=news_index, title="Geld", tags=["Fördermittel"])
    soup = get_soup(client, "/aktuelles/?tag=interkulturelle-woche")
    assert card_titles(soup) == ["Woche"]
    assert "„Interkulturelle Woche“" in soup.select_one(".news-status").get_text()
    tag_nav = soup.find("nav", attrs={"aria-label": "Nachrichten nach Schlagwort"})
    current = tag_nav.select_one("[aria-current=page]")
    assert current.get_text(strip=True) == "Interkulturelle Woche"
    assert [a.get_text(strip=True) for a in tag_nav.find_all("a")] == [
        "Alle Schlagwörter",
        "Fördermittel",
        "Interkulturelle Woche",
    ]


def test_unknown_tag_shows_the_empty_state_with_a_link_back(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Woche", tags=["Interkulturelle Woche"])
    soup = get_soup(client, "/aktuelles/?tag=gibt-es-nicht")
    assert card_titles(soup) == []
    empty = soup.select_one(".empty-state")
    assert "Zu diesem Schlagwort gibt es keine Nachrichten." in empty.get_text()
    assert empty.find("a")["href"] == "/aktuelles/"


def test_index_without_articles_says_so(news_index, client):
    soup = get_soup(client, "/aktuelles/")
    assert "Zurzeit gibt es hier keine Nachrichten." in soup.select_one(".empty-state").get_text()


def test_year_archive_lists_the_articles_of_that_year(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="2020", date=datetime.date(2020, 11, 27))
    NewsArticlePageFactory(parent=news_index, title="2024", date=datetime.date(2024, 3, 1))
    soup = get_soup(client, "/aktuelles/2020/")
    assert card_titles(soup) == ["2020"]
    assert soup.title.get_text().startswith("Aktuelles: Nachrichten aus 2020")
    year_nav = soup.find("nav", attrs={"aria-label": "Nachrichten nach Jahr"})
    assert {a.get_text(strip=True): a["href"] for a in year_nav.find_all("a")} == {
        "Alle Jahre": "/aktuelles/",
        "2024": "/aktuelles/2024/",
        "2020": "/aktuelles/2020/",
    }
    assert year_nav.select_one("[aria-current=page]").get_text(strip=True) == "2020"


def test_year_archive_of_a_year_without_articles_is_not_found(news_index, client):
    NewsArticlePageFactory(parent=news_index, date=datetime.date(2024, 3, 1))
    assert client.get("/aktuelles/2019/").status_code == 404


def test_year_archive_ignores_drafts(news_index, client):
    NewsArticlePageFactory(parent=news_index, date=datetime.date(2019, 3, 1), live=False)
    assert client.get("/aktuelles/2019/").status_code == 404


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/aktuelles/?tag=" + "x" * 5000, 200),
        ("/aktuelles/?tag=%00%ff", 200),
        ("/aktuelles/?tag=unbekannt&page=abc", 200),
        ("/aktuelles/0000/", 404),
        ("/aktuelles/1999/", 404),
        ("/aktuelles/9999/", 404),
        ("/aktuelles/20245/", 404),
        ("/aktuelles/abcd/", 404),
        ("/aktuelles/٢٠٢٥/", 404),  # Arabic-Indic digits are no year of this archive
        ("/aktuelles/2025/?page=abc", 200),
    ],
)
def test_junk_parameters_give_a_page_or_not_found(news_index, client, url, status):
    make_articles(news_index, 12)
    get_soup(client, url, status=status)


def test_index_queries_do_not_grow_with_the_number_of_articles(
    news_index, client, django_assert_max_num_queries
):
    image = ImageFactory()
    make_articles(news_index, 10, lead_image=image, tags=["Ehrenamt"])
    client.get("/aktuelles/")  # renders the image renditions once
    with CaptureQueriesContext(connection) as few:
        assert client.get("/aktuelles/").status_code == 200
    # Read the count now: the next request resets Django's query log.
    budget = len(few)

    make_articles(
        news_index,
        90,
        start=datetime.date(2023, 1, 1),
        prefix="alt",
        lead_image=ImageFactory(),
        tags=["Fördermittel"],
    )
    client.get("/aktuelles/?page=10")
    with django_assert_max_num_queries(budget):
        assert client.get("/aktuelles/?page=10").status_code == 200
