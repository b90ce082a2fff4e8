"""Wagtail's reports "Workflows", "Workflow tasks" and "Site history" show an editor of one
centre the contacts and offers of their centre and the shared ones, never another centre's
(integrationsnetz/centre_reports.py); pages are scoped by Wagtail's page permissions.

Two centres made by `add_centre`, Kassel (A) and Fulda (B); each has a contact, an offer and a
page waiting for approval in its own workflow, and a shared contact has a history. The
reports and their CSV and XLSX exports are read as each centre's Freigabe and Redaktion.
"""

import io

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.log_actions import log

import pytest
from openpyxl import load_workbook

from editorial.roles import FREIGABE, REDAKTION
from integrationsnetz.centres import add_centre

from ..conftest import logged_in, member_of
from ..factories import ContactFactory, OfferFactory, StandardPageFactory

KASSEL = "WIR-Vielfaltszentrum Kassel"
FULDA = "WIR-Vielfaltszentrum Fulda"
REPORTS = ["workflow", "workflow_tasks", "site_history"]


def names(centre_name):
    short = centre_name.rsplit(" ", 1)[-1]
    return {
        "contact": f"Beraterin aus {short}",
        "offer": f"Sprachcafé {short}",
        "page": f"Neuigkeit aus {short}",
    }


@pytest.fixture
def centres(home):
    made = {}
    for name, host in ((KASSEL, "kassel.localhost"), (FULDA, "fulda.localhost")):
        centre = add_centre(name, host)
        submitter = member_of(REDAKTION, centre.site, f"einreichend-{host.split('.')[0]}")
        entries = names(name)
        contact = ContactFactory(name=entries["contact"], site=centre.site, live=False)
        offer = OfferFactory(name=entries["offer"], site=centre.site, live=False)
        page = StandardPageFactory(parent=centre.home, title=entries["page"], live=False)
        for entry in (contact, offer, page):
            entry.save_revision(user=submitter)
            # Starting the workflow also writes the entry's history ("Site history").
            entry.get_workflow().start(entry, submitter)
        made[name] = centre
    shared = ContactFactory(name="Ansprechperson beim Land")
    log(shared, "wagtail.create", user=get_user_model().objects.get(username="einreichend-fulda"))
    return made


def report(client, name, export=None):
    url = reverse(f"wagtailadmin_reports:{name}")
    response = client.get(url, {"export": export} if export else {})
    assert response.status_code == 200, url
    if export is None:
        return response.content.decode()
    content = b"".join(response.streaming_content)
    if export == "csv":
        return content.decode("utf-8")
    sheet = load_workbook(io.BytesIO(content)).active
    return "\n".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell)


@pytest.mark.parametrize("role", [FREIGABE, REDAKTION])
def test_a_centres_editors_see_only_their_centres_contacts_offers_and_pages(centres, role):
    fulda = logged_in(member_of(role, centres[FULDA].site))

    for name in REPORTS:
        for export in (None, "csv", "xlsx"):
            shown = report(fulda, name, export)
            for entry in names(FULDA).values():
                assert entry in shown, (name, export)
            for entry in names(KASSEL).values():
                assert entry not in shown, (name, export)
            if name == "site_history":
                assert "Ansprechperson beim Land" in shown, export


def test_the_other_centre_sees_its_own_and_superusers_see_all(centres, admin_user):
    kassel = logged_in(member_of(FREIGABE, centres[KASSEL].site))
    for name in REPORTS:
        shown = report(kassel, name)
        assert all(entry in shown for entry in names(KASSEL).values()), name
        assert not any(entry in shown for entry in names(FULDA).values()), name

        everything = report(logged_in(admin_user), name)
        for centre_name in (KASSEL, FULDA):
            assert all(entry in everything for entry in names(centre_name).values()), name


def test_filtered_results_and_filter_choices_stay_in_the_centre(centres, client):
    """The filters reload only the results (a URL of its own): scoped as well. The filters
    "Benutzer" (site history) and "Angefordert von" (workflows) name nobody of the other
    centre. The reports need the admin login, as Wagtail's do."""
    fulda = logged_in(member_of(FREIGABE, centres[FULDA].site))
    for name in ("site_history", "workflow"):
        shown = report(fulda, name).lower()
        assert "einreichend-fulda" in shown, name
        assert "einreichend-kassel" not in shown, name
    for name in REPORTS:
        response = client.get(reverse(f"wagtailadmin_reports:{name}"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
        response = fulda.get(
            reverse(f"wagtailadmin_reports:{name}_results"),
            {"label": "Sprachcafé"} if name == "site_history" else {"status": "in_progress"},
        )
        shown = response.content.decode()
        assert names(FULDA)["offer"] in shown, name
        assert names(KASSEL)["offer"] not in shown, name
