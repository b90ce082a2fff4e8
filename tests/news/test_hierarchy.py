from wagtail.models import Page

from integrationsnetz.models import HomePage, StandardPage
from news.models import NewsArticlePage, NewsIndexPage

from ..factories import StandardPageFactory
from .factories import NewsArticlePageFactory


def test_news_index_lives_only_under_the_home_page():
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]


def test_news_index_holds_only_articles():
    assert NewsIndexPage.allowed_subpage_models() == [NewsArticlePage]


def test_only_one_news_index_per_home_page(home, news_index):
    assert not NewsIndexPage.can_create_at(home)


def test_a_second_site_may_have_its_own_news_index(home, news_index):
    other_home = HomePage(title="Andere Website", slug="andere-website")
    Page.get_first_root_node().add_child(instance=other_home)
    assert NewsIndexPage.can_create_at(other_home)


def test_articles_live_only_under_a_news_index(home, news_index):
    assert NewsArticlePage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsArticlePage.can_create_at(news_index)
    assert not NewsArticlePage.can_create_at(StandardPageFactory(parent=home))


def test_articles_have_no_subpages(news_index):
    article = NewsArticlePageFactory(parent=news_index)
    assert NewsArticlePage.allowed_subpage_models() == []
    assert not StandardPage.can_create_at(article)
