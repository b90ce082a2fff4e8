"""Many published pages below one parent in a few queries, for the benchmark (`bench_pages
--centres`), where creating thousands of pages one by one would take many minutes.

No revisions, no search index entries and no signals: good for measuring how pages are
served, not a way to add content editors will edit.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page

BATCH_SIZE = 500


@transaction.atomic
def bulk_add_children(parent, pages):
    """Insert `pages` (unsaved instances of one specific page type) as live children of
    `parent`, after any children it has."""
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    now = timezone.now()
    last_child = parent.get_last_child()
    position = int(last_child.path[-Page.steplen :], 36) if last_child else 0
    for number, page in enumerate(pages, start=position + 1):
        page.path = Page._get_path(parent.path, parent.depth + 1, number)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale = locale
        page.translation_key = uuid.uuid4()
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.last_published_at = now
    # Page rows first (they get their ids), then the page type's own table.
    base_rows = Page.objects.bulk_create(
        [
            Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
            for page in pages
        ],
        batch_size=BATCH_SIZE,
    )
    for page, row in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
    for start in range(0, len(pages), BATCH_SIZE):
        model._base_manager._insert(
            pages[start : start + BATCH_SIZE],
            fields=model._meta.local_concrete_fields,
            using=model._base_manager.db,
        )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages
