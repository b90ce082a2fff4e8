"""A contact person as a vCard 3.0 (RFC 2426), for "Kontakt speichern" on every contact card."""

from django.utils.translation import gettext as _

import vobject

from integrationsnetz.phone import phone_href


def _split_name(name):
    """(family, given) names: address books sort "Julia Kapinus" under "Kapinus"."""
    given, _space, family = name.strip().rpartition(" ")
    return family, given


def build_vcard(contact, organisation=None, photo_url=""):
    """The vCard text of `contact`; `organisation` is the site's OrganisationSettings."""
    card = vobject.vCard()
    family, given = _split_name(contact.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("fn").value = contact.name
    if contact.role:
        card.add("title").value = contact.role

    organisation_name = organisation.name if organisation else ""
    org = [part for part in (organisation_name, contact.unit) if part]
    if org:
        card.add("org").value = org

    tel_href = phone_href(contact.phone)
    if tel_href:
        tel = card.add("tel")
        tel.value = tel_href.removeprefix("tel:")
        tel.type_param = ["work", "voice"]

    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = ["work", "internet"]

    if organisation and organisation.street:
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(
            street=organisation.street, code=organisation.postal_code, city=organisation.city
        )
        adr.type_param = ["work"]

    if contact.office_hours:
        card.add("note").value = _("Sprechzeiten: %(hours)s") % {"hours": contact.office_hours}

    if photo_url:
        photo = card.add("photo")
        photo.value = photo_url
        photo.value_param = "uri"

    return card.serialize()
