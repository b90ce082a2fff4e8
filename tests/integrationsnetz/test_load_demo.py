from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from integrationsnetz.models import HomePage, OrganisationSettings

from ..demo_pages import committed_demo


def _load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """Loaded once for the module (seconds each time); each test's changes are rolled back."""
    with committed_demo(django_db_blocker) as output:
        yield output


@pytest.fixture
def demo(loaded, db):
    return loaded


def test_load_demo_builds_the_page_tree(demo):
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    titles = set(home.get_children().live().values_list("title", flat=True))
    assert {
        "Aktuelles",
        "Veranstaltungen",
        "Ansprechpartner*innen",
        "Über uns",
        "Impressum",
        "Datenschutz",
        "Erklärung zur Barrierefreiheit",
    } <= titles
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_load_demo_fills_the_organisation_settings(demo):
    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    assert organisation.name == "WIR-Vielfaltszentrum Werra-Meißner-Kreis"
    assert organisation.logo is not None
    assert organisation.imprint_page.slug == "impressum"


def test_load_demo_twice_creates_nothing_twice_and_says_so(demo):
    pages = Page.objects.count()
    second_run = _load_demo()
    assert Page.objects.count() == pages
    assert "nichts neu angelegt" in second_run


def test_demo_pages_render(demo, client):
    for page in Page.objects.live().filter(depth__gte=2).specific():
        # Each page on its own site's host name (the demo has two centres).
        _site_id, root_url, path = page.get_url_parts()
        response = client.get(path, HTTP_HOST=urlsplit(root_url).hostname)
        assert response.status_code == 200, page.url


def test_load_demo_adds_a_fictional_second_centre_with_its_own_content(demo, client):
    site = Site.objects.get(hostname="musterstadt.localhost")
    assert OrganisationSettings.for_site(site).name == "WIR-Vielfaltszentrum Musterstadt"
    home = client.get("/", HTTP_HOST="musterstadt.localhost").content.decode()
    assert "WIR-Vielfaltszentrum Musterstadt" in home
    assert "Fest der Kulturen auf dem Musterstädter Marktplatz" in home
    assert "Sprachtreff im Musterstädter Rathauscafé" in home
    assert "Werra-Meißner" not in home
    directory = client.get("/ansprechpartner/", HTTP_HOST="musterstadt.localhost")
    assert "Mara Musterfrau" in directory.content.decode()
    assert "Julia Kapinus" not in directory.content.decode()
    # And the county's site shows none of it.
    county = client.get("/").content.decode() + client.get("/ansprechpartner/").content.decode()
    assert "Musterstadt" not in county
    assert "Mara Musterfrau" not in county
