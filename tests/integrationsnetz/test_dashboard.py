import datetime

from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from editorial.roles import FREIGABE, REDAKTION, grant_shared_role, workflow_name

from ..conftest import member_of
from ..factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def workflow(centre):
    """The centre's own approval workflow, reviewed by "Freigabe Test" (`moderator`)."""
    return Workflow.objects.get(name=workflow_name("Test"))


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


def test_an_moderator_sees_a_submitted_page_under_warten_auf_freigabe(
    client, home, editor, moderator, workflow
):
    page = owned_page(home, editor, "Sprachcafé")
    client.force_login(editor)
    submit_in_admin(client, page, "Sprachcafé im Advent")

    client.force_login(moderator)
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


def test_an_moderator_without_work_is_told_so(client, moderator, workflow):
    client.force_login(moderator)

    response = client.get("/admin/")

    assert "Zurzeit wartet nichts auf Ihre Freigabe." in panel(
        response, "warten-auf-freigabe"
    ).get_text(" ", strip=True)


def test_an_editor_sees_own_drafts_newest_first_with_their_state(
    client, home, editor, moderator, workflow
):
    draft(home, editor, "Älterer Entwurf")
    draft(home, editor, "Eingereichte Seite", submit_with=workflow)
    published = owned_page(home, editor, "Geänderte Seite")
    published.title = "Geänderte Seite, neu"
    published.save_revision(user=editor)
    owned_page(home, editor, "Veröffentlicht ohne Änderungen")
    draft(home, moderator, "Entwurf einer Kollegin")
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


def test_wagtails_own_workflow_panels_are_replaced(client, home, editor, moderator, workflow):
    draft(home, editor, "Eingereichte Seite", submit_with=workflow)

    for user in (editor, moderator):
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
    client, home, editor, moderator, workflow, django_assert_max_num_queries
):
    draft(home, editor, "Erste", submit_with=workflow)
    few = {user: dashboard_queries(client, user) for user in (editor, moderator)}

    for number in range(8):
        draft(home, editor, f"Weitere {number}", submit_with=workflow)

    for user in (editor, moderator):
        client.force_login(user)
        with django_assert_max_num_queries(few[user]):
            client.get("/admin/")


def test_freigabe_sees_only_its_own_centres_contacts_waiting(home, centre, other_centre, client):
    from django.contrib.auth import get_user_model

    from wagtail.models import Site

    from ..conftest import OTHER_HOST
    from ..factories import ContactFactory

    requester = get_user_model().objects.create_user("einreicherin", "e@example.org", "x")
    own = ContactFactory(name="Eigene Person", site=home.get_site())
    foreign = ContactFactory(name="Fremde Person", site=Site.objects.get(hostname=OTHER_HOST))
    for contact in (own, foreign):
        contact.save_revision(user=requester)
        contact.get_workflow().start(contact, requester)
    moderator = member_of(FREIGABE, home.get_site(), "freigabe-test")
    client.force_login(moderator)

    text = client.get("/admin/").content.decode()

    assert "Eigene Person" in text
    assert "Fremde Person" not in text


def test_the_search_terms_panel_lists_the_last_30_days_most_frequent_first(client, centre, home):
    today = datetime.date.today()
    for term, days_ago, hits in [
        ("sprachkurs", 1, 3),
        ("sprachkurs", 20, 2),
        ("kita", 2, 4),
        ("kita", 40, 9),
        ("wohnung", 45, 7),
    ]:
        QueryDailyHits.objects.create(
            query=Query.get(term), date=today - datetime.timedelta(days=days_ago), hits=hits
        )
    # The shared role may promote search results, so it sees the panel.
    user = member_of(REDAKTION, home.get_site(), "koordination")
    user.groups.add(grant_shared_role(apps))
    client.force_login(user)

    response = client.get("/admin/")

    assert rows(response, "haeufige-suchanfragen") == ["sprachkurs 5", "kita 4"]
