"""`manage.py golive_check` and the dashboard panel "Startbereitschaft": what stops a centre."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Site

import pytest
from bs4 import BeautifulSoup

from integrationsnetz import golive
from integrationsnetz.models import OrganisationSettings

from ..factories import EasyLanguagePageFactory, ImprintPageFactory, SignLanguagePageFactory


@pytest.fixture
def ready_centre(home):
    organisation = OrganisationSettings.for_site(home.get_site())
    organisation.easy_language_page = EasyLanguagePageFactory(parent=home)
    organisation.sign_language_page = SignLanguagePageFactory(parent=home)
    organisation.save()
    return home


def check(*args):
    out = StringIO()
    call_command("golive_check", *args, stdout=out)
    return out.getvalue()


def test_a_centre_with_everything_filled_in_is_ready(ready_centre):
    assert "Test (localhost): startbereit" in check("--centre", "localhost")


def test_a_placeholder_on_a_live_legal_page_blocks_the_centre(ready_centre):
    organisation = OrganisationSettings.for_site(ready_centre.get_site())
    organisation.imprint_page = ImprintPageFactory(
        parent=ready_centre,
        representative="Platzhalter – bitte prüfen und ergänzen: Name des Landrats",
    )
    organisation.save()

    with pytest.raises(SystemExit) as exit_:
        check("--centre", "localhost")

    assert exit_.value.code == 1
    problems = golive.centre_problems(ready_centre.get_site(), resolve=None)
    assert problems == [
        "„Impressum“, Feld „Vertretungsberechtigt“: Platzhalter „Platzhalter – bitte prüfen "
        "und ergänzen: Name des Landrats“."
    ]


def test_missing_pages_a_nameless_site_and_an_unknown_host_are_listed(home):
    site = home.get_site()
    Site.objects.filter(pk=site.pk).update(site_name="")
    site.refresh_from_db()

    problems = golive.centre_problems(site, resolve=lambda host: False)

    assert problems[0].startswith("Die Website hat keinen Namen")
    assert "Der Hostname „localhost“ ist im DNS nicht zu finden." in problems
    assert "„Leichte Sprache“ ist in den Organisationseinstellungen nicht ausgewählt." in problems
    assert (
        "„Deutsche Gebärdensprache“ ist in den Organisationseinstellungen nicht ausgewählt."
        in problems
    )


def test_an_unknown_centre_is_a_clear_error(home):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Keine Website mit dem Hostnamen"):
        check("--centre", "gibt-es-nicht.example")


def test_the_development_setup_is_named_for_the_installation(home, settings):
    settings.DEBUG = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    problems = golive.installation_problems()
    assert "DEBUG ist eingeschaltet." in problems
    assert any("E-Mails werden nicht verschickt" in problem for problem in problems)


def test_the_dashboard_tells_the_centres_coordinators_what_is_missing(home, moderator_client):
    soup = BeautifulSoup(moderator_client.get("/admin/").content, "html.parser")
    problems = [item.get_text(strip=True) for item in soup.select("[data-go-live-problems] li")]
    assert "„Leichte Sprache“ ist in den Organisationseinstellungen nicht ausgewählt." in problems
