"""Translated contact persons, topics and event categories on the public site."""

from wagtail.models import Locale

from bs4 import BeautifulSoup

from tests.factories import (
    ContactFactory,
    ContactIndexPageFactory,
    EventCategoryFactory,
    EventPageFactory,
    TopicFactory,
    translate,
)


def translated_snippet(snippet, code, **fields):
    locale, _created = Locale.objects.get_or_create(language_code=code)
    translation = snippet.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def texts(response, selector):
    soup = BeautifulSoup(response.content, "html.parser")
    return [element.get_text(" ", strip=True) for element in soup.select(selector)]


def test_directory_shows_each_contact_once_in_the_visitors_language(home, client):
    directory = ContactIndexPageFactory(parent=home)
    translate(directory, "en", title="Contact persons")
    topic = TopicFactory(name="Ehrenamt", slug="ehrenamt")
    julia = ContactFactory(name="Julia Kapinus", slug="julia-kapinus", live=True, topics=[topic])
    ContactFactory(name="Taras Beispiel", slug="taras-beispiel", live=True, topics=[topic])
    english_topic = translated_snippet(topic, "en", name="Volunteering")
    english_julia = translated_snippet(julia, "en", role="WIR coordinator", live=True)
    english_julia.topics.set([english_topic])
    english_julia.save()

    german = client.get("/ansprechpartner/")
    assert (
        sum("Julia Kapinus" in text for text in texts(german, ".contact-card h3, .contact-card h2"))
        == 1
    )
    assert "WIR coordinator" not in german.content.decode()

    english = client.get("/en/ansprechpartner/")
    page = english.content.decode()
    # Once on the cards (the structured data names her role once more).
    assert sum("WIR coordinator" in text for text in texts(english, ".contact-card")) == 1
    assert "Taras Beispiel" in page  # not translated: the German card
    assert "Volunteering" in page  # the topic filter in English
    filtered = client.get("/en/ansprechpartner/", {"thema": "ehrenamt"}).content.decode()
    assert "WIR coordinator" in filtered and "Taras Beispiel" in filtered

    vcard = client.get("/en/ansprechpartner/julia-kapinus.vcf")
    assert vcard.status_code == 200
    assert "WIR coordinator" in vcard.content.decode()
    assert "WIR-Koordinatorin" in client.get("/ansprechpartner/julia-kapinus.vcf").content.decode()


def test_event_filter_uses_the_translated_category(calendar_page, client):
    category = EventCategoryFactory(name="Begegnung", slug="begegnung")
    event = EventPageFactory(
        parent=calendar_page, title="Sprachcafé", slug="sprachcafe", category=category
    )
    # The translated event still links the German category; the filter finds it by key.
    translate(event, "tr", title="Dil kafesi")
    translated_snippet(category, "tr", name="Buluşma")
    response = client.get(f"/tr{calendar_page.url}", {"kategorie": "begegnung"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Buluşma" in page
    assert "Dil kafesi" in page
