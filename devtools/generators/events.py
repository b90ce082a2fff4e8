"""Bench data of the events: many events in a site's calendar (see devtools/generators/)."""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from contacts.models import Contact, Language
from events.models import EventCategory, EventIndexPage, EventOrganiser, EventPage

from .bulk import (
    THINGS,
    TOWNS,
    add_children,
    german_text,
    missing,
    paragraphs,
    rng_for,
)

OPTION = "events"
MODELS = (EventPage,)
DEFAULT = 1_000
# About two years back and one year ahead of the day the generator runs.
DAYS_BACK, DAYS_AHEAD = 730, 365
VENUES = ["Bürgerhaus", "Stadtbücherei", "Gemeindehaus", "Jugendzentrum", "Kreishaus", "Rathaus"]


def title_and_slug(number):
    """The title and slug of event `number`, the same on every run."""
    rng = rng_for("event", number)
    title = f"{rng.choice(THINGS)} in {rng.choice(TOWNS)}"
    return title, f"{slugify(title)[:60]}-{number}"


def generate(site, count, progress=None):
    """`count` events in the calendar of `site` (none where it has no calendar)."""
    index = EventIndexPage.objects.child_of(site.root_page).first()
    if index is None:
        return 0
    wanted = missing(
        [(number, title_and_slug(number)[1]) for number in range(1, count + 1)],
        EventPage.objects.child_of(index).values_list("slug", flat=True),
    )
    if not wanted:
        return 0
    categories = list(EventCategory.objects.all())
    languages = list(Language.objects.all())
    contacts = list(Contact.objects.live().for_site(site).values_list("pk", flat=True))
    today = timezone.localdate()
    pages, language_rows, contact_rows = [], [], []
    for number, slug in wanted:
        rng = rng_for("event", number)
        town = rng.choice(TOWNS)
        day = today + datetime.timedelta(days=rng.randrange(-DAYS_BACK, DAYS_AHEAD))
        start = timezone.make_aware(
            datetime.datetime.combine(day, datetime.time(rng.randrange(9, 20), 0))
        )
        pages.append(
            EventPage(
                title=title_and_slug(number)[0],
                slug=slug,
                teaser=german_text(rng, 2, town=town)[:300],
                start=start,
                end=start + datetime.timedelta(hours=rng.randrange(1, 4)),
                venue_name=f"{rng.choice(VENUES)} {town}",
                street=f"Marktplatz {rng.randrange(1, 40)}",
                postal_code=f"37{rng.randrange(200, 300)}",
                city=town,
                is_free=rng.random() < 0.8,
                category=rng.choice(categories) if categories else None,
                step_free=rng.random() < 0.6,
                accessible_toilet=rng.random() < 0.4,
                body=paragraphs(rng, rng.randrange(1, 4)),
                first_published_at=start - datetime.timedelta(days=30),
            )
        )
        language_rows.append(rng.sample(languages, min(len(languages), rng.randrange(1, 3))))
        contact_rows.append(rng.sample(contacts, min(len(contacts), rng.randrange(0, 2))))
    add_children(index, pages, progress, "Veranstaltungen")
    Through = EventPage.languages.through
    Through.objects.bulk_create(
        [
            Through(eventpage_id=page.pk, language_id=language.pk)
            for page, page_languages in zip(pages, language_rows, strict=True)
            for language in page_languages
        ],
        batch_size=1000,
    )
    EventOrganiser.objects.bulk_create(
        [
            EventOrganiser(page_id=page.pk, contact_id=contact, sort_order=order)
            for page, page_contacts in zip(pages, contact_rows, strict=True)
            for order, contact in enumerate(page_contacts)
        ],
        batch_size=1000,
    )
    return len(pages)
