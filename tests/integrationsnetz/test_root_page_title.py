import importlib

from django.apps import apps

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

migration = importlib.import_module("integrationsnetz.migrations.0006_root_page_title")


def root():
    return Page.get_first_root_node()


def test_the_page_tree_root_is_called_alle_websites_after_migrating():
    assert root().title == "Alle Websites"
    assert root().draft_title == "Alle Websites"


def test_the_explorer_shows_the_german_root_title(superuser_client):
    # A superuser: only superusers see the tree's root; other editors start at their centre.
    response = superuser_client.get(f"/admin/pages/{root().pk}/")

    heading = BeautifulSoup(response.content, "html.parser").find("h1").get_text(" ", strip=True)
    assert "Alle Websites" in heading
    assert "Root" not in heading


def test_renaming_runs_twice_and_can_be_reversed():
    Page.objects.filter(depth=1).update(title="Root", draft_title="Root")

    migration.rename_root(apps, None)
    migration.rename_root(apps, None)
    assert root().title == "Alle Websites"

    migration.restore_root(apps, None)
    assert root().title == "Root"
    assert root().draft_title == "Root"


def test_a_root_renamed_by_hand_keeps_its_name():
    Page.objects.filter(depth=1).update(title="WIR-Installation")

    migration.rename_root(apps, None)
    migration.restore_root(apps, None)

    assert root().title == "WIR-Installation"
