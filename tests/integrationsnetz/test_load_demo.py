from io import StringIO
from urllib.parse import urlsplit

from django.apps import apps
from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Page, Site

import pytest

from integrationsnetz.models import HomePage, OrganisationSettings

from ..conftest import DEMO_TEST_LANGUAGES


def _load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


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


def rows_per_model():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_load_demo_twice_creates_nothing_twice_and_says_so(demo):
    """The one idempotency test for every app's demo content: no table gains a row."""
    before = rows_per_model()
    # With the translations of the tests' demo content (tests/conftest.py) made again too.
    with override_settings(DEMO_LANGUAGES=DEMO_TEST_LANGUAGES):
        second_run = _load_demo()
    after = rows_per_model()
    assert {
        label: (before[label], after[label]) for label in before if before[label] != after[label]
    } == {}
    assert "nichts neu angelegt" in second_run


def test_demo_pages_render(demo, client):
    # The German pages; the translated ones are rendered by tests/languages and tests/browser.
    for page in Page.objects.live().filter(depth__gte=2, locale__language_code="de").specific():
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


def test_every_demo_centre_is_a_named_centre_with_its_own_groups(demo):
    from django.contrib.auth.models import Group

    for site in Site.objects.all():
        assert site.site_name
        assert Group.objects.filter(name=f"Redaktion {site.site_name}").exists()
        assert Group.objects.filter(name=f"Freigabe {site.site_name}").exists()
    assert not Group.objects.filter(name__in=["Redaktion", "Freigabe"]).exists()


def test_published_demo_legal_pages_say_they_are_a_demonstration(demo, client):
    from integrationsnetz.placeholders import placeholders_in_page
    from legal.demo_translations import IMPRINT_NOTE
    from legal.models import ImprintPage, PrivacyPage

    # Their translations (legal/demo_translations.py) say so in their language.
    demonstration = {
        "de": "Diese Seite gehört zu einer Demonstration",
        **{code: note.split("</b>")[0].removeprefix("<b>") for code, note in IMPRINT_NOTE.items()},
    }
    for model in (ImprintPage, PrivacyPage):
        for page in model.objects.live().select_related("locale"):
            assert placeholders_in_page(page) == []
            text = client.get(page.get_url_parts()[2], HTTP_HOST=page.get_site().hostname)
            assert demonstration[page.locale.language_code] in text.content.decode()
    # The main centre's pages keep the placeholders in their drafts, for the editors.
    imprint = ImprintPage.objects.filter(slug="impressum").order_by("path").first()
    draft = imprint.get_latest_revision_as_object()
    assert placeholders_in_page(draft)


def test_musterstadt_publishes_its_own_legal_and_language_pages(demo, client):
    for path in (
        "/impressum/",
        "/datenschutz/",
        "/barrierefreiheit/",
        "/leichte-sprache/",
        "/gebaerdensprache/",
    ):
        response = client.get(path, HTTP_HOST="musterstadt.localhost")
        assert response.status_code == 200, path
    footer = client.get("/", HTTP_HOST="musterstadt.localhost").content.decode()
    assert 'href="/impressum/"' in footer


def test_datenschutz_and_impressum_name_the_same_controller(demo, client):
    imprint = client.get("/impressum/").content.decode()
    privacy = client.get("/datenschutz/").content.decode()
    assert "Kreisausschuss des Werra-Meißner-Kreises" in imprint
    controller = privacy.split('id="privacy-controller"')[1].split("</section>")[0]
    assert "Kreisausschuss des Werra-Meißner-Kreises" in controller


def test_golive_check_on_the_demo_lists_the_placeholders_and_exits_non_zero(demo):
    out = StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("golive_check", "--centre", "localhost", stdout=out)
    assert exit_.value.code == 1
    text = out.getvalue()
    assert "nicht startbereit" in text
    assert "„Deutsche Gebärdensprache“" in text and "Platzhalter" in text


def test_the_demo_drawings_are_shared_with_every_centre(demo):
    from wagtail.images import get_image_model

    images = get_image_model().objects.all()
    assert images.exists()
    assert set(images.values_list("collection__name", flat=True)) == {"Gemeinsam"}
