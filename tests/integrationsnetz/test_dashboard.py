from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from ..factories import StandardPageFactory
from .editors import APPROVE, admin_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(home):
    return admin_user("redakteurin", home)


@pytest.fixture
def approver(home):
    return admin_user("freigeberin", home, APPROVE, group_name="Freigabe (Test)")


@pytest.fixture
def workflow(home, approver):
    task = GroupApprovalTask.objects.create(name="Freigabe durch die Koordination (Test)")
    task.groups.add(approver.groups.get())
    workflow = Workflow.objects.create(name="Freigabe (Test)")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=home)
    return workflow


def panel(response, panel_id):
    return BeautifulSoup(response.content, "html.parser").find(id=f"{panel_id}-section")


def panel_heading(response, panel_id):
    return panel(response, panel_id).find(class_="w-panel__heading").get_text(" ", strip=True)


def rows(response, panel_id):
    return [
        " ".join(row.get_text(" ", strip=True).split())
        for row in panel(response, panel_id).select("tbody tr")
    ]


def submit_in_admin(client, page, title):
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": "Geänderte Einleitung.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-submit": "Zur Freigabe einreichen",
        }
    )
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]


def owned_page(home, owner, title, **kwargs):
    # The factory publishes as the owner, which editors may not; the owner is set afterwards.
    page = StandardPageFactory(parent=home, title=title, **kwargs)
    page.owner = owner
    page.save(update_fields=["owner"])
    return page


def draft(home, owner, title, submit_with=None):
    page = owned_page(home, owner, title, live=False)
    page.save_revision(user=owner)
    if submit_with:
        submit_with.start(page, owner)
    return page


def test_an_approver_sees_a_submitted_page_under_warten_auf_freigabe(
    client, home, editor, approver, workflow
):
    page = owned_page(home, editor, "Sprachcafé")
    client.force_login(editor)
    submit_in_admin(client, page, "Sprachcafé im Advent")

    client.force_login(approver)
    response = client.get("/admin/")

    assert panel_heading(response, "warten-auf-freigabe") == "Warten auf Freigabe"
    assert rows(response, "warten-auf-freigabe") == [
        "Sprachcafé im Advent Prüfen : Sprachcafé im Advent Inhaltsseite "
        f"Freigabe durch die Koordination (Test) Redakteurin "
        f"{panel(response, 'warten-auf-freigabe').find('time').get_text()}"
    ]
    review = panel(response, "warten-auf-freigabe").select_one("tbody a")
    assert review["href"] == f"/admin/pages/{page.pk}/edit/"
    assert client.get(review["href"]).status_code == 200


def test_editors_who_cannot_approve_get_no_approval_panel(client, home, editor, workflow):
    draft(home, editor, "Sprachcafé", submit_with=workflow)
    client.force_login(editor)

    response = client.get("/admin/")

    assert panel(response, "warten-auf-freigabe") is None


def test_an_approver_without_work_is_told_so(client, approver, workflow):
    client.force_login(approver)

    response = client.get("/admin/")

    assert "Zurzeit wartet nichts auf Ihre Freigabe." in panel(
        response, "warten-auf-freigabe"
    ).get_text(" ", strip=True)


def test_an_editor_sees_own_drafts_newest_first_with_their_state(
    client, home, editor, approver, workflow
):
    draft(home, editor, "Älterer Entwurf")
    draft(home, editor, "Eingereichte Seite", submit_with=workflow)
    published = owned_page(home, editor, "Geänderte Seite")
    published.title = "Geänderte Seite, neu"
    published.save_revision(user=editor)
    owned_page(home, editor, "Veröffentlicht ohne Änderungen")
    draft(home, approver, "Entwurf einer Kollegin")
    client.force_login(editor)

    response = client.get("/admin/")

    assert panel_heading(response, "meine-entwuerfe") == "Meine Entwürfe"
    titles_and_states = [row.rsplit(" ", 2)[0] for row in rows(response, "meine-entwuerfe")]
    assert titles_and_states == [
        "Geänderte Seite, neu Bearbeiten : Geänderte Seite, neu Inhaltsseite "
        "Veröffentlicht, mit Änderungen im Entwurf",
        "Eingereichte Seite Bearbeiten : Eingereichte Seite Inhaltsseite Zur Freigabe eingereicht",
        "Älterer Entwurf Bearbeiten : Älterer Entwurf Inhaltsseite Entwurf, nicht veröffentlicht",
    ]
    links = [a["href"] for a in panel(response, "meine-entwuerfe").select("tbody a")]
    assert links[0] == f"/admin/pages/{published.pk}/edit/"


def test_wagtails_own_workflow_panels_are_replaced(client, home, editor, approver, workflow):
    draft(home, editor, "Eingereichte Seite", submit_with=workflow)

    for user in (editor, approver):
        client.force_login(user)
        soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
        assert soup.find(id="awaiting-review-section") is None
        headings = [h.get_text(strip=True) for h in soup.select(".w-panel__heading")]
        assert len(headings) == len(set(headings))
        assert "Ihre Seiten und Snippets in einem Workflow" not in headings


def dashboard_queries(client, user):
    client.force_login(user)
    client.get("/admin/")  # warm per-process caches (content types, site root)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    return len(queries)


def test_dashboard_queries_do_not_grow_with_waiting_content(
    client, home, editor, approver, workflow, django_assert_max_num_queries
):
    draft(home, editor, "Erste", submit_with=workflow)
    few = {user: dashboard_queries(client, user) for user in (editor, approver)}

    for number in range(8):
        draft(home, editor, f"Weitere {number}", submit_with=workflow)

    for user in (editor, approver):
        client.force_login(user)
        with django_assert_max_num_queries(few[user]):
            client.get("/admin/")
