"""Building blocks of the bench data generators (devtools/generators/): bulk page inserts,
German filler text and a progress bar.

Pages are inserted in bulk, not one `add_child` and revision each (that takes minutes for
10,000 pages): the tree paths are computed the way treebeard does (`tree_step`), the
`wagtailcore_page` rows go in with `bulk_create` and the rows of the page type's own table with
one INSERT per batch. No revisions or signals: bench pages are published as they are. The
callers clear the page cache afterwards, and `bench_data` puts what is missing into the search
index (`index_for_search`: Wagtail's backend in batches; `bench_pages` leaves it out).
"""

import datetime
import random
import sys
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

BATCH = 500

TOWNS = [
    "Eschwege",
    "Witzenhausen",
    "Hessisch Lichtenau",
    "Sontra",
    "Bad Sooden-Allendorf",
    "Großalmerode",
    "Wanfried",
    "Herleshausen",
    "Waldkappel",
    "Meinhard",
    "Ringgau",
    "Berkatal",
    "Neu-Eichenberg",
    "Wehretal",
    "Weißenborn",
    "Meißner",
]
GROUPS = [
    "Ehrenamtliche",
    "Sprachpatinnen und Sprachpaten",
    "Eltern",
    "Jugendliche",
    "Seniorinnen und Senioren",
    "Vereine",
    "Schulen",
    "Kirchengemeinden",
    "Betriebe",
    "Geflüchtete Familien",
    "Fachkräfte aus der Pflege",
    "Sportvereine",
    "Kitas",
    "Frauengruppen",
]
THINGS = [
    "Begegnungscafé",
    "Sprachkurs",
    "Nähwerkstatt",
    "Fahrradwerkstatt",
    "Hausaufgabenhilfe",
    "Kochabend",
    "Lesepatenschaft",
    "Beratungstag",
    "Sommerfest",
    "Workshop zur Einfachen Sprache",
    "Infoabend zur Anerkennung von Abschlüssen",
    "Gesprächskreis",
    "Stadtspaziergang",
    "Theaterprojekt",
    "Chor der Kulturen",
    "Bewerbungstraining",
    "Gartenprojekt",
    "Elternfrühstück",
]
VERBS = [
    "startet",
    "sucht Verstärkung",
    "feiert Jubiläum",
    "zieht Bilanz",
    "geht in die zweite Runde",
    "lädt ein",
    "bekommt Fördermittel",
    "stellt sich vor",
    "wächst weiter",
    "öffnet neue Türen",
]
SENTENCES = [
    "Seit dem Frühjahr treffen sich {group} aus {town} regelmäßig zum {thing}.",
    "Das Angebot ist kostenlos, eine Anmeldung ist nicht nötig.",
    "Die Idee entstand bei einem Treffen des Netzwerks im Kreishaus in Eschwege.",
    "Mehr als {number} Menschen haben in diesem Jahr schon mitgemacht.",
    "„Wir lernen hier voneinander, und das in beide Richtungen“, sagt eine Teilnehmerin.",
    "Unterstützt wird das Projekt vom WIR-Vielfaltszentrum und von {group} vor Ort.",
    "Wer mitmachen möchte, kann einfach vorbeikommen oder sich vorher melden.",
    "Für Kinder gibt es während der Treffen eine Betreuung.",
    "Gesprochen wird Deutsch, bei Bedarf helfen Ehrenamtliche beim Übersetzen.",
    "Die Räume sind stufenlos erreichbar, ein barrierefreies WC ist vorhanden.",
    "Im Herbst soll das Angebot auch in {town} starten.",
    "Die Stadt {town} stellt dafür kostenlos einen Raum zur Verfügung.",
    "Fragen beantworten die WIR-Koordinierungskräfte gern am Telefon oder per E-Mail.",
    "Nach dem offiziellen Teil blieben viele noch lange zum Gespräch.",
    "Die Ergebnisse fließen in die Fortschreibung des Integrationskonzepts ein.",
    "Besonders gefragt waren Tipps zu Behördengängen, Wohnungssuche und Ausbildung.",
    "Der nächste Termin wird rechtzeitig im Veranstaltungskalender bekannt gegeben.",
    "Ein herzlicher Dank geht an alle, die das möglich gemacht haben.",
]


def german_text(rng, sentences, **extra):
    """A few sentences of plausible German news text, varied by the random generator."""
    chosen = rng.sample(SENTENCES, sentences)
    values = {
        "group": rng.choice(GROUPS),
        "town": rng.choice(TOWNS),
        "thing": rng.choice(THINGS),
        "number": rng.randrange(12, 400),
        **extra,
    }
    return " ".join(sentence.format(**values) for sentence in chosen)


def paragraphs(rng, count):
    """StreamField data of `count` paragraph blocks (the raw JSON form)."""
    return [
        {
            "type": "paragraph",
            "value": f"<p>{german_text(rng, rng.randrange(3, 6))}</p>",
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
        }
        for _ in range(count)
    ]


def day_at(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class Progress:
    """A percentage and a bar on stderr, rewritten in place, so stdout stays clean."""

    def __init__(self, write=None):
        self.write = write or sys.stderr.write

    def __call__(self, label, done, total):
        share = done / total if total else 1
        bar = "#" * int(share * 30)
        self.write(f"\r  {label:24} [{bar:30}] {share:4.0%} {done}/{total}")
        if done >= total:
            self.write("\n")


def add_children(parent, pages, progress=None, label=""):
    """Insert the unsaved pages (all of one specific type) as published children of `parent`.

    The callers set title, slug and the type's own fields; this sets the tree fields. Returns
    the pages, saved (their ids set).
    """
    if not pages:
        return pages
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    depth = parent.depth + 1
    last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
    step = int(last[-Page.steplen :], 36) + 1 if last else 1
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    own_fields = model._meta.local_concrete_fields
    now = timezone.now()
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        for offset, page in enumerate(batch):
            page.path = parent.path + tree_step(step + start + offset)
            page.depth = depth
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.content_type = content_type
            page.locale_id = parent.locale_id
            page.translation_key = uuid.uuid4()
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.first_published_at or now
            page.last_published_at = page.first_published_at
        rows = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in batch]
        )
        for page, row in zip(batch, rows, strict=True):
            page.id = page.page_ptr_id = row.id
        insert_rows(model, own_fields, batch)
        if progress:
            progress(label, start + len(batch), len(pages))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def tree_step(number):
    """The last `Page.steplen` characters of a tree path: `number` in base 36, as treebeard
    numbers siblings."""
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[rest] + digits
    return digits.rjust(Page.steplen, "0")


def insert_rows(model, fields, objects):
    """One INSERT of the page type's own columns (the Page rows exist already): bulk_create
    cannot insert the child rows of multi-table inheritance."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    rows = [
        [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]
        for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)  # noqa: S608


def missing(numbers_and_slugs, existing_slugs):
    """The (number, slug) pairs whose slug is not there yet."""
    existing = set(existing_slugs)
    return [(number, slug) for number, slug in numbers_and_slugs if slug not in existing]


def rng_for(kind, number):
    """The same random choices for the same object on every run."""
    return random.Random(f"{kind}-{number}")  # noqa: S311 (test data, not security)


def index_for_search(model, progress=None, batch=500):
    """Add the objects of `model` that are not in the search index yet, in batches through
    Wagtail's search backend (as `update_index` does, for these objects only). Returns how many."""
    content_type = ContentType.objects.get_for_model(model)
    indexed = set(
        IndexEntry.objects.filter(content_type=content_type).values_list("object_id", flat=True)
    )
    pks = [pk for pk in model.objects.values_list("pk", flat=True) if str(pk) not in indexed]
    backend = get_search_backend()
    for start in range(0, len(pks), batch):
        chunk = pks[start : start + batch]
        backend.add_bulk(model, list(model.get_indexed_objects().filter(pk__in=chunk)))
        if progress:
            progress(f"Suchindex {model._meta.model_name}", start + len(chunk), len(pks))
    return len(pks)
