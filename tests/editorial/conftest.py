from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

import pytest


def member_of(group_name, username):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "ein-langes-passwort"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def redaktion(db):
    """A member of "Redaktion": edits and submits, never publishes."""
    return member_of("Redaktion", "redakteurin")


@pytest.fixture
def freigabe(db):
    """A member of "Freigabe": approves and publishes."""
    return member_of("Freigabe", "koordinatorin")


@pytest.fixture
def redaktion_client(redaktion):
    client = Client()
    client.force_login(redaktion)
    return client


@pytest.fixture
def freigabe_client(freigabe):
    client = Client()
    client.force_login(freigabe)
    return client


@pytest.fixture
def superuser_client(db):
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "x"))
    return client
