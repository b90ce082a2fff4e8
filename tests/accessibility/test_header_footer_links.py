from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site, get_page_models

from bs4 import BeautifulSoup

from integrationsnetz.models import OrganisationSettings

from ..factories import EasyLanguagePageFactory

FOOTER = ["Impressum", "Datenschutz", "Barrierefreiheit", "Barriere melden"]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def header_links(soup):
    nav = soup.find("nav", class_="language-offers")
    if nav is None:
        return {}
    return {a.get_text(" ", strip=True): a for a in nav.find_all("a")}


def footer_links(soup):
    return {a.get_text(strip=True): a["href"] for a in soup.find("footer").select("nav a")}


def demo_paths():
    paths = ["/suche/?q=Vielfalt", "/barriere-melden/", "/gibt-es-nicht/"]
    for model in get_page_models():
        if model is Page:
            continue
        # The first site's page, as a path (with two demo centres page.url names the host).
        page = model.objects.live().exact_type(model).order_by("path").first()
        if page is not None:
            paths.append(page.get_url_parts()[2])
    return paths


def test_every_page_type_links_language_offers_and_legal_pages(demo, client):
    paths = demo_paths()
    assert len(paths) >= 14
    for path in paths:
        soup = soup_of(client.get(path))
        header = header_links(soup)
        assert set(header) == {"Leichte Sprache", "Gebärdensprache"}, path
        assert header["Leichte Sprache"]["href"] == "/leichte-sprache/", path
        assert header["Gebärdensprache"]["href"] == "/gebaerdensprache/"
        for link in header.values():
            assert link.find("svg")["aria-hidden"] == "true"
        links = footer_links(soup)
        assert list(links) == FOOTER, path
        assert links["Impressum"] == "/impressum/"
        assert links["Datenschutz"] == "/datenschutz/"
        assert links["Barrierefreiheit"] == "/barrierefreiheit/"


def test_barriere_melden_names_the_page_the_visitor_is_on(demo, client):
    links = footer_links(soup_of(client.get("/veranstaltungen/")))
    assert links["Barriere melden"] == "/barriere-melden/?seite=/veranstaltungen/"
    own = footer_links(soup_of(client.get("/barriere-melden/")))
    assert own["Barriere melden"] == "/barriere-melden/"


def test_pages_not_set_show_no_links(home, client):
    organisation = OrganisationSettings.for_site(Site.objects.get())
    organisation.imprint_page = organisation.privacy_page = None
    organisation.accessibility_page = None
    organisation.save()
    soup = soup_of(client.get("/"))
    assert header_links(soup) == {}
    assert list(footer_links(soup)) == ["Barriere melden"]


def test_unpublished_pages_are_not_linked(home, client):
    easy = EasyLanguagePageFactory(parent=home)
    organisation = OrganisationSettings.for_site(Site.objects.get())
    organisation.easy_language_page = easy
    organisation.save()
    assert "Leichte Sprache" in header_links(soup_of(client.get("/")))
    easy.unpublish()
    organisation.imprint_page.unpublish()
    soup = soup_of(client.get("/"))
    assert header_links(soup) == {}
    assert "Impressum" not in footer_links(soup)
    for href in footer_links(soup).values():
        assert client.get(href).status_code == 200


def test_header_and_footer_links_cost_no_query_of_their_own(demo, client):
    def queries(path):
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        return len(captured)

    with_links = queries("/ueber-uns/")
    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    for field in ("imprint_page", "privacy_page", "accessibility_page"):
        setattr(organisation, field, None)
    organisation.easy_language_page = organisation.sign_language_page = None
    organisation.save()
    assert queries("/ueber-uns/") == with_links
