"""Bench data of the contacts: many published contact persons of a site (see
devtools/generators/).

Fictional names, @example.org addresses and phone numbers from the range kept free for media
(030 23125), like the demo's illustrative contacts.
"""

import uuid

from django.utils.text import slugify

from wagtail.models import Locale

from contacts.models import Contact, Language, Topic
from integrationsnetz.phone import normalise_phone

from .bulk import GROUPS, TOWNS, missing, rng_for

OPTION = "contacts"
MODELS = (Contact,)
DEFAULT = 200
FIRST_NAMES = [
    "Anna", "Mehmet", "Olena", "Jonas", "Fatima", "Lukas", "Sara", "Dmytro", "Leonie", "Ahmad",
    "Marie", "Yusuf", "Katarzyna", "Paul", "Amira", "Tobias", "Hanna", "Reza", "Elif", "Felix",
]  # fmt: skip
LAST_NAMES = [
    "Schneider", "Yılmaz", "Kowalenko", "Becker", "Haddad", "Wagner", "Nowak", "Hoffmann",
    "Rahimi", "Schäfer", "Petrenko", "Koch", "Demir", "Richter", "Karimi", "Wolf", "Özdemir",
]  # fmt: skip
ROLES = ["Beraterin", "Berater", "Koordinatorin", "Koordinator", "Sprachmittlerin", "Lotse"]


def name_and_slug(site, number):
    """The name and slug of contact `number` of `site` (slugs are unique across sites)."""
    rng = rng_for("contact", number)
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return name, f"{slugify(name)}-beispiel-{site.pk}-{number}"


def generate(site, count, progress=None):
    """`count` published contacts of `site`, shown in its directory."""
    wanted = missing(
        [(number, name_and_slug(site, number)[1]) for number in range(1, count + 1)],
        Contact.objects.filter(site=site).values_list("slug", flat=True),
    )
    if not wanted:
        return 0
    german = Locale.get_default()
    topics = list(Topic.objects.all())
    languages = list(Language.objects.all())
    contacts, topic_rows, language_rows = [], [], []
    for number, slug in wanted:
        rng = rng_for("contact", number)
        name = name_and_slug(site, number)[0]
        contacts.append(
            Contact(
                site=site,
                name=name,
                slug=slug,
                role=f"{rng.choice(ROLES)} für {rng.choice(GROUPS)}",
                unit=f"Beratungsstelle {rng.choice(TOWNS)} (Beispielkontakt)",
                phone=normalise_phone(f"030 23125-{number % 1000:03d}"),
                email=f"{slug}@example.org",
                office_hours="Mo–Do 9–12 Uhr\nund nach Vereinbarung",
                locale=german,
                translation_key=uuid.uuid4(),
            )
        )
        topic_rows.append(rng.sample(topics, min(len(topics), rng.randrange(1, 4))))
        language_rows.append(rng.sample(languages, min(len(languages), rng.randrange(1, 4))))
    Contact.objects.bulk_create(contacts, batch_size=500)
    if progress:
        progress("Ansprechpersonen", len(contacts), len(contacts))
    TopicLink, LanguageLink = Contact.topics.through, Contact.languages.through
    TopicLink.objects.bulk_create(
        [
            TopicLink(contact_id=contact.pk, topic_id=topic.pk)
            for contact, contact_topics in zip(contacts, topic_rows, strict=True)
            for topic in contact_topics
        ]
    )
    LanguageLink.objects.bulk_create(
        [
            LanguageLink(contact_id=contact.pk, language_id=language.pk)
            for contact, contact_languages in zip(contacts, language_rows, strict=True)
            for language in contact_languages
        ]
    )
    return len(contacts)
