import datetime

from bs4 import BeautifulSoup

from contacts.models import contacts_for_cards
from news.demo import GRANT_ARTICLE
from news.models import NewsArticlePage, NewsIndexPage


def test_demo_has_a_news_index_with_articles_across_three_years_and_tags(demo):
    index = NewsIndexPage.objects.get(slug="aktuelles", url_path="/startseite/aktuelles/")
    articles = index.articles()
    assert articles.count() == 16
    years = {day.year for day in articles.dates("date", "year")}
    assert {2024, 2025, 2026} <= years
    assert all(article.tags.exists() for article in articles)


def test_seed_article_exists_with_both_coordinators_and_an_illustrated_lead_image(demo):
    article = NewsArticlePage.objects.get(slug=GRANT_ARTICLE["slug"], locale__language_code="de")
    assert article.live
    assert article.date == datetime.date(2020, 11, 27)
    assert [
        contact.slug
        for contact in contacts_for_cards(article.related_contacts.all(), article.get_site())
    ] == [
        "julia-kapinus",
        "stefanie-voeckler",
    ]
    assert article.lead_image.description
    assert article.lead_image_credit == "Illustration: integrationsnetz"
    # What the named officials said is retold in indirect speech, never as invented quotes.
    assert [block for block in article.body if block.block_type == "quote"] == []
    assert "Landrat Stefan Reuß dankte dem Land" in str(article.body)
    assert "Illustration" in article.lead_image_caption
    assert "kein Foto" in article.lead_image_caption
    links = [block.value["url"] for block in article.body if block.block_type == "external_link"]
    assert links == ["https://www.integrationsnetz-wmk.de"]
    assert "Veranschaulichung" in str(article.body)


def card_titles(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".card__title")]


def test_the_demo_year_archive_and_tag_filter_list_their_articles(demo, client):
    index = NewsIndexPage.objects.get(slug="aktuelles", url_path="/startseite/aktuelles/")
    articles = NewsArticlePage.objects.live().descendant_of(index)
    in_2020 = articles.filter(date__year=2020)
    assert card_titles(client, "/aktuelles/2020/") == list(
        in_2020.order_by("-date", "-pk").values_list("title", flat=True)
    )
    tagged = articles.filter(tags__slug="ehrenamt")
    assert tagged.exists()
    assert sorted(card_titles(client, "/aktuelles/?tag=ehrenamt")) == sorted(
        tagged.values_list("title", flat=True)
    )
