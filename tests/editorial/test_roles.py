"""The roles and the workflow come from a data migration that may run any number of times."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, Workflow, WorkflowPage

from bs4 import BeautifulSoup

from contacts.models import Contact

from ..factories import ContactFactory, HomePageFactory

MIGRATION = importlib.import_module("editorial.migrations.0001_roles_and_workflow")
WORKFLOW = "Freigabe durch die Koordination"


def run_migration_again():
    MIGRATION.set_up_roles_and_workflow(apps, schema_editor=None)


def test_the_migration_runs_twice_without_duplicates(db):
    run_migration_again()
    run_migration_again()

    assert Group.objects.filter(name="Redaktion").count() == 1
    assert Group.objects.filter(name="Freigabe").count() == 1
    assert Workflow.objects.filter(name=WORKFLOW).count() == 1
    assert Workflow.objects.filter(active=True).count() == 1
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_the_workflow_governs_every_home_page_and_contacts(db):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="nachbarkreis")
    run_migration_again()

    assert WorkflowPage.objects.get(page=other_home).workflow.name == WORKFLOW
    assert other_home.get_workflow().name == WORKFLOW
    assert ContactFactory().get_workflow().name == WORKFLOW


def test_redaktion_may_not_publish_and_freigabe_may(redaktion, freigabe):
    assert redaktion.has_perm("contacts.change_contact")
    assert not redaktion.has_perm("contacts.publish_contact")
    assert freigabe.has_perm("contacts.publish_contact")
    assert freigabe.has_perm("integrationsnetz.change_organisationsettings")
    assert not redaktion.has_perm("integrationsnetz.change_organisationsettings")


def test_saving_a_duplicate_contact_warns_with_a_link_to_the_existing_one(
    redaktion_client,
):
    existing = ContactFactory(name="Julia Kapinus", email="julia.kapinus@example.org")
    add_url = reverse(Contact.snippet_viewset.get_url_name("add"))

    response = redaktion_client.post(
        add_url,
        {
            "name": "Julia Kapinus",
            "slug": "",
            "role": "WIR-Koordinatorin",
            "unit": "",
            "phone": "",
            "email": "Julia.Kapinus@example.org",
            "office_hours": "",
        },
        follow=True,
    )

    assert Contact.objects.filter(name="Julia Kapinus").count() == 2
    soup = BeautifulSoup(response.content, "html.parser")
    warning = soup.find(string=lambda text: text and "Es gibt schon eine Ansprechperson" in text)
    assert warning is not None
    edit_url = reverse(Contact.snippet_viewset.get_url_name("edit"), args=[existing.pk])
    assert soup.find("a", href=edit_url, string=lambda text: "Vorhandenen Eintrag" in text)


def test_the_slug_help_text_is_german_with_a_real_example(news_index, redaktion_client):
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", news_index.pk))
    text = BeautifulSoup(redaktion_client.get(url).content, "html.parser").get_text(" ")
    assert "domain.com" not in text
    assert "Der letzte Teil der Adresse dieser Seite" in text
