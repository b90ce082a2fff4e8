"""Is a translation out of date ("veraltet")? Read from the data Wagtail and wagtail-localize
keep anyway, no table of our own:

- `Page.last_published_at` of the German source page: when the German text last changed for
  visitors;
- `Page.last_published_at` of the translation: when the translation was last published;
- `TranslationSource.last_updated_at` (wagtail-localize): when the German content was last
  carried into the translation editor ("Übersetzen" or "Übersetzungen aktualisieren").

A published translation is out of date when its German page was published after it, or after
the last synchronisation (a translation published without "Übersetzungen aktualisieren" still
lacks the German change). "Übersetzungen aktualisieren" and then publishing the translation
clears it. Aliases (wagtail-localize's placeholders that show the German page) are never out of
date, nor are drafts that were never published. The date of the change is the German page's
`last_published_at`.
"""

from django.conf import settings
from django.db.models import OuterRef, Subquery

from wagtail.models import Page

from wagtail_localize.models import TranslationSource


def with_source_dates(pages):
    """Annotate `pages` with `source_published_at` (the German page's last publication),
    `source_synced_at` (wagtail-localize's last extraction of it) and `translation_source_id`
    (for its "Übersetzungen aktualisieren"): subqueries, no query of their own."""
    german = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    )
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    )
    return pages.annotate(
        source_published_at=Subquery(german.values("last_published_at")[:1]),
        source_synced_at=Subquery(sources.values("last_updated_at")[:1]),
        translation_source_id=Subquery(sources.values("pk")[:1]),
    )


def changed_since(last_published_at, source_published_at, source_synced_at):
    """The date of the German change a translation published at `last_published_at` lacks,
    or None when it is up to date."""
    if last_published_at is None or source_published_at is None:
        return None
    if source_published_at > last_published_at:
        return source_published_at
    if source_synced_at is not None and source_published_at > source_synced_at:
        return source_published_at
    return None


def outdated_since(page):
    """For a page annotated by `with_source_dates`: when its German page changed after it was
    translated, or None (a German page, an alias, a draft, an up-to-date translation)."""
    if getattr(page, "alias_of_id", None):
        return None
    source_published_at = getattr(page, "source_published_at", None)
    if source_published_at is None or source_published_at == page.last_published_at:
        # No German page, or the page is itself the German one (the same publication).
        return None
    return changed_since(
        page.last_published_at, source_published_at, getattr(page, "source_synced_at", None)
    )


def source_change(page):
    """The German page of a published translation, annotated, with `changed_at` set when the
    translation lacks a later German change; None for a German page or an up-to-date
    translation. One query."""
    if not isinstance(page, Page) or page.alias_of_id or page.last_published_at is None:
        return None
    german = (
        with_source_dates(
            Page.objects.filter(
                translation_key=page.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            ).exclude(pk=page.pk)
        )
        .live()
        .select_related("locale")
        .first()
    )
    if german is None:
        return None
    german.changed_at = changed_since(
        page.last_published_at, german.last_published_at, german.source_synced_at
    )
    return german if german.changed_at else None
