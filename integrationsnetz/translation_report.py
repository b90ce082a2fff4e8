"""Report "Fehlende Übersetzungen": which published German pages lack which language.

For the coordinator: one row per German page of the site, one column per language, with a
link to the translation or to wagtail-localize's "Übersetzen" when it is missing. Two queries,
however many pages and languages there are.
"""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

TITLE = _("Fehlende Übersetzungen")


def target_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@permission_required("wagtailadmin.access_admin")
def missing_translations(request):
    default = Locale.get_default()
    pages = list(
        Page.objects.live()
        .filter(locale=default, depth__gt=1)
        .order_by("path")
        .only("id", "title", "path", "depth", "translation_key")
    )
    translated = {}
    for key, code, pk in (
        Page.objects.filter(translation_key__in=[page.translation_key for page in pages])
        .exclude(locale=default)
        .values_list("translation_key", "locale__language_code", "pk")
    ):
        translated[(key, code)] = pk
    languages = target_languages()
    rows, missing = [], 0
    for page in pages:
        cells = []
        for code, name in languages:
            pk = translated.get((page.translation_key, code))
            if pk is None:
                missing += 1
            cells.append(
                {
                    "language": name,
                    "url": reverse("wagtailadmin_pages:edit", args=[pk]) if pk else "",
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
            "languages": languages,
            "rows": rows,
            "missing": missing,
        },
    )
