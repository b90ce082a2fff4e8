import re

from django.template.loader import render_to_string

import pytest
from bs4 import BeautifulSoup

from contacts.models import Contact

from ..factories import ContactFactory, ImageFactory, LanguageFactory, TopicFactory, stefanie

pytestmark = pytest.mark.django_db


def render_card(contact, heading_level=2):
    contact = Contact.objects.for_cards().get(pk=contact.pk)
    html = render_to_string(
        "components/contact_card.html", {"contact": contact, "heading_level": heading_level}
    )
    return BeautifulSoup(html, "html.parser")


def visible_text(element):
    for hidden in element.select(".visually-hidden"):
        hidden.extract()
    return re.sub(r"\s+", " ", element.get_text(" ", strip=True))


def test_card_shows_name_role_and_links_phone_and_email():
    card = render_card(stefanie())
    assert card.find("h2").get_text(strip=True) == "Stefanie Vöckler"
    assert card.select_one(".contact-card__role").get_text(strip=True) == "WIR-Koordinatorin"
    tel = card.select_one('address a[href^="tel:"]')
    assert tel["href"] == "tel:+49565130230305"
    assert tel.get_text(strip=True) == "05651 302-30305"
    mail = card.select_one('address a[href^="mailto:"]')
    assert mail["href"] == "mailto:stefanie.voeckler@werra-meissner-kreis.de"


def test_card_is_an_article_with_the_requested_heading_level():
    card = render_card(stefanie(), heading_level=3)
    article = card.find("article", class_="contact-card")
    assert article.find("h3").get_text(strip=True) == "Stefanie Vöckler"
    assert article.find("h2") is None


def test_card_carries_schema_org_person_microdata_and_no_script():
    card = render_card(stefanie())
    person = card.find(attrs={"itemtype": "https://schema.org/Person"})
    props = {
        tag["itemprop"]: tag.get_text(strip=True)
        for tag in person.select("[itemprop]")
        if tag.find_parent(attrs={"itemscope": True}) is person
    }
    assert props["name"] == "Stefanie Vöckler"
    assert props["jobTitle"] == "WIR-Koordinatorin"
    assert props["telephone"] == "05651 302-30305"
    assert props["email"] == "stefanie.voeckler@werra-meissner-kreis.de"
    assert "Jugend, Familie, Senioren und Soziales" in props["worksFor"]
    assert card.find("script") is None
    assert card.find(attrs={"style": True}) is None


def test_card_offers_a_vcard_download_named_for_the_person():
    link = render_card(stefanie()).select_one("a.contact-card__vcard-link")
    assert link["href"] == "/ansprechpartner/stefanie-voeckler.vcf"
    assert "Stefanie Vöckler" in link.get_text(" ", strip=True)
    assert visible_text(link) == "Kontakt speichern (vCard)"


def test_card_lists_languages_with_native_names_and_topics():
    contact = stefanie(
        languages=[
            LanguageFactory(code="de", name="Deutsch", native_name="Deutsch"),
            LanguageFactory(code="ar", name="Arabisch", native_name="العربية"),
        ],
        topics=[TopicFactory(slug="fallmanagement", name="Fallmanagement")],
    )
    card = render_card(contact)
    facts = {
        dt.get_text(strip=True): [li.get_text(" ", strip=True) for li in dt.find_next("dd")("li")]
        for dt in card.select(".contact-card__facts dt")
    }
    assert facts == {"Spricht": ["Arabisch ( العربية )", "Deutsch"], "Themen": ["Fallmanagement"]}
    assert card.find("bdi", lang="ar").get_text() == "العربية"
    assert [tag["value"] for tag in card.select('[itemprop="knowsLanguage"]')] == ["ar", "de"]


def test_card_shows_office_hours_line_by_line():
    card = render_card(stefanie(office_hours="Mo–Do 9–12 Uhr\nund nach Vereinbarung"))
    hours = card.find("dt", string="Sprechzeiten").find_next("dd")
    assert hours.find("br") is not None
    assert "und nach Vereinbarung" in hours.get_text()


def test_card_photo_uses_the_image_description_as_alt_text():
    photo = ImageFactory(description="Porträt von Stefanie Vöckler")
    img = render_card(stefanie(photo=photo)).select_one("picture img")
    assert img["alt"] == "Porträt von Stefanie Vöckler"
    assert img["loading"] == "lazy"


def test_card_without_optional_data_has_no_empty_address():
    card = render_card(ContactFactory(phone="", email="", unit=""))
    assert card.find("address") is None
    assert card.select_one(".contact-card__unit") is None


def test_related_contacts_section_has_a_heading_and_level_three_cards():
    contacts = list(Contact.objects.for_cards().filter(pk=stefanie().pk))
    html = render_to_string(
        "components/related_contacts.html", {"contacts": contacts, "heading": "Veranstaltet von"}
    )
    section = BeautifulSoup(html, "html.parser").find("section")
    assert section.h2.get_text(strip=True) == "Veranstaltet von"
    assert [h3.get_text(strip=True) for h3 in section("h3")] == ["Stefanie Vöckler"]


def test_related_contacts_renders_nothing_without_contacts():
    assert render_to_string("components/related_contacts.html", {"contacts": []}).strip() == ""
