from django.urls import reverse

from wagtail.admin.menu import admin_menu

from bs4 import BeautifulSoup

from contacts.models import Contact, Topic

from ..factories import ContactFactory, LanguageFactory, TopicFactory, stefanie

URLS = Contact.snippet_viewset


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


def test_admin_saves_a_contact_with_normalised_phone_and_slug_from_the_name(moderator_client):
    topic = TopicFactory(slug="fallmanagement", name="Fallmanagement")
    german = LanguageFactory(code="de", name="Deutsch")
    response = moderator_client.post(
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


def test_admin_shows_a_german_message_for_a_junk_phone_and_saves_nothing(moderator_client):
    response = moderator_client.post(reverse(URLS.get_url_name("add")), form_data(phone="abc"))
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


def test_admin_keeps_slugs_unique(moderator_client):
    stefanie()
    response = moderator_client.post(reverse(URLS.get_url_name("add")), form_data())
    assert response.status_code == 302
    assert sorted(Contact.objects.values_list("slug", flat=True)) == [
        "stefanie-voeckler",
        "stefanie-voeckler-2",
    ]


def test_saving_a_contact_keeps_a_draft_and_approving_makes_it_live(home, moderator_client):
    # The centre's own contact: shared ones (no site) are not the centre's to edit.
    contact = stefanie(site=home.get_site())
    url = reverse(URLS.get_url_name("edit"), args=[contact.pk])
    edited = form_data(slug=contact.slug, role="Leitung", site=contact.site_id)

    response = moderator_client.post(url, edited)

    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.role == "WIR-Koordinatorin"  # the live version is untouched by a draft
    assert contact.has_unpublished_changes
    assert contact.latest_revision.as_object().role == "Leitung"

    # A coordinator publishes a contact through the workflow: submits, then approves.
    assert moderator_client.post(url, {**edited, "action-submit": "1"}).status_code == 302
    approve = {"action-workflow-action": "true", "workflow-action-name": "approve"}
    assert moderator_client.post(url, {**edited, **approve}).status_code == 302

    contact.refresh_from_db()
    assert contact.role == "Leitung"
    history = moderator_client.get(reverse(URLS.get_url_name("history"), args=[contact.pk]))
    assert history.status_code == 200


def test_admin_preview_shows_the_contact_card(moderator_client):
    url = reverse(URLS.get_url_name("preview_on_add"))
    response = moderator_client.post(url, form_data())
    assert response.json() == {"is_valid": True, "is_available": True}
    soup = BeautifulSoup(moderator_client.get(url).content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Kontaktkarte: Stefanie Vöckler"
    card = soup.select_one("article.contact-card")
    assert card.h2.get_text(strip=True) == "Stefanie Vöckler"
    assert card.select_one('a[href^="tel:"]')["href"] == "tel:+49565130230305"


def test_admin_listing_searches_and_filters_contacts(moderator_client):
    topic = TopicFactory(slug="ehrenamt", name="Ehrenamt")
    stefanie()
    ContactFactory(name="Anna Beispiel", topics=[topic])
    listing = reverse(URLS.get_url_name("list"))

    found = moderator_client.get(listing, {"q": "Vöckler"})
    assert "Stefanie Vöckler" in found.content.decode()
    assert "Anna Beispiel" not in found.content.decode()

    filtered = moderator_client.get(listing, {"topics": topic.pk})
    assert "Anna Beispiel" in filtered.content.decode()
    assert "Stefanie Vöckler" not in filtered.content.decode()


def test_admin_menu_groups_contacts_topics_and_languages(moderator, moderator_client, rf):
    request = rf.get("/admin/")
    request.user = moderator

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
    assert moderator_client.get("/admin/snippets/contacts/contact/").status_code == 200


def test_admin_add_form_speaks_german_to_editors(moderator_client):
    soup = BeautifulSoup(
        moderator_client.get(reverse(URLS.get_url_name("add"))).content, "html.parser"
    )
    labels = {label.get_text(" ", strip=True).rstrip("*").strip() for label in soup("label")}
    assert {"Name", "Funktion", "Telefon", "E-Mail-Adresse", "Sprechzeiten"} <= labels
    assert "Mit Vorwahl, z. B. „05651 302-30308“" in soup.get_text()


def test_admin_forms_a_topic_slug_from_its_name(moderator_client):
    response = moderator_client.post(
        reverse(Topic.snippet_viewset.get_url_name("add")), {"name": "Fördermittel", "slug": ""}
    )
    assert response.status_code == 302
    assert Topic.objects.get().slug == "foerdermittel"
