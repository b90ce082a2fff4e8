import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from ..factories import NewsArticlePageFactory

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def articles(news_index):
    return [
        NewsArticlePageFactory(
            parent=news_index,
            title=f"Nachricht {number:02d}",
            slug=f"nachricht-{number:02d}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            teaser=f"Anreißer {number:02d}",
            tags=["Ehrenamt"],
        )
        for number in range(25)
    ]


def get_xml(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    return ET.fromstring(response.content)  # noqa: S314 (our own output, not untrusted input)


def test_rss_feed_holds_the_latest_twenty_articles_newest_first(articles, client):
    channel = get_xml(client, "/aktuelles/feed/rss/", "application/rss+xml").find("channel")
    items = channel.findall("item")
    assert len(items) == 20
    assert [item.findtext("title") for item in items[:2]] == ["Nachricht 24", "Nachricht 23"]
    assert items[-1].findtext("title") == "Nachricht 05"
    assert items[0].findtext("link") == "http://localhost/aktuelles/nachricht-24/"
    assert items[0].findtext("description") == "Anreißer 24"
    assert items[0].findtext("category") == "Ehrenamt"
    assert items[0].findtext("pubDate") == "Sat, 25 Jan 2025 00:00:00 +0100"
    assert channel.findtext("link") == "http://localhost/aktuelles/"


def test_atom_feed_holds_the_latest_twenty_articles_newest_first(articles, client):
    feed = get_xml(client, "/aktuelles/feed/atom/", "application/atom+xml")
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 20
    assert entries[0].findtext(f"{ATOM}title") == "Nachricht 24"
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert all(link.startswith("http://localhost/aktuelles/") for link in links)
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://localhost/aktuelles/feed/atom/"
    )


def test_feeds_leave_out_drafts(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Öffentlich")
    NewsArticlePageFactory(parent=news_index, title="Entwurf", live=False)
    channel = get_xml(client, "/aktuelles/feed/rss/", "application/rss+xml").find("channel")
    assert [item.findtext("title") for item in channel.findall("item")] == ["Öffentlich"]


def test_feed_queries_do_not_grow_with_the_number_of_articles(
    articles, client, django_assert_max_num_queries
):
    # 13: Wagtail's routing looks up the active language's locale since the site has several.
    with django_assert_max_num_queries(13):
        assert client.get("/aktuelles/feed/rss/").status_code == 200


def test_every_page_links_the_feeds_in_its_head(news_index, client):
    soup = BeautifulSoup(client.get("/impressum/").content, "html.parser")
    links = {
        link["type"]: link["href"]
        for link in soup.head.find_all("link", rel="alternate")
        if link.get("type")
    }
    assert links == {
        "application/rss+xml": "/aktuelles/feed/rss/",
        "application/atom+xml": "/aktuelles/feed/atom/",
    }


def test_no_feed_links_without_a_news_index(home, client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.head.find("link", rel="alternate", type=True) is None
