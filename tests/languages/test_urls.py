"""Languages: German unprefixed, the others under their prefix, lang/dir, switcher, hreflang."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.factories import NewsArticlePageFactory, StandardPageFactory, translate

LANGUAGES = ["en", "uk", "ar", "fa", "tr", "ru"]
DIRECTION = {"ar": "rtl", "fa": "rtl"}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")


@pytest.mark.parametrize("code", LANGUAGES)
def test_translated_page_has_the_language_prefix_lang_and_dir(home, about, client, code):
    translate(about, code, title=f"About ({code})")
    response = client.get(f"/{code}/ueber-uns/")
    assert response.status_code == 200
    html = soup_of(response).html
    assert html["lang"] == code
    assert html["dir"] == DIRECTION.get(code, "ltr")
    assert response["Content-Language"] == code
    assert "Vary" not in response or "Accept-Language" not in response["Vary"]


def test_german_urls_stay_unprefixed(home, about, client):
    translate(about, "en", title="About us")
    response = client.get("/ueber-uns/")
    assert response.status_code == 200
    assert soup_of(response).html["lang"] == "de"
    assert about.get_url() == "/ueber-uns/"
    assert client.get("/de/ueber-uns/").status_code == 404


def test_a_page_without_translation_is_shown_in_german_with_a_notice(home, about, client):
    translate(home, "ar")
    response = client.get("/ar/ueber-uns/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == "ar"
    assert soup.html["dir"] == "rtl"
    # Only the page's own text is German; <main> and the template's words stay Arabic.
    main = soup.find("main")
    assert not main.has_attr("lang") and not main.has_attr("dir")
    title = main.find("h1")
    assert (title["lang"], title["dir"], title.get_text()) == ("de", "ltr", "Über uns")
    notice = soup.select_one(".translation-notice")
    assert notice is not None
    assert notice.find_parent("main") is None


def test_even_without_a_home_page_in_the_language_nothing_is_a_404(home, about, client):
    response = client.get("/uk/ueber-uns/")
    assert response.status_code == 200
    assert soup_of(response).find("main").find("h1")["lang"] == "de"
    assert client.get("/uk/").status_code == 200


def test_unknown_pages_are_a_404_in_every_language(home, client):
    for code in LANGUAGES:
        response = client.get(f"/{code}/gibt-es-nicht/")
        assert response.status_code == 404
        html = soup_of(response).html
        assert html["lang"] == code
        assert html["dir"] == DIRECTION.get(code, "ltr")


def alternates(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.head.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def test_hreflang_alternates_are_absolute_and_reciprocal(home, about, client):
    for code in ["en", "ar"]:
        translate(about, code, title=f"About ({code})")
    expected = {
        "de": "http://localhost/ueber-uns/",
        "en": "http://localhost/en/ueber-uns/",
        "ar": "http://localhost/ar/ueber-uns/",
        "x-default": "http://localhost/ueber-uns/",
    }
    for url in expected.values():
        found = alternates(soup_of(client.get(urlsplit(url).path)))
        assert found == expected, url


def switcher(soup):
    nav = soup.find("nav", class_="language-switcher")
    return {a["hreflang"]: a for a in nav.find_all("a")}


def test_switcher_names_every_language_in_itself(home, about, client):
    links = switcher(soup_of(client.get("/ueber-uns/")))
    names = {code: a.get_text(strip=True) for code, a in links.items()}
    assert names == {
        "de": "Deutsch",
        "en": "English",
        "uk": "Українська",
        "ar": "العربية",
        "fa": "فارسی",
        "tr": "Türkçe",
        "ru": "Русский",
    }
    for code, a in links.items():
        assert a["lang"] == code
    assert links["de"]["aria-current"] == "true"


def test_switcher_leads_to_the_translation_or_to_the_home_page_with_a_notice(home, about, client):
    translate(about, "en", title="About us")
    translate(home, "tr")
    links = switcher(soup_of(client.get("/ueber-uns/")))
    # Relative: they work on any host and port the site answers on (the hreflang links in the
    # head are absolute, from the Site record).
    assert links["en"]["href"] == "/en/ueber-uns/"
    assert links["tr"]["href"] == "/tr/?uebersetzung=fehlt"
    response = client.get("/tr/?uebersetzung=fehlt")
    assert soup_of(response).select_one(".translation-notice") is not None
    # From the English page back to German.
    links = switcher(soup_of(client.get("/en/ueber-uns/")))
    assert links["de"]["href"] == "/ueber-uns/"
    assert links["en"]["aria-current"] == "true"


def test_search_and_contacts_work_under_every_prefix(home, client):
    for code in LANGUAGES:
        response = client.get(f"/{code}/suche/", {"q": "Beratung"})
        assert response.status_code == 200
        assert soup_of(response).html["lang"] == code


def test_a_translated_article_is_found_under_the_translated_news_index(news_index, client):
    article = NewsArticlePageFactory(parent=news_index, title="Neue Beratung", slug="beratung")
    translate(article, "uk", title="Нова консультація")
    response = client.get(f"/uk{news_index.url}beratung/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == "uk"
    assert "Нова консультація" in soup.find("h1").get_text()
    assert soup.select_one(".translation-notice") is None


def test_feeds_and_calendar_per_language(news_index, calendar_page, client):
    from tests.factories import EventPageFactory

    translate(news_index, "fa", title="اخبار")
    article = NewsArticlePageFactory(parent=news_index, title="Beratung", slug="beratung")
    translate(article, "fa", title="مشاوره")
    rss = client.get(f"/fa{news_index.url}feed/rss/").content.decode()
    assert "<language>fa</language>" in rss
    assert "مشاوره" in rss
    atom = client.get(f"/fa{news_index.url}feed/atom/").content.decode()
    assert 'xml:lang="fa"' in atom
    assert "<language>de</language>" in client.get(f"{news_index.url}feed/rss/").content.decode()

    event = EventPageFactory(parent=calendar_page, title="Sprachcafé", slug="sprachcafe")
    translate(event, "tr", title="Dil kafesi")
    ical = client.get(f"/tr{event.url}kalender/")
    assert ical.status_code == 200
    text = ical.content.decode()
    assert "SUMMARY;LANGUAGE=tr:Dil kafesi" in text
    page = client.get(f"/tr{event.url}")
    assert page.status_code == 200
    assert BeautifulSoup(page.content, "html.parser").html["lang"] == "tr"


def test_search_finds_the_pages_of_the_current_language(home, about, client):
    # Not "О нас": under /ru/ both words are Russian stop words, which PostgreSQL's Russian
    # text search leaves out.
    translate(about, "ru", title="Наша команда")

    def titles(url, query):
        soup = soup_of(client.get(url, {"q": query}))
        return [a.get_text(strip=True) for a in soup.select("main ol a, main ul a")]

    assert "Наша команда" in " ".join(titles("/ru/suche/", "команда"))
    assert "Наша команда" not in " ".join(titles("/suche/", "команда"))
