"""The head of every page type: canonical URL, description, OpenGraph, icons, manifest, and
the JSON-LD structured data (one rule for all pages, see integrationsnetz/structured_data.py)."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from ..factories import (
    ContactFactory,
    ContactIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    LanguageFactory,
    NewsArticlePageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def meta(soup, key):
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def json_ld(soup):
    """Every JSON-LD item of the page by its @type (each must parse)."""
    items = {}
    for script in soup.find_all("script", type="application/ld+json"):
        item = json.loads(script.string)
        assert item["@context"] == "https://schema.org"
        items.setdefault(item["@type"], []).append(item)
    return items


@pytest.fixture
def site_pages(home, news_index, calendar_page):
    home.intro = "Das WIR-Vielfaltszentrum berät und vernetzt."
    home.save()
    about = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns", intro="")
    team = StandardPageFactory(parent=about, title="Team", slug="team", intro="Wer wir sind.")
    article = NewsArticlePageFactory(
        parent=news_index,
        title="Fördergeld für das Zentrum",
        slug="foerdergeld",
        date=datetime.date(2024, 5, 3),
        teaser="Das Land fördert das Zentrum.",
        lead_image=ImageFactory(),
    )
    event = EventPageFactory(parent=calendar_page, title="Sprachcafé", slug="sprachcafe")
    directory = ContactIndexPageFactory(parent=home)
    ContactFactory(
        name="Julia Kapinus",
        role="WIR-Koordinatorin",
        phone="05651 302-30308",
        email="julia.kapinus@example.org",
        languages=[LanguageFactory(name="Arabisch", code="ar")],
    )
    return {
        "home": home,
        "standard": about,
        "nested": team,
        "news_index": news_index,
        "article": article,
        "calendar": calendar_page,
        "event": event,
        "contacts": directory,
    }


@pytest.mark.parametrize(
    "name", ["home", "standard", "nested", "news_index", "article", "calendar", "event", "contacts"]
)
def test_every_page_type_has_canonical_description_and_opengraph(site_pages, client, name):
    page = site_pages[name]
    soup = get_soup(client, page.url)
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == f"http://localhost{page.url}"
    assert meta(soup, "description")
    assert meta(soup, "og:title") == page.title
    assert meta(soup, "og:url") == canonical
    assert meta(soup, "og:site_name") == "WIR-Vielfaltszentrum Testkreis"
    assert meta(soup, "theme-color") == "#0b5c78"
    assert meta(soup, "twitter:card") in {"summary", "summary_large_image"}


def test_description_falls_back_to_the_site_default(site_pages, client):
    soup = get_soup(client, site_pages["standard"].url)
    assert meta(soup, "description") == "Das WIR-Vielfaltszentrum berät und vernetzt."
    soup = get_soup(client, site_pages["article"].url)
    assert meta(soup, "description") == "Das Land fördert das Zentrum."


def test_an_article_with_an_image_has_og_image(site_pages, client):
    soup = get_soup(client, site_pages["article"].url)
    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:image").startswith("http://localhost/media/images/")
    assert meta(soup, "og:image:alt")
    assert meta(soup, "twitter:card") == "summary_large_image"


def test_icons_and_manifest(site_pages, client):
    soup = get_soup(client, "/")
    icons = {link["href"] for link in soup.find_all("link", rel="icon")}
    assert {"/static/icons/favicon.svg", "/static/icons/favicon-32.png"} <= icons
    assert soup.find("link", rel="apple-touch-icon")["href"] == "/static/icons/apple-touch-icon.png"
    for href in [*icons, "/static/icons/apple-touch-icon.png"]:
        assert client.get(href).status_code == 200
    manifest = client.get(soup.find("link", rel="manifest")["href"])
    assert manifest["Content-Type"] == "application/manifest+json"
    data = json.loads(manifest.content)
    assert data["name"] == "WIR-Vielfaltszentrum Testkreis"
    assert {icon["sizes"] for icon in data["icons"]} >= {"192x192", "512x512"}
    assert client.get("/favicon.ico").status_code == 301


def test_home_page_describes_the_organisation(site_pages, client):
    (org,) = json_ld(get_soup(client, "/"))["GovernmentOrganization"]
    assert org["name"] == "WIR-Vielfaltszentrum Testkreis"
    assert org["url"] == "http://localhost/"
    assert org["telephone"] == "+4956513020"
    assert org["address"]["postalCode"] == "37269"
    assert org["address"]["addressLocality"] == "Eschwege"
    assert "BreadcrumbList" not in json_ld(get_soup(client, "/"))


def test_article_is_a_news_article(site_pages, client):
    (article,) = json_ld(get_soup(client, site_pages["article"].url))["NewsArticle"]
    assert article["headline"] == "Fördergeld für das Zentrum"
    assert article["datePublished"].startswith("2024-05-03")
    assert article["dateModified"]
    assert article["image"][0].startswith("http://localhost/media/images/")
    assert article["author"]["name"] == "WIR-Vielfaltszentrum Testkreis"
    assert article["publisher"]["@type"] == "GovernmentOrganization"


def test_event_has_its_event_data(site_pages, client):
    (event,) = json_ld(get_soup(client, site_pages["event"].url))["Event"]
    assert {"name", "startDate", "endDate", "location"} <= event.keys()


def test_contacts_are_people_with_a_contact_point(site_pages, client):
    (person,) = json_ld(get_soup(client, site_pages["contacts"].url))["Person"]
    assert person["name"] == "Julia Kapinus"
    assert person["jobTitle"] == "WIR-Koordinatorin"
    assert person["knowsLanguage"] == ["Arabisch"]
    point = person["contactPoint"]
    assert point["@type"] == "ContactPoint"
    assert point["telephone"] == "+49565130230308"
    assert point["email"] == "julia.kapinus@example.org"
    assert point["availableLanguage"] == ["Arabisch"]


@pytest.mark.parametrize("name", ["nested", "article", "event", "contacts"])
def test_breadcrumb_list_matches_the_visible_breadcrumbs(site_pages, client, name):
    soup = get_soup(client, site_pages[name].url)
    visible = [
        (link.get_text(strip=True), f"http://localhost{link['href']}")
        for link in soup.select(".breadcrumbs a")
    ]
    (crumbs,) = json_ld(soup)["BreadcrumbList"]
    listed = [(item["name"], item["item"]) for item in crumbs["itemListElement"]]
    assert listed == visible
    assert [item["position"] for item in crumbs["itemListElement"]] == list(
        range(1, len(visible) + 1)
    )
    assert len(visible) >= 2
