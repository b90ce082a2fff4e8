"""The site search (/suche/): pages of the current site plus what domain apps add.

Domain apps add results through the Wagtail hook `register_site_search` (a function taking the
request and a Wagtail search query, returning `SearchResult`s), so the ground
floor knows no domain app; `contacts` adds its contact persons that way. Pages say how they
appear in the results through three optional attributes:

- `search_result_type`: the label, e.g. "Nachricht" (default "Seite"),
- `search_result_date()`: a date or datetime shown with the result (default none),
- `search_result_is_past()`: true for events that are over.

PostgreSQL's German stemming finds "Integrationskonzepte" for "Integrationskonzept"; Latin and
Greek plurals it cannot stem ("Vielfaltszentren", "Gremien", "Themen") are searched in their
singular form too (`word_variants`). All words must match first; when that finds nothing and
the query has several words, any word may match, and the page says so.
"""

import itertools
import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page, Site, get_page_models
from wagtail.search.query import And, Or, PlainText
from wagtail.search.utils import normalise_query_string

from . import page_cache
from .i18n import localized_root
from .view_restrictions import public

SEARCH_HOOK = "register_site_search"
# More results than this are not worth paging through; it also bounds the work per request.
MAX_RESULTS = 200
PAGE_RESULT_TYPE = _("Seite")
# A query needs at least one letter or digit; "%&§" and the like are not searched.
SEARCHABLE = re.compile(r"\w")


@dataclass
class SearchResult:
    title: str
    url: str
    type: str
    summary: str = ""
    date: object = None
    is_past: bool = False
    score: float = 0.0
    extra: dict = field(default_factory=dict)


def is_searchable(query):
    return bool(SEARCHABLE.search(query))


def _page_result(request, page, score):
    date_method = getattr(page, "search_result_date", None)
    past_method = getattr(page, "search_result_is_past", None)
    summary = (
        page.search_description or getattr(page, "teaser", "") or getattr(page, "intro", "") or ""
    )
    return SearchResult(
        title=page.title,
        url=page.get_url(request),
        type=getattr(page, "search_result_type", PAGE_RESULT_TYPE),
        summary=summary,
        date=date_method() if date_method else None,
        is_past=bool(past_method()) if past_method else False,
        score=score,
    )


def word_variants(word):
    """The word and its singular if it looks like a Latin or Greek plural:
    "Zentren" → "Zentrum", "Gremien" → "Gremium", "Themen" → "Thema"."""
    variants = [word]
    lower = word.lower()
    if lower.endswith("ien") and len(word) > 5:
        variants.append(word[:-3] + "ium")
    elif lower.endswith("en") and len(word) > 5:
        variants += [word[:-2] + "um", word[:-2] + "a"]
    return variants


def build_query(text, operator):
    """A Wagtail search query: every word (with its variants) must match ("and") or any word."""
    words = [word for word in text.split() if is_searchable(word)]
    parts = []
    for word in words:
        variants = [PlainText(variant) for variant in word_variants(word)]
        parts.append(variants[0] if len(variants) == 1 else Or(variants))
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


def public_pages(request):
    """`Page.objects.live().public()` without its query (view_restrictions.public)."""
    return public(Page.objects.live())


def search_pages(request, search_query):
    # The page tree of the current language (the German one if the language has none yet).
    root = localized_root(request)
    pages = public_pages(request)
    if root is not None:
        pages = pages.descendant_of(root, inclusive=True)
    paths = _specific_paths()
    found = pages.select_related(*paths.values()).search(search_query)
    found = found.annotate_score("_score")[:MAX_RESULTS]
    return [_page_result(request, _specific(page, paths), page._score or 0) for page in found]


def _specific_paths():
    """{content type id: select_related path from Page to that page type}, e.g.
    "newsarticlepage": the results come as their page types in the search's one query,
    instead of one more query per page type that `specific()` makes."""
    paths = {}
    models = [model for model in get_page_models() if model is not Page]
    types = ContentType.objects.get_for_models(*models)
    for model in models:
        chain = [*reversed(model._meta.get_parent_list()), model]
        if chain[0] is not Page:
            continue
        steps = [
            child._meta.get_ancestor_link(parent).remote_field.get_accessor_name()
            for parent, child in itertools.pairwise(chain)
        ]
        paths[types[model].pk] = "__".join(steps)
    return paths


def _specific(page, paths):
    """The page as its page type, from the joined rows; Wagtail's query where none are."""
    path = paths.get(page.content_type_id)
    if path:
        specific = page
        try:
            for step in path.split("__"):
                specific = getattr(specific, step)
        except ObjectDoesNotExist:
            pass
        else:
            return specific
    return page.specific


def promoted_results(request, query):
    """The editors' promoted results for this query ("Empfohlene Suchergebnisse"): pages of
    this site that are live and public, and external links.

    All promotions of the site are kept in the fragment cache of the search page, which every
    publish and a changed promotion purge (PAGE_CACHE_ALWAYS_PURGE, signals.py).
    """
    promotions = page_cache.remember(
        request, "search-promotions", lambda: _all_promotions(request), per_path=True
    )
    return list(promotions.get(normalise_query_string(query), []))


def _all_promotions(request):
    """{normalised query: [SearchResult, ...]} for every promotion this site may show."""
    site = Site.find_for_request(request)
    promotions = SearchPromotion.objects.select_related("query", "page").order_by(
        "query", "sort_order"
    )
    results = {}
    for promotion in promotions:
        if promotion.page_id:
            page = promotion.page.specific
            if not (page.live and page.get_view_restrictions().count() == 0):
                continue
            if (
                site is not None
                and not page.is_descendant_of(site.root_page)
                and page != site.root_page
            ):
                continue
            result = _page_result(request, page, 0)
        else:
            result = SearchResult(
                title=promotion.external_link_text or promotion.external_link_url,
                url=promotion.external_link_url,
                type=PAGE_RESULT_TYPE,
            )
        if promotion.description:
            result.summary = promotion.description
        results.setdefault(promotion.query.query_string, []).append(result)
    return results


def count_search(query):
    """Count a search for the editors' "Häufige Suchanfragen" (Wagtail's Query.add_hit): one
    UPDATE when the query was already searched for today, Wagtail's way the first time."""
    today = timezone.now().date()
    counted = QueryDailyHits.objects.filter(
        query__query_string=normalise_query_string(query), date=today
    ).update(hits=F("hits") + 1)
    if not counted:
        Query.get(query).add_hit(date=today)


def _run(request, text, operator):
    search_query = build_query(text, operator)
    results = search_pages(request, search_query)
    for search in hooks.get_hooks(SEARCH_HOOK):
        results.extend(search(request, search_query))
    # Stable sort: equal scores keep pages first, in the backend's order.
    results.sort(key=lambda result: result.score, reverse=True)
    return results[:MAX_RESULTS]


def site_search(request, query):
    """(results, any_word): all words first, then any word when that finds nothing."""
    if not is_searchable(query):
        return [], False
    results = _run(request, query, "and")
    if results or len(query.split()) < 2:
        return results, False
    return _run(request, query, "or"), True
