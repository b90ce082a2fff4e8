"""The coordinator's report "Fehlende Übersetzungen" lists which page lacks which language."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory, translate

REPORT = "/admin/berichte/fehlende-uebersetzungen/"


def test_report_shows_missing_translations_to_an_editor(
    home, client, django_assert_max_num_queries
):
    about = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    translate(about, "en", title="About us")
    user = get_user_model().objects.create_user("koordination", "k@example.org", "x")
    user.groups.add(Group.objects.get(name="Freigabe"))
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {
        row.th.get_text(" ", strip=True).strip("– "): [
            td.get_text(" ", strip=True) for td in row.find_all("td")
        ]
        for row in soup.select("table.listing tbody tr")
    }
    english, ukrainian = rows["Über uns"][0], rows["Über uns"][1]
    assert english.startswith("übersetzt")
    assert ukrainian.startswith("fehlt")
    assert all(cell.startswith("fehlt") for cell in rows["Impressum"])
    headers = [th.get_text(strip=True) for th in soup.select("table.listing thead th")][1:]
    assert headers == ["English", "Українська", "العربية", "فارسی", "Türkçe", "Русский"]


def test_report_needs_an_admin_login(home, client):
    response = client.get(REPORT)
    assert response.status_code == 302
