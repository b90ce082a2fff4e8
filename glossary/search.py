"""Glossary terms in the site search (`integrationsnetz.search`, hook `register_site_search`):
a result links to the term on the glossary page of the site and shows its explanation."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from integrationsnetz.search import MAX_RESULTS, SearchResult, visitor_search

from .models import GlossaryTerm
from .terms import glossary_for_request

TERM_RESULT_TYPE = _("Begriff im Glossar")


def search_glossary(request, search_query):
    """Published terms in the visitor's language, German ones where none is translated (the
    search index filters on plain columns only, so the languages are sorted out here)."""
    active, default = Locale.get_active(), Locale.get_default()
    terms = GlossaryTerm.objects.filter(live=True, locale_id__in={active.pk, default.pk})
    found = list(visitor_search(terms, search_query).annotate_score("_score")[:MAX_RESULTS])
    if not found:
        return []
    translated = set(
        GlossaryTerm.objects.filter(
            live=True,
            locale_id=active.pk,
            translation_key__in=[term.translation_key for term in found],
        ).values_list("translation_key", flat=True)
    )
    shown = [
        term
        for term in found
        if term.locale_id == active.pk or term.translation_key not in translated
    ]
    _lookup, glossary_url = glossary_for_request(request)
    return [
        SearchResult(
            title=term.term,
            url=f"{glossary_url}#{term.anchor}" if glossary_url else "",
            type=TERM_RESULT_TYPE,
            summary=term.explanation,
            score=term._score or 0,
        )
        for term in shown
    ]


def glossary_words(request):
    """The terms, so that "Meinten Sie …?" knows "Aufenthaltstitel" as well as page titles."""
    lookup, _url = glossary_for_request(request)
    return [term.term for term in lookup.values()]


def glossary_when_nothing_is_found(request):
    """A way on from an empty search (hook `register_search_help`)."""
    _lookup, url = glossary_for_request(request)
    if not url:
        return []
    return [
        {
            "title": gettext("Glossar: Wörter von Ämtern einfach erklärt"),
            "url": url,
            "text": gettext("Was bedeutet „Fiktionsbescheinigung“ oder „Bescheid“?"),
        }
    ]
