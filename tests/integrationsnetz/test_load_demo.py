from io import StringIO

from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from integrationsnetz.models import HomePage, OrganisationSettings


def _load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db):
    return _load_demo()


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
        response = client.get(page.url)
        assert response.status_code == 200, page.url
