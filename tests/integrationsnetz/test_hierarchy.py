"""Which page may go where, tried through the admin by a member of "Redaktion Test"."""

import pytest
from bs4 import BeautifulSoup

from editorial.roles import REDAKTION

from ..conftest import logged_in
from ..factories import (
    ContactIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
)


@pytest.fixture
def tree(home):
    news = NewsIndexPageFactory(parent=home)
    calendar = EventIndexPageFactory(parent=home)
    content = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    return {
        "home": home,
        "news": news,
        "article": NewsArticlePageFactory(parent=news),
        "calendar": calendar,
        "event": EventPageFactory(parent=calendar),
        "directory": ContactIndexPageFactory(parent=home),
        "content": content,
        "subcontent": StandardPageFactory(parent=content),
    }


@pytest.mark.parametrize(
    ("page_type", "parent", "allowed"),
    [
        ("events/eventpage", "news", False),
        ("events/eventpage", "home", False),
        ("events/eventpage", "calendar", True),
        ("news/newsarticlepage", "home", False),
        ("news/newsarticlepage", "calendar", False),
        ("news/newsarticlepage", "news", True),
        ("news/newsindexpage", "home", False),  # one per home page, and it has one
        ("news/newsindexpage", "content", False),
        ("events/eventindexpage", "home", False),
        ("events/eventindexpage", "content", False),
        ("contacts/contactindexpage", "home", False),
        ("contacts/contactindexpage", "content", False),
        ("integrationsnetz/standardpage", "article", False),
        ("integrationsnetz/standardpage", "event", False),
        ("integrationsnetz/standardpage", "directory", False),
        ("integrationsnetz/standardpage", "news", False),
        ("integrationsnetz/standardpage", "home", True),
        ("integrationsnetz/standardpage", "subcontent", True),
        ("integrationsnetz/homepage", "home", False),
    ],
)
def test_admin_allows_a_page_only_where_it_belongs(tree, editor_client, page_type, parent, allowed):
    response = editor_client.get(f"/admin/pages/add/{page_type}/{tree[parent].pk}/")

    if allowed:
        assert response.status_code == 200
    else:
        # Wagtail answers a forbidden action with a redirect to the dashboard and a message.
        assert response.status_code == 302
        assert response["Location"] == "/admin/"


def test_an_event_posted_under_the_news_index_is_not_created(tree, editor_client):
    response = editor_client.post(
        f"/admin/pages/add/events/eventpage/{tree['news'].pk}/",
        {"title": "Falsch einsortiert", "slug": "falsch", "teaser": "x"},
    )

    assert response.status_code == 302
    assert not tree["news"].get_children().filter(slug="falsch").exists()


def test_home_page_offers_the_page_types_that_name_it_as_parent(home, editor_client):
    response = editor_client.get(f"/admin/pages/{home.pk}/add_subpage/")

    soup = BeautifulSoup(response.content, "html.parser")
    offered = {
        link["href"].split("/")[5]
        for link in soup.select(f"a[href^='/admin/pages/add/'][href$='/{home.pk}/']")
    }
    assert offered == {
        "standardpage",
        "newsindexpage",
        "eventindexpage",
        "contactindexpage",
        "offerindexpage",
        "accessibilitystatementpage",
        "easylanguagepage",
        "signlanguagepage",
        "imprintpage",
        "privacypage",
        "guidepage",
        "glossarypage",
    }


def test_a_second_site_may_have_its_own_news_index(home, other_centre, other_home, editor):
    NewsIndexPageFactory(parent=home)
    # Someone who works for both centres (a member of each one's group).
    editor.groups.add(other_centre[REDAKTION])

    response = logged_in(editor).get(f"/admin/pages/add/news/newsindexpage/{other_home.pk}/")

    assert response.status_code == 200
