"""The site search (/suche/): pages of the current site plus what domain apps add.

Domain apps add results through the Wagtail hook `register_site_search` (a function taking the
request and a Wagtail search query, returning `SearchResult`s), so the ground
floor knows no domain app; `contacts` adds its contact persons that way. Pages say how they
appear in the results through three optional attributes:

- `search_result_type`: the label, e.g. "Nachricht" (default "Seite"),
- `search_result_date()`: a date or datetime shown with the result (default none),
- `search_result_is_past()`: true for events that are over.

Pages are found in one query on Page alone (Wagtail's database backend, PostgreSQL's
full-text index); only the results of the shown page of results are fetched as their page
types, one plain query per page type among them (`fill_page_results`).

PostgreSQL's German stemming finds "Integrationskonzepte" for "Integrationskonzept"; Latin and
Greek plurals it cannot stem ("Vielfaltszentren", "Gremien", "Themen") are searched in their
singular form too (`word_variants`). All words must match first; when that finds nothing and
the query has several words, any word may match, and the page says so.

A search never dead-ends (`tolerant_search`):
- words the editors keep as synonyms ("Kita, Kindergarten, Kindertagesstätte", snippet
  `SearchSynonyms`) are searched together;
- a query that finds nothing is compared with the words of the site (page titles and what
  domain apps add through the hook `register_search_vocabulary`, e.g. glossary terms), case
  and accents ignored: "Sprachcafe" is searched as "Sprachcafé", "Rassismuss" as "Rassismus"
  ("Meinten Sie …?"). This runs in Python on both databases, only when nothing was found;
- under a language prefix, German pages that have no translation in that language are found
  too (the site shows them there in German);
- a weekly event found four times (one page per date) is listed once, at its next date.
"""

import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText
from wagtail.search.utils import normalise_query_string

from .i18n import default_language, localized_root
from .models import SearchSynonyms

SEARCH_HOOK = "register_site_search"
VOCABULARY_HOOK = "register_search_vocabulary"
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
    # A page found by the search: title, url and the rest are filled in from its page type
    # only when the result is shown (fill_page_results).
    page: Page | None = None


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


def fold(text):
    """Lower case without accents: "Sprachcafé" and "sprachcafe" fold alike."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def synonym_groups():
    """{folded word: [its synonyms]} from the editors' SearchSynonyms, in one query."""
    groups = {}
    for synonyms in SearchSynonyms.objects.all():
        words = synonyms.word_list()
        for word in words:
            groups.setdefault(fold(word), []).extend(
                other for other in words if fold(other) != fold(word)
            )
    return groups


def build_query(text, operator, synonyms=None):
    """A Wagtail search query: every word (with its variants and synonyms) must match ("and")
    or any word."""
    words = [word for word in text.split() if is_searchable(word)]
    parts = []
    for word in words:
        spellings = [*word_variants(word), *(synonyms or {}).get(fold(word), [])]
        variants = [PlainText(variant) for variant in spellings]
        parts.append(variants[0] if len(variants) == 1 else Or(variants))
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


@cache
def backend_for_languages(languages):
    """Wagtail's search backend, its queries stemmed by each of these languages' rules."""
    return get_search_backend("default", SEARCH_LANGUAGES=languages)


def visitor_search(queryset, query):
    """`queryset.search(query)`, stemmed by the visitor's language and by German."""
    languages = tuple(dict.fromkeys((translation.get_language(), default_language())))
    return backend_for_languages(languages).search(query, queryset)


def public_pages(request):
    return Page.objects.live().public()


def search_pages(request, search_query):
    # The page tree of the current language (the German one if the language has none yet).
    root = localized_root(request)
    pages = public_pages(request)
    if root is not None:
        pages = pages.descendant_of(root, inclusive=True)
    found = visitor_search(pages, search_query).annotate_score("search_score")[:MAX_RESULTS]
    results = [
        SearchResult(title=page.title, url="", type="", score=page.search_score or 0, page=page)
        for page in found
    ]
    site = Site.find_for_request(request)
    if root is not None and site is not None and root.pk != site.root_page_id:
        results += untranslated_german_results(request, search_query, root, site.root_page)
    return results


def untranslated_german_results(request, search_query, root, german_root):
    """German pages found under a language prefix that have no translation in that language:
    the site shows them there in German, so a German word searched under /ar/ finds them."""
    pages = public_pages(request).descendant_of(german_root, inclusive=True)
    found = list(visitor_search(pages, search_query).annotate_score("search_score")[:MAX_RESULTS])
    translated = set(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in found],
            locale_id=root.locale_id,
        ).values_list("translation_key", flat=True)
    )
    results = []
    for page in found:
        if page.translation_key in translated:
            continue
        result = _page_result(request, page.specific, page.search_score or 0)
        result.extra["lang"] = "de"
        results.append(result)
    return results


def fill_page_results(request, results):
    """Fill in the page results among `results` (those shown) from their page types."""
    pending = [result for result in results if result.page is not None and not result.url]
    ids_by_type = defaultdict(list)
    for result in pending:
        ids_by_type[result.page.content_type_id].append(result.page.pk)
    specific = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:  # a page type whose code is gone: shown as a plain page
            continue
        specific.update(model.objects.in_bulk(ids))
    for result in pending:
        page_result = _page_result(request, specific.get(result.page.pk, result.page), result.score)
        for name in ("title", "url", "type", "summary", "date", "is_past"):
            setattr(result, name, getattr(page_result, name))
    return results


def promoted_results(request, query):
    """The editors' promoted results for this query ("Empfohlene Suchergebnisse"): pages of
    this site that are live and public, and external links."""
    site = Site.find_for_request(request)
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    results = []
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
        results.append(result)
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


def _run(request, text, operator, synonyms=None):
    search_query = build_query(text, operator, synonyms)
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


def vocabulary(request):
    """{folded word: word} of the site's page titles (its language and German) and what
    domain apps add (hook `register_search_vocabulary`), for "Meinten Sie …?"."""
    texts = []
    site = Site.find_for_request(request)
    if site is not None:
        roots = Q(path__startswith=site.root_page.path)
        root = localized_root(request)
        if root is not None:
            roots |= Q(path__startswith=root.path)
        texts += Page.objects.live().filter(roots).values_list("title", flat=True)
    for words in hooks.get_hooks(VOCABULARY_HOOK):
        texts += list(words(request))
    known = {}
    for text in texts:
        for word in re.findall(r"\w{4,}", text):
            known.setdefault(fold(word), word)
    return known


def suggestion(request, query, synonyms):
    """The query with each unknown word replaced by the closest word of the site ("Rassismuss"
    → "Rassismus", "Sprachcafe" → "Sprachcafé"), or None when nothing is to be corrected."""
    known = vocabulary(request)
    for group in synonyms.values():
        for word in group:
            known.setdefault(fold(word), word)
    corrected = []
    for word in query.split():
        folded = fold(word)
        if folded in known:
            # The site's spelling where it differs beyond case: "Sprachcafe" → "Sprachcafé".
            spelled = known[folded]
            corrected.append(spelled if spelled.casefold() != word.casefold() else word)
            continue
        close = difflib.get_close_matches(folded, known.keys(), n=1, cutoff=0.8)
        corrected.append(known[close[0]] if close else word)
    text = " ".join(corrected)
    return text if text != " ".join(query.split()) else None


def fill_dated_results(request, results):
    """Fill in the page results of page types that have a date (events) ahead of the rest:
    a series needs its dates to be listed once."""
    dated = []
    for result in results:
        if result.page is not None and not result.url:
            model = ContentType.objects.get_for_id(result.page.content_type_id).model_class()
            if model is not None and hasattr(model, "search_result_is_past"):
                dated.append(result)
    fill_page_results(request, dated)


def once_per_series(results):
    """A repeated event (one page per date, same title) once: at its next date, or its most
    recent one when all are past. Other results keep their order."""
    best = {}
    for index, result in enumerate(results):
        if result.date is None:
            continue
        key = (str(result.type), result.title)
        kept = best.get(key)
        if kept is None or _comes_first(result, results[kept]):
            best[key] = index
    keep = set(best.values())
    return [result for index, result in enumerate(results) if result.date is None or index in keep]


def _comes_first(result, other):
    if result.is_past != other.is_past:
        return not result.is_past
    if result.is_past:
        return result.date > other.date
    return result.date < other.date


def tolerant_search(request, query):
    """(results, any_word, corrected query or None): synonyms applied; when nothing is found,
    the closest words of the site are searched instead; each event series once."""
    if not is_searchable(query):
        return [], False, None
    synonyms = synonym_groups()
    results = _run(request, query, "and", synonyms)
    any_word, corrected = False, None
    if not results and len(query.split()) > 1:
        results, any_word = _run(request, query, "or", synonyms), True
    if not results:
        corrected = suggestion(request, query, synonyms)
        if corrected:
            results = _run(request, corrected, "and", synonyms)
            if not results and len(corrected.split()) > 1:
                results, any_word = _run(request, corrected, "or", synonyms), True
            if not results:
                corrected = None
    fill_dated_results(request, results)
    return once_per_series(results), any_word, corrected
