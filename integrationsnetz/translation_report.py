"""Report "Übersetzungen": which published German pages of the editor's centres lack which
language, and which translations are out of date ("veraltet", translation_status.py).

One row per German page of the centres the editor works for (`site_permissions`), one column
per language (or only the language chosen with `?sprache=`), with a link to the translation
(its edit view is wagtail-localize's translation editor), to wagtail-localize's "Übersetzungen
aktualisieren" with the date of the German change when it is out of date, or to "Übersetzen"
when it is missing. Page types that are German by nature (`german_only = True`: Leichte
Sprache, Gebärdensprache) are left out. A fixed number of queries, however many pages and
languages there are.
"""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, get_page_models

from wagtail_localize.models import TranslationSource

from .site_permissions import edits_all_sites, sites_for_user
from .translation_status import changed_since

TITLE = _("Übersetzungen")


def target_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def german_only_types():
    return ContentType.objects.get_for_models(
        *(model for model in get_page_models() if getattr(model, "german_only", False))
    ).values()


def pages_of_user_centres(user):
    """The live German pages below the home pages of the centres the user works for."""
    pages = (
        Page.objects.live()
        .filter(locale=Locale.get_default(), depth__gt=1)
        .exclude(content_type__in=german_only_types())
    )
    if edits_all_sites(user):
        return pages
    homes = [site.root_page.path for site in sites_for_user(user)]
    if not homes:
        return pages.none()
    scope = Q()
    for path in homes:
        scope |= Q(path__startswith=path)
    return pages.filter(scope)


def chosen_languages(request):
    """All target languages, or the one chosen with `?sprache=` (a known code only)."""
    languages = target_languages()
    chosen = request.GET.get("sprache", "")
    return [(code, name) for code, name in languages if code == chosen] or languages


@permission_required("wagtailadmin.access_admin")
def missing_translations(request):
    default = Locale.get_default()
    pages = list(
        pages_of_user_centres(request.user)
        .order_by("path")
        .only("id", "title", "path", "depth", "translation_key", "last_published_at")
    )
    keys = [page.translation_key for page in pages]
    translated = {}
    for key, code, pk, published_at, alias_of in (
        Page.objects.filter(translation_key__in=keys)
        .exclude(locale=default)
        .values_list(
            "translation_key", "locale__language_code", "pk", "last_published_at", "alias_of_id"
        )
    ):
        translated[(key, code)] = (pk, published_at, alias_of)
    sources, synced = {}, {}
    for key, pk, last_updated_at in TranslationSource.objects.filter(
        object_id__in=keys, locale=default
    ).values_list("object_id", "pk", "last_updated_at"):
        sources[key], synced[key] = pk, last_updated_at
    languages = chosen_languages(request)
    rows = []
    counts = {
        code: {"code": code, "name": name, "missing": 0, "outdated": 0} for code, name in languages
    }
    for page in pages:
        cells = []
        for code, name in languages:
            pk, published_at, alias_of = translated.get(
                (page.translation_key, code), (None, None, None)
            )
            changed_at = None
            if pk is None:
                counts[code]["missing"] += 1
            elif alias_of is None:
                changed_at = changed_since(
                    published_at, page.last_published_at, synced.get(page.translation_key)
                )
                counts[code]["outdated"] += bool(changed_at)
            source = sources.get(page.translation_key)
            cells.append(
                {
                    "language": name,
                    "url": reverse("wagtailadmin_pages:edit", args=[pk]) if pk else "",
                    "changed_at": changed_at,
                    "update_url": (
                        reverse("wagtail_localize:update_translations", args=[source])
                        if changed_at and source
                        else ""
                    ),
                }
            )
        rows.append(
            {
                "page": page,
                "indent": page.depth - 2,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "translate_url": reverse(
                    "wagtail_localize:submit_page_translation", args=[page.pk]
                ),
                "cells": cells,
            }
        )
    return render(
        request,
        "integrationsnetz/admin/missing_translations.html",
        {
            "page_title": TITLE,
            "header_title": TITLE,
            "all_languages": target_languages(),
            "chosen": request.GET.get("sprache", "") if len(languages) == 1 else "",
            "languages": languages,
            "counts": counts.values(),
            "rows": rows,
            "missing": sum(count["missing"] for count in counts.values()),
            "outdated": sum(count["outdated"] for count in counts.values()),
        },
    )
