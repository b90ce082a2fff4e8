from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.admin.menu import admin_menu

import pytest
from bs4 import BeautifulSoup

from contacts.models import Contact, Topic

from ..factories import ContactFactory, LanguageFactory, TopicFactory, stefanie

URLS = Contact.snippet_viewset


@pytest.fixture
def superuser_client(home, client):
    client.force_login(
        get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "x")
    )
    return client


def form_data(**overrides):
    data = {
        "name": "Stefanie Vöckler",
        "slug": "",
        "role": "WIR-Koordinatorin",
        "unit": "WIR-Vielfaltszentrum",
        "phone": "05651/302-30305",
        "email": "stefanie.voeckler@werra-meissner-kreis.de",
        "office_hours": "",
        "photo": "",
    }
    return {**data, **overrides}


def test_admin_saves_a_contact_with_normalised_phone_and_slug_from_the_name(superuser_client):
    topic = TopicFactory(slug="fallmanagement", name="Fallmanagement")
    german = LanguageFactory(code="de", name="Deutsch")
    response = superuser_client.post(
        reverse(URLS.get_url_name("add")),
        form_data(topics=[topic.pk], languages=[german.pk]),
    )
    assert response.status_code == 302
    contact = Contact.objects.get()
    assert contact.phone == "+49 5651 302-30305"
    assert contact.slug == "stefanie-voeckler"
    assert list(contact.topics.all()) == [topic]
    assert list(contact.languages.all()) == [german]
    assert contact.latest_revision is not None


def test_admin_shows_a_german_message_for_a_junk_phone_and_saves_nothing(superuser_client):
    response = superuser_client.post(reverse(URLS.get_url_name("add")), form_data(phone="abc"))
    assert response.status_code == 200
    assert not Contact.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    phone = soup.find("input", attrs={"name": "phone"})
    assert phone["aria-invalid"] == "true"
    errors_id = next(id for id in phone["aria-describedby"].split() if id.endswith("-errors"))
    assert soup.find(id=errors_id).get_text(strip=True) == (
        "Bitte verwenden Sie nur Ziffern, Leerzeichen und die Zeichen + - / ( ), "
        "z. B. „05651 302-30308“."
    )


def test_admin_keeps_slugs_unique(superuser_client):
    stefanie()
    response = superuser_client.post(reverse(URLS.get_url_name("add")), form_data())
    assert response.status_code == 302
    assert sorted(Contact.objects.values_list("slug", flat=True)) == [
        "stefanie-voeckler",
        "stefanie-voeckler-2",
    ]


def test_saving_a_contact_keeps_a_draft_and_publishing_makes_it_live(superuser_client):
    contact = stefanie()
    url = reverse(URLS.get_url_name("edit"), args=[contact.pk])

    response = superuser_client.post(url, form_data(slug=contact.slug, role="Leitung"))

    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.role == "WIR-Koordinatorin"  # the live version is untouched by a draft
    assert contact.has_unpublished_changes
    assert contact.latest_revision.as_object().role == "Leitung"

    superuser_client.post(
        url, form_data(slug=contact.slug, role="Leitung", **{"action-publish": "1"})
    )

    contact.refresh_from_db()
    assert contact.role == "Leitung"
    assert contact.revisions.count() == 2
    history = superuser_client.get(reverse(URLS.get_url_name("history"), args=[contact.pk]))
    assert history.status_code == 200


def test_admin_preview_shows_the_contact_card(superuser_client):
    url = reverse(URLS.get_url_name("preview_on_add"))
    response = superuser_client.post(url, form_data())
    assert response.json() == {"is_valid": True, "is_available": True}
    soup = BeautifulSoup(superuser_client.get(url).content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Kontaktkarte: Stefanie Vöckler"
    card = soup.select_one("article.contact-card")
    assert card.h2.get_text(strip=True) == "Stefanie Vöckler"
    assert card.select_one('a[href^="tel:"]')["href"] == "tel:+49565130230305"


def test_admin_listing_searches_and_filters_contacts(superuser_client):
    topic = TopicFactory(slug="ehrenamt", name="Ehrenamt")
    stefanie()
    ContactFactory(name="Anna Beispiel", topics=[topic])
    listing = reverse(URLS.get_url_name("list"))

    found = superuser_client.get(listing, {"q": "Vöckler"})
    assert "Stefanie Vöckler" in found.content.decode()
    assert "Anna Beispiel" not in found.content.decode()

    filtered = superuser_client.get(listing, {"topics": topic.pk})
    assert "Anna Beispiel" in filtered.content.decode()
    assert "Stefanie Vöckler" not in filtered.content.decode()


def test_admin_menu_groups_contacts_topics_and_languages(superuser_client, rf):
    request = rf.get("/admin/")
    request.user = get_user_model().objects.get(username="redaktion")

    group = next(
        item for item in admin_menu.menu_items_for_request(request) if item.name == "contacts-group"
    )

    assert group.label == "Ansprechpersonen"
    assert [(item.label, item.url) for item in group.menu.menu_items_for_request(request)] == [
        ("Ansprechpersonen", "/admin/snippets/contacts/contact/"),
        ("Themen", "/admin/snippets/contacts/topic/"),
        ("Sprachen", "/admin/snippets/contacts/language/"),
    ]
    # The group is what editors see in the sidebar: its first entry opens the directory.
    assert superuser_client.get("/admin/snippets/contacts/contact/").status_code == 200


def test_admin_add_form_speaks_german_to_editors(superuser_client):
    soup = BeautifulSoup(
        superuser_client.get(reverse(URLS.get_url_name("add"))).content, "html.parser"
    )
    labels = {label.get_text(" ", strip=True).rstrip("*").strip() for label in soup("label")}
    assert {"Name", "Funktion", "Telefon", "E-Mail-Adresse", "Sprechzeiten"} <= labels
    assert "Mit Vorwahl, z. B. „05651 302-30308“" in soup.get_text()


def test_admin_forms_a_topic_slug_from_its_name(superuser_client):
    response = superuser_client.post(
        reverse(Topic.snippet_viewset.get_url_name("add")), {"name": "Fördermittel", "slug": ""}
    )
    assert response.status_code == 302
    assert Topic.objects.get().slug == "foerdermittel"
