import re

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.test import Client

import pytest
from bs4 import BeautifulSoup

from ..factories import StandardPageFactory

FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])"


@pytest.fixture
def soup(home, client: Client):
    response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_renders_in_german(soup):
    assert soup.html["lang"] == "de"
    assert soup.h1.get_text(strip=True) == "Startseite"


def test_skip_link_is_first_focusable_and_targets_main(soup):
    first = soup.select(FOCUSABLE)[0]
    assert first.get_text(strip=True) == "Zum Hauptinhalt springen"
    assert first["href"] == "#main"
    assert soup.find("main", id="main") is not None


def test_landmarks_are_present(soup):
    for landmark in ("header", "nav", "main", "footer"):
        assert soup.find(landmark) is not None, landmark
    assert len(soup.find_all("main")) == 1


def test_logo_links_home_with_accessible_name(soup):
    logo = soup.select_one("a.site-logo")
    assert logo["href"] == "/"
    assert "WIR-Vielfaltszentrum Testkreis" in logo.get_text(" ", strip=True)
    assert "Startseite" in logo.get_text(" ", strip=True)


def test_footer_links_to_legal_pages_and_shows_the_address_from_settings(soup):
    footer = soup.find("footer")
    links = {a.get_text(strip=True): a["href"] for a in footer.select("nav a")}
    assert links == {
        "Impressum": "/impressum/",
        "Datenschutz": "/datenschutz/",
        "Barrierefreiheit": "/barrierefreiheit/",
        "Barriere melden": "/barriere-melden/?seite=/",
    }
    assert "37269 Eschwege" in footer.address.get_text(" ", strip=True)


def test_main_menu_lists_pages_shown_in_menus_and_marks_the_current_one(home, client):
    StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns", show_in_menus=True)
    hidden = StandardPageFactory(parent=home, title="Versteckt", slug="versteckt")
    hidden.show_in_menus = False
    hidden.save()
    soup = BeautifulSoup(client.get("/ueber-uns/").content, "html.parser")
    menu = soup.find("nav", attrs={"aria-label": "Hauptnavigation"})
    assert [a.get_text(strip=True) for a in menu.find_all("a")] == ["Über uns"]
    assert menu.find("a")["aria-current"] == "page"


def test_home_page_has_no_third_party_resources(soup):
    for tag in soup.find_all(["script", "link", "img", "iframe"]):
        if tag.get("rel") == ["canonical"]:
            continue  # the page's own absolute address, not a resource
        if tag.get("hreflang"):
            # Language alternates are absolute by definition and name this site; never loaded.
            assert tag["href"].startswith("http://localhost/"), tag
            continue
        url = tag.get("src") or tag.get("href") or ""
        assert not re.match(r"^(https?:)?//", url), url


def test_home_page_queries_are_bounded(home, client, django_assert_max_num_queries):
    for number in range(10):
        StandardPageFactory(parent=home, show_in_menus=True, slug=f"menu-{number}")
    # With nothing kept yet but Django's content types (all looked up first, so that the count
    # does not depend on the tests before): Wagtail's routing (site, locale, home page), the
    # view restrictions, the language links, "Hilfe finden" (the offers directory and its
    # topics, the contacts directory), the guides that link here, and the menu in one query
    # however many entries it has.
    ContentType.objects.get_for_models(*apps.get_models())
    with django_assert_max_num_queries(19):
        assert client.get("/").status_code == 200


def test_footer_phone_is_shown_in_german_format_and_dialable(soup):
    link = soup.find("footer").find("a", href=re.compile("^tel:"))
    assert link["href"] == "tel:+4956513020"
    assert link.get_text(strip=True) == "05651 302-0"


def test_organisation_phone_is_validated_and_normalised(home):
    from django.core.exceptions import ValidationError

    from integrationsnetz.models import OrganisationSettings

    organisation = OrganisationSettings.objects.get()
    organisation.phone = "05651/302-0"
    organisation.full_clean()
    assert organisation.phone == "+49 5651 302-0"
    organisation.phone = "bitte anrufen"
    with pytest.raises(ValidationError) as error:
        organisation.full_clean()
    assert "phone" in error.value.message_dict
