from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    Workflow,
)

import pytest

from accessibility.models import AccessibilityStatementPage
from contacts.models import ContactIndexPage
from events.models import EventIndexPage
from integrationsnetz.models import HomePage, OrganisationSettings
from legal.models import ImprintPage, PrivacyPage
from news.models import NewsIndexPage

NAME = "WIR-Vielfaltszentrum Kassel"
HOST = "wir.kassel.example"


def add_centre(*args):
    out = StringIO()
    call_command("add_centre", *args, stdout=out)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Site,
            Page,
            Group,
            Collection,
            GroupPagePermission,
            GroupCollectionPermission,
            GroupSitePermission,
            Workflow,
            OrganisationSettings,
        )
    }


def test_add_centre_creates_a_working_site_in_one_command(home, client):
    output = add_centre(NAME, HOST)
    assert f"Zentrum „{NAME}“ unter http://{HOST}/" in output

    site = Site.objects.get(hostname=HOST)
    centre_home = site.root_page.specific
    assert isinstance(centre_home, HomePage) and centre_home.live
    assert centre_home.get_parent().depth == 1
    for model in (NewsIndexPage, EventIndexPage, ContactIndexPage):
        assert model.objects.child_of(centre_home).live().count() == 1
    # Legal pages wait as drafts for the centre's own details; the settings point at them.
    organisation = OrganisationSettings.for_site(site)
    assert organisation.name == NAME
    assert isinstance(organisation.imprint_page.specific, ImprintPage)
    assert isinstance(organisation.privacy_page.specific, PrivacyPage)
    assert isinstance(organisation.accessibility_page.specific, AccessibilityStatementPage)
    assert not organisation.imprint_page.live

    for path in ("/", "/aktuelles/", "/veranstaltungen/", "/ansprechpartner/"):
        response = client.get(path, HTTP_HOST=HOST)
        assert response.status_code == 200, path
        assert NAME in response.content.decode()
    # The first site is untouched.
    assert "WIR-Vielfaltszentrum Testkreis" in client.get("/").content.decode()
    assert NAME not in client.get("/").content.decode()


def test_add_centre_creates_groups_scoped_to_the_centre_and_its_workflow(home):
    add_centre(NAME, HOST)
    site = Site.objects.get(hostname=HOST)
    collection = Collection.objects.get(name=NAME)
    redaktion = Group.objects.get(name=f"Redaktion {NAME}")
    freigabe = Group.objects.get(name=f"Freigabe {NAME}")

    for group, codenames in (
        (redaktion, {"add_page", "change_page"}),
        (freigabe, {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}),
    ):
        page_permissions = GroupPagePermission.objects.filter(group=group)
        assert {p.page_id for p in page_permissions} == {site.root_page_id}
        assert {p.permission.codename for p in page_permissions} == codenames
        # Its own collection, and choosing from the shared one.
        assert {p.collection_id for p in GroupCollectionPermission.objects.filter(group=group)} == {
            collection.pk,
            Collection.objects.get(name="Gemeinsam").pk,
        }
        assert group.permissions.filter(codename="access_admin").exists()
        assert group.permissions.filter(codename="submit_translation").exists()
        assert group.permissions.filter(codename="change_contact").exists()
        # Organisation settings only for this site, never install-wide.
        assert not group.permissions.filter(codename="change_organisationsettings").exists()
    assert not redaktion.permissions.filter(codename="publish_contact").exists()
    assert freigabe.permissions.filter(codename="publish_contact").exists()
    assert list(
        GroupSitePermission.objects.filter(group=freigabe).values_list("site", flat=True)
    ) == [site.pk]
    assert not GroupSitePermission.objects.filter(group=redaktion).exists()

    workflow = site.root_page.get_workflow()
    assert workflow.name == f"Freigabe durch die Koordination ({NAME})"
    [task] = workflow.tasks.all()
    assert list(task.specific.groups.all()) == [freigabe]
    # The first site keeps its workflow.
    assert home.get_workflow() != workflow


def test_add_centre_twice_creates_nothing_twice(home):
    add_centre(NAME, HOST)
    before = counts()
    output = add_centre(NAME, HOST)
    assert "nichts neu angelegt" in output
    assert counts() == before


def test_a_taken_host_name_is_refused_in_german(home):
    add_centre(NAME, HOST)
    before = counts()
    with pytest.raises(CommandError) as refused:
        add_centre("WIR-Vielfaltszentrum Fulda", HOST)
    assert str(refused.value) == (
        f"Der Hostname „{HOST}“ ist schon vergeben: Unter ihm läuft die Website „{NAME}“. "
        "Bitte wählen Sie einen anderen Hostnamen."
    )
    with pytest.raises(CommandError, match="ist schon vergeben"):
        add_centre("WIR-Vielfaltszentrum Fulda", "localhost")
    assert counts() == before


@pytest.mark.parametrize(
    "host", ["https://wir.kassel.de/", "wir kassel.de", "käsel.de", "x-.de", "127.0.0.1", ""]
)
def test_an_invalid_host_name_is_refused_in_german(home, host):
    before = counts()
    with pytest.raises(CommandError, match="kein gültiger Hostname"):
        add_centre(NAME, host)
    assert counts() == before
