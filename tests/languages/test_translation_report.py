"""The report "Übersetzungen" lists which page of the editor's centre lacks which language."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from bs4 import BeautifulSoup

from accessibility.models import EasyLanguagePage, SignLanguagePage
from tests.factories import HomePageFactory, StandardPageFactory, translate

REPORT = "/admin/berichte/uebersetzungen/"


def report_rows(client):
    response = client.get(REPORT)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, {
        row.th.get_text(" ", strip=True).strip("– "): row
        for row in soup.select("table.listing tbody tr")
    }


def coordinator(client, group):
    user = get_user_model().objects.create_user("koordination", "k@example.org", "x")
    user.groups.add(group)
    client.force_login(user)
    return user


def test_report_shows_missing_translations_to_an_editor(home, centre, client):
    about = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    translate(about, "en", title="About us")
    coordinator(client, centre["Freigabe"])

    soup, rows = report_rows(client)

    cells = {
        title: [td.get_text(" ", strip=True) for td in row.find_all("td")]
        for title, row in rows.items()
    }
    english, ukrainian = cells["Über uns"][0], cells["Über uns"][1]
    assert english.startswith("übersetzt")
    assert ukrainian.startswith("fehlt")
    assert all(cell.startswith("fehlt") for cell in cells["Impressum"])
    headers = [th.get_text(strip=True) for th in soup.select("table.listing thead th")][1:]
    assert headers == ["English", "Українська", "العربية", "فارسی", "Türkçe", "Русский"]
    assert soup.h1.get_text(strip=True) == "Übersetzungen"


def test_report_leaves_out_leichte_sprache_and_sign_language(home, centre, client):
    for model, title, slug in (
        (EasyLanguagePage, "Leichte Sprache", "leichte-sprache"),
        (SignLanguagePage, "Gebärdensprache", "gebaerdensprache"),
    ):
        home.add_child(instance=model(title=title, slug=slug))
    coordinator(client, centre["Redaktion"])

    _soup, rows = report_rows(client)

    assert "Impressum" in rows
    assert "Leichte Sprache" not in rows
    assert "Gebärdensprache" not in rows


def test_report_shows_only_the_editors_own_centre(home, centre, other_centre, client):
    other_home = HomePageFactory._meta.model.objects.get(slug="musterstadt")
    StandardPageFactory(parent=other_home, title="Musterstädter Seite", slug="muster")
    coordinator(client, centre["Redaktion"])

    _soup, rows = report_rows(client)

    assert "Impressum" in rows
    assert "Musterstädter Seite" not in rows
    assert "Startseite Musterstadt" not in rows


def test_a_missing_translation_links_to_a_form_the_editor_may_use(home, centre, client):
    coordinator(client, centre["Redaktion"])
    _soup, rows = report_rows(client)
    link = rows["Impressum"].find("td").a["href"]

    imprint = home.get_children().get(slug="impressum")
    assert link == reverse("wagtail_localize:submit_page_translation", args=[imprint.pk])
    response = client.get(link)
    assert response.status_code == 200
    assert "Sie haben leider keinen Zugang" not in response.content.decode()


def test_report_needs_an_admin_login(home, client):
    response = client.get(REPORT)
    assert response.status_code == 302
