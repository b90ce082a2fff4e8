import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bs4 import BeautifulSoup

from ..factories import (
    ContactFactory,
    DocumentFactory,
    ImageFactory,
    NewsArticleContactFactory,
    NewsArticlePageFactory,
)


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def quote(number):
    return (
        "quote",
        {"text": f"Zitat {number}", "person": "Erika Muster", "role": "WIR-Koordinatorin"},
    )


def document(doc):
    return ("document", {"document": doc, "title": ""})


def test_article_renders_title_date_teaser_and_body(news_index, client):
    NewsArticlePageFactory(
        parent=news_index,
        title="Förderbescheid übergeben",
        slug="foerderbescheid",
        date=datetime.date(2020, 11, 27),
        teaser="Das Land fördert das Zentrum.",
        body=[("paragraph", "<h2>Worum es geht</h2><p>Ein <b>wichtiger</b> Tag.</p>")],
    )
    soup = get_soup(client, "/aktuelles/foerderbescheid/")
    assert len(soup.find_all("h1")) == 1
    assert soup.h1.get_text(strip=True) == "Förderbescheid übergeben"
    date = soup.select_one(".news-article__date time")
    assert date["datetime"] == "2020-11-27"
    assert date.get_text(strip=True) == "27. November 2020"
    assert soup.select_one(".lead").get_text(strip=True) == "Das Land fördert das Zentrum."
    assert soup.select_one(".rich-text h2").get_text(strip=True) == "Worum es geht"


def test_meta_description_is_the_teaser(news_index, client):
    NewsArticlePageFactory(parent=news_index, slug="meta", teaser="Kurz und knapp erklärt.")
    soup = get_soup(client, "/aktuelles/meta/")
    assert soup.find("meta", attrs={"name": "description"})["content"] == (
        "Kurz und knapp erklärt."
    )


def test_lead_image_has_alt_text_caption_and_credit(news_index, client):
    NewsArticlePageFactory(
        parent=news_index,
        slug="mit-bild",
        lead_image=ImageFactory(description="Zwei Menschen reichen sich ein Dokument"),
        lead_image_caption="Übergabe im Landratsamt",
        lead_image_credit="Foto: Kreisverwaltung",
    )
    figure = get_soup(client, "/aktuelles/mit-bild/").select_one(".news-article__lead-image")
    assert figure.find("img")["alt"] == "Zwei Menschen reichen sich ein Dokument"
    assert figure.figcaption.select_one(".figure__text").get_text() == "Übergabe im Landratsamt"
    assert figure.figcaption.select_one(".figure__credit").get_text() == "Foto: Kreisverwaltung"


def test_lead_image_alt_override_wins_over_the_image_description(news_index, client):
    NewsArticlePageFactory(
        parent=news_index,
        slug="override",
        lead_image=ImageFactory(description="Allgemeine Beschreibung"),
        lead_image_alt="Staatssekretärin und Landrat mit dem Bescheid",
    )
    soup = get_soup(client, "/aktuelles/override/")
    img = soup.select_one(".news-article__lead-image img")
    assert img["alt"] == "Staatssekretärin und Landrat mit dem Bescheid"


def test_quote_is_a_figure_with_blockquote_and_figcaption(news_index, client):
    NewsArticlePageFactory(parent=news_index, slug="zitat", body=[quote(1)])
    figure = get_soup(client, "/aktuelles/zitat/").select_one(".stream figure")
    assert figure.blockquote.get_text(strip=True) == "Zitat 1"
    caption = figure.find("figcaption")
    assert caption.find_previous_sibling("blockquote") is not None
    # As read, with no space before the comma (it once rendered "Stefan Reuß , Landrat").
    assert caption.get_text() == "Erika Muster, WIR-Koordinatorin"


def test_document_download_shows_type_and_size(news_index, client):
    doc = DocumentFactory(title="Antragsformular")
    NewsArticlePageFactory(parent=news_index, slug="download", body=[document(doc)])
    link = get_soup(client, "/aktuelles/download/").select_one(".download__link")
    assert link["href"] == doc.url
    assert link.select_one(".download__title").get_text() == "Antragsformular"
    assert link.select_one(".download__meta").get_text() == "(PDF, 1,2\xa0MB)"


def test_related_contacts_are_shown_at_the_end(news_index, client):
    article = NewsArticlePageFactory(parent=news_index, slug="kontakte")
    for name in ("Julia Beispiel", "Stefanie Beispiel"):
        NewsArticleContactFactory(page=article, contact=ContactFactory(name=name))
    soup = get_soup(client, "/aktuelles/kontakte/")
    section = soup.select_one(".related-contacts")
    assert section.h2.get_text(strip=True) == "Ihre Ansprechpartner*innen"
    assert [h.get_text(strip=True) for h in section.find_all("h3")] == [
        "Julia Beispiel",
        "Stefanie Beispiel",
    ]


def test_related_articles_share_a_tag_newest_first_at_most_three(news_index, client):
    NewsArticlePageFactory(parent=news_index, slug="dieser", tags=["Ehrenamt", "Fördermittel"])
    for number, tag in enumerate(["Ehrenamt", "Fördermittel", "Ehrenamt", "Fördermittel"]):
        NewsArticlePageFactory(
            parent=news_index,
            title=f"Verwandt {number}",
            date=datetime.date(2025, 1, 1 + number),
            tags=[tag],
        )
    NewsArticlePageFactory(parent=news_index, title="Fremd", tags=["Diversity-Tag"])
    NewsArticlePageFactory(parent=news_index, title="Entwurf", tags=["Ehrenamt"], live=False)
    soup = get_soup(client, "/aktuelles/dieser/")
    related = soup.select_one(".related-news")
    assert related.h2.get_text(strip=True) == "Weitere Nachrichten zum Thema"
    assert [h.get_text(strip=True) for h in related.select(".card__title")] == [
        "Verwandt 3",
        "Verwandt 2",
        "Verwandt 1",
    ]


def test_article_without_shared_tags_has_no_related_section(news_index, client):
    NewsArticlePageFactory(parent=news_index, slug="allein", tags=["Ehrenamt"])
    NewsArticlePageFactory(parent=news_index, tags=["Fördermittel"])
    assert get_soup(client, "/aktuelles/allein/").select_one(".related-news") is None


def test_tags_link_to_the_filtered_index(news_index, client):
    NewsArticlePageFactory(parent=news_index, slug="getaggt", tags=["Interkulturelle Woche"])
    soup = get_soup(client, "/aktuelles/getaggt/")
    links = [a["href"] for a in soup.select(".tag-list a")]
    assert links == ["/aktuelles/?tag=interkulturelle-woche"]


def build_article(index, slug, contacts, quotes, documents):
    image = ImageFactory()
    article = NewsArticlePageFactory(
        parent=index,
        slug=slug,
        lead_image=image,
        tags=["Ehrenamt"],
        body=[quote(n) for n in range(quotes)]
        + [document(DocumentFactory()) for _ in range(documents)],
    )
    for _ in range(contacts):
        NewsArticleContactFactory(page=article)
    NewsArticlePageFactory(parent=index, lead_image=ImageFactory(), tags=["Ehrenamt"])
    return article


def test_article_queries_do_not_grow_with_contacts_quotes_and_documents(
    news_index, client, django_assert_max_num_queries
):
    build_article(news_index, "klein", contacts=1, quotes=1, documents=1)
    build_article(news_index, "gross", contacts=10, quotes=10, documents=5)
    client.get("/aktuelles/klein/")  # renders the image renditions once
    with CaptureQueriesContext(connection) as small:
        assert client.get("/aktuelles/klein/").status_code == 200
    # Read the count now: the next request resets Django's query log.
    budget = len(small)

    client.get("/aktuelles/gross/")
    with django_assert_max_num_queries(budget):
        soup = get_soup(client, "/aktuelles/gross/")
    assert len(soup.select(".related-contacts .contact-card")) == 10
    assert len(soup.select(".stream blockquote")) == 10
    assert len(soup.select(".download")) == 5
