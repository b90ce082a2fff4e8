"""Bench data of the news: many articles in a site's news (see devtools/generators/)."""

import datetime

from django.utils.text import slugify

from taggit.models import Tag

from contacts.models import Contact
from news.models import NewsArticleContact, NewsArticlePage, NewsArticleTag, NewsIndexPage

from .bulk import (
    GROUPS,
    THINGS,
    TOWNS,
    VERBS,
    add_children,
    day_at,
    german_text,
    missing,
    paragraphs,
    rng_for,
)

OPTION = "articles"
MODELS = (NewsArticlePage,)
DEFAULT = 10_000
TAGS = [
    "Fördermittel",
    "WIR-Programm",
    "Ehrenamt",
    "Beratung",
    "Tag gegen Rassismus",
    "Diversity-Tag",
    "Interkulturelle Woche",
    "Integrationskonzept",
    "Vielfaltsorientierte Öffnung",
    "Sprache",
    "Ausbildung",
    "Arbeit",
    "Familie",
    "Schule",
    "Sport",
    "Kultur",
    "Gesundheit",
    "Wohnen",
    *TOWNS,
]
# Articles reach back about twenty years, the newest a few days before today.
DAYS_BACK = 7300


def title_and_slug(number):
    """The title and slug of article `number`, the same on every run."""
    rng = rng_for("article", number)
    title = f"{rng.choice(THINGS)} in {rng.choice(TOWNS)} {rng.choice(VERBS)}"
    return title, f"{slugify(title)[:60]}-{number}"


def generate(site, count, progress=None):
    """`count` articles in the news of `site` (none where it has no news index)."""
    index = NewsIndexPage.objects.child_of(site.root_page).first()
    if index is None:
        return 0
    wanted = missing(
        [(number, title_and_slug(number)[1]) for number in range(1, count + 1)],
        NewsArticlePage.objects.child_of(index).values_list("slug", flat=True),
    )
    if not wanted:
        return 0
    tags = {}
    for name in TAGS:
        tag = Tag.objects.filter(name=name).first()
        tags[name] = tag or Tag.objects.create(name=name, slug=slugify(name))
    contacts = list(Contact.objects.live().for_site(site).values_list("pk", flat=True))
    today = datetime.date.today()
    pages, tag_rows, contact_rows = [], [], []
    for number, slug in wanted:
        rng = rng_for("article", number)
        title = title_and_slug(number)[0]
        day = today - datetime.timedelta(days=rng.randrange(3, DAYS_BACK))
        page = NewsArticlePage(
            title=title,
            slug=slug,
            date=day,
            teaser=german_text(rng, 2)[:300],
            body=paragraphs(rng, rng.randrange(3, 9)),
            first_published_at=day_at(day, rng.randrange(8, 18)),
            search_description=f"{rng.choice(GROUPS)} in {rng.choice(TOWNS)}",
        )
        pages.append(page)
        tag_rows.append([tags[name] for name in rng.sample(TAGS, rng.randrange(1, 4))])
        contact_rows.append(rng.sample(contacts, min(len(contacts), rng.randrange(0, 3))))
    add_children(index, pages, progress, "Nachrichten")
    NewsArticleTag.objects.bulk_create(
        [
            NewsArticleTag(content_object_id=page.pk, tag=tag)
            for page, page_tags in zip(pages, tag_rows, strict=True)
            for tag in page_tags
        ],
        batch_size=1000,
    )
    NewsArticleContact.objects.bulk_create(
        [
            NewsArticleContact(page_id=page.pk, contact_id=contact, sort_order=order)
            for page, page_contacts in zip(pages, contact_rows, strict=True)
            for order, contact in enumerate(page_contacts)
        ],
        batch_size=1000,
    )
    return len(pages)
