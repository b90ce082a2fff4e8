"""Every centre has its own groups and workflow; a data migration puts the first centre onto
them and may run any number of times."""

import importlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Collection, Site, Workflow, WorkflowPage
from wagtail.permissions import policy_registry

from bs4 import BeautifulSoup

from contacts.models import Contact
from editorial.roles import SHARED_ROLE
from integrationsnetz.models import OrganisationSettings

from ..factories import ContactFactory, ImageFactory

MIGRATION = importlib.import_module("editorial.migrations.0003_every_centre_its_own_roles")


def run_migration_again():
    MIGRATION.every_centre_its_own_roles(apps, schema_editor=None)


def old_role(name, username):
    """A group as the first centre had it before: permissions on the root of the page tree."""
    group = Group.objects.create(name=name)
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    user.groups.add(group)
    return user


def test_the_migration_moves_the_first_centre_onto_its_own_groups(home, other_home):
    Site.objects.filter(root_page=home).update(site_name="")
    editor, approver = old_role("Redaktion", "alt-redaktion"), old_role("Freigabe", "alt-freigabe")
    image = ImageFactory(collection=Collection.get_first_root_node())

    run_migration_again()
    run_migration_again()

    site = Site.objects.get(root_page=home)
    assert site.site_name == "WIR-Vielfaltszentrum Testkreis"
    assert not Group.objects.filter(name__in=["Redaktion", "Freigabe"]).exists()
    editors = Group.objects.get(name="Redaktion WIR-Vielfaltszentrum Testkreis")
    approvers = Group.objects.get(name="Freigabe WIR-Vielfaltszentrum Testkreis")
    assert list(editors.user_set.all()) == [editor]
    assert list(approvers.user_set.all()) == [approver]
    assert Group.objects.filter(name="Redaktion Musterstadt").count() == 1
    assert Group.objects.filter(name=SHARED_ROLE).count() == 1
    image.refresh_from_db()
    assert image.collection.name == "WIR-Vielfaltszentrum Testkreis"
    workflow = home.get_workflow()
    assert workflow.name == "Freigabe durch die Koordination (WIR-Vielfaltszentrum Testkreis)"
    assert Workflow.objects.filter(name=workflow.name).count() == 1
    assert other_home.get_workflow().name == "Freigabe durch die Koordination (Musterstadt)"


def test_the_first_centres_editors_may_not_touch_another_centre(home, other_home):
    editor = old_role("Redaktion", "alt-redaktion")
    run_migration_again()
    editor = get_user_model().objects.get(pk=editor.pk)

    assert home.permissions_for_user(editor).can_edit()
    assert not other_home.permissions_for_user(editor).can_edit()
    other_image = ImageFactory(
        collection=Collection.objects.get(name="Musterstadt"), title="Musterstadt-Bild"
    )
    policy = policy_registry.get_by_type(get_image_model())
    choosable = policy.instances_user_has_permission_for(editor, "choose")
    assert other_image not in choosable


def test_the_workflow_of_a_centre_governs_its_home_page_and_its_contacts(home, centre):
    workflow = WorkflowPage.objects.get(page=home).workflow
    assert workflow.name.endswith("(Test)")
    assert ContactFactory(site=home.get_site()).get_workflow() == workflow
    # A contact shared by all centres is approved by no centre: whoever edits it publishes it.
    assert ContactFactory().get_workflow() is None


def test_redaktion_may_not_publish_and_freigabe_may(home, editor, moderator):
    assert editor.has_perm("contacts.change_contact")
    assert editor.has_perm("wagtail_localize.submit_translation")
    assert moderator.has_perm("wagtail_localize.submit_translation")
    assert not editor.has_perm("contacts.publish_contact")
    assert moderator.has_perm("contacts.publish_contact")
    assert not home.permissions_for_user(editor).can_publish()
    assert home.permissions_for_user(moderator).can_publish()
    policy = OrganisationSettings.get_permission_policy()
    organisation = OrganisationSettings.for_site(home.get_site())
    assert policy.user_has_permission_for_instance(moderator, "change", organisation)
    assert not policy.user_has_permission_for_instance(editor, "change", organisation)


def test_saving_a_duplicate_contact_warns_with_a_link_to_the_existing_one(
    editor_client,
):
    existing = ContactFactory(name="Julia Kapinus", email="julia.kapinus@example.org")
    add_url = reverse(Contact.snippet_viewset.get_url_name("add"))

    response = editor_client.post(
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


def test_the_slug_help_text_is_german_with_a_real_example(news_index, editor_client):
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", news_index.pk))
    text = BeautifulSoup(editor_client.get(url).content, "html.parser").get_text(" ")
    assert "domain.com" not in text
    assert "Der letzte Teil der Adresse dieser Seite" in text
