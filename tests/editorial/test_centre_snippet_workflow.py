"""Contacts and offers go through their centre's own workflow, as its pages do: an entry of
centre B is reviewed, mailed about and approved by "Freigabe B" only.

Two centres made by `add_centre`, Kassel (A) and Fulda (B); Fulda's Redaktion submits.
"""

import importlib

from django.apps import apps
from django.core import mail
from django.urls import reverse

from wagtail.models import TaskState, Workflow

import pytest
from bs4 import BeautifulSoup

from contacts.models import Contact
from editorial.roles import FREIGABE, REDAKTION, WORKFLOW, workflow_name
from integrationsnetz.centres import add_centre

from ..admin_forms import contact_form, offer_form
from ..conftest import logged_in, member_of
from ..factories import ContactFactory, OfferFactory, OrganisationFactory, PlaceFactory

KASSEL = "WIR-Vielfaltszentrum Kassel"
FULDA = "WIR-Vielfaltszentrum Fulda"

MIGRATION = importlib.import_module(
    "editorial.migrations.0004_centre_snippets_follow_their_centres_workflow"
)


@pytest.fixture
def centres(home):
    return {
        name: add_centre(name, host)
        for name, host in ((KASSEL, "kassel.localhost"), (FULDA, "fulda.localhost"))
    }


@pytest.fixture
def people(centres):
    kassel, fulda = centres[KASSEL].site, centres[FULDA].site
    return {
        "redaktion_fulda": member_of(REDAKTION, fulda, "redaktion-fulda"),
        "freigabe_fulda": member_of(FREIGABE, fulda, "freigabe-fulda"),
        "freigabe_kassel": member_of(FREIGABE, kassel, "freigabe-kassel"),
    }


def recipients():
    return {address for message in mail.outbox for address in message.to}


def edit_url(entry):
    return reverse(type(entry).snippet_viewset.get_url_name("edit"), args=[entry.pk])


def approve(client, entry, form):
    return client.post(
        edit_url(entry),
        form(entry, **{"action-workflow-action": "true", "workflow-action-name": "approve"}),
    )


def test_a_new_contact_of_centre_b_goes_to_b_freigabe_only(centres, people):
    fulda = centres[FULDA].site
    response = logged_in(people["redaktion_fulda"]).post(
        reverse(Contact.snippet_viewset.get_url_name("add")),
        contact_form(
            Contact(name="Aylin Demir", role="Beraterin", site=fulda),
            **{"action-submit": "1"},
        ),
    )

    assert response.status_code == 302
    contact = Contact.objects.get(name="Aylin Demir")
    assert not contact.live
    assert contact.current_workflow_state.workflow.name == workflow_name(FULDA)
    assert people["freigabe_fulda"].email in recipients()
    assert people["freigabe_kassel"].email not in recipients()


def test_another_centres_freigabe_can_neither_see_nor_approve_a_contact(centres, people):
    contact = ContactFactory(name="Aylin Demir", site=centres[FULDA].site, live=False)
    contact.save_revision()
    contact.get_workflow().start(contact, people["redaktion_fulda"])
    kassel, fulda = people["freigabe_kassel"], people["freigabe_fulda"]

    task = contact.current_workflow_task
    assert task.get_actions(contact, kassel) == []
    assert "approve" in [name for name, _label, _modal in task.get_actions(contact, fulda)]
    waiting = contact.current_workflow_task_state
    assert waiting not in TaskState.objects.reviewable_by(kassel)
    assert waiting in TaskState.objects.reviewable_by(fulda)

    kassel_client, fulda_client = logged_in(kassel), logged_in(fulda)
    panel = BeautifulSoup(
        kassel_client.get(reverse("wagtailadmin_home")).content, "html.parser"
    ).get_text(" ")
    assert "Aylin Demir" not in panel
    assert "Aylin Demir" in fulda_client.get(reverse("wagtailadmin_home")).content.decode()

    assert approve(kassel_client, contact, contact_form).status_code == 404
    contact.refresh_from_db()
    assert not contact.live

    assert approve(fulda_client, contact, contact_form).status_code == 302
    contact.refresh_from_db()
    assert contact.live


def test_an_offer_of_centre_b_is_submitted_to_b_freigabe_only(centres, people):
    offer = OfferFactory(name="Sprachcafé Fulda", site=centres[FULDA].site, live=False)

    response = logged_in(people["redaktion_fulda"]).post(
        edit_url(offer), offer_form(offer, **{"action-submit": "1"})
    )

    assert response.status_code == 302
    assert offer.current_workflow_state.workflow.name == workflow_name(FULDA)
    assert people["freigabe_fulda"].email in recipients()
    assert people["freigabe_kassel"].email not in recipients()
    assert approve(logged_in(people["freigabe_kassel"]), offer, offer_form).status_code == 404
    assert approve(logged_in(people["freigabe_fulda"]), offer, offer_form).status_code == 302
    offer.refresh_from_db()
    assert offer.live


@pytest.mark.parametrize(
    "factory", [ContactFactory, OfferFactory, OrganisationFactory, PlaceFactory]
)
def test_every_centre_entry_asks_its_centres_workflow_and_a_shared_one_none(centres, factory):
    for name, centre in centres.items():
        assert factory(site=centre.site).get_workflow().name == workflow_name(name)
    assert factory().get_workflow() is None


def test_the_migration_moves_waiting_entries_into_their_centres_workflow(centres, people):
    shared = Workflow.objects.get(name=WORKFLOW)
    fulda_contact = ContactFactory(name="Aylin Demir", site=centres[FULDA].site, live=False)
    fulda_offer = OfferFactory(name="Sprachcafé Fulda", site=centres[FULDA].site, live=False)
    everyones = ContactFactory(name="Person beim Land", live=False)
    for entry in (fulda_contact, fulda_offer, everyones):
        entry.save_revision()
        # As before: every entry went into the one workflow of its model.
        shared.start(entry, people["redaktion_fulda"])

    for _run in range(2):
        MIGRATION.centre_snippets_follow_their_centres_workflow(apps, schema_editor=None)

    for entry in (fulda_contact, fulda_offer):
        state = entry.current_workflow_state
        assert state.workflow.name == workflow_name(FULDA)
        task = state.current_task_state.task.specific
        assert task.get_actions(entry, people["freigabe_kassel"]) == []
        assert task.get_actions(entry, people["freigabe_fulda"])
    # Nobody of a centre could approve a shared entry: its workflow ends, it stays a draft.
    assert not everyones.workflow_in_progress
    assert everyones.workflow_states.get().status == "cancelled"
