"""The bench data's bulk page maker (`devtools.generators.bulk.add_children`) builds a valid
tree that Wagtail serves like any other."""

from wagtail.models import Page

from devtools.generators.bulk import add_children
from news.models import NewsArticlePage

from ..factories import NewsArticlePageFactory


def test_bulk_added_pages_are_a_valid_tree_and_are_served(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Von Hand", slug="von-hand")
    add_children(
        news_index,
        [
            NewsArticlePage(title=f"Massenware {n}", slug=f"massenware-{n}", teaser="Kurz.")
            for n in range(1, 6)
        ],
    )
    assert Page.find_problems() == ([], [], [], [], [])
    news_index.refresh_from_db()
    assert news_index.get_children().count() == news_index.numchild == 6
    assert client.get("/aktuelles/massenware-3/").status_code == 200
    assert "Massenware 5" in client.get("/aktuelles/").content.decode()
