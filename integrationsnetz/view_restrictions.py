"""Which pages are private (Wagtail's page view restrictions), known without a query.

Wagtail checks a page's view restrictions every time it serves the page: two queries (the
page's ancestors, then their restrictions). Restrictions are few and seldom change, so the
addresses of all restricted pages are kept in the cache (one entry for the installation,
dropped by signals.py whenever a restriction is saved or deleted or a page is moved). A page
with no restricted ancestor then gets an empty queryset, which asks the database nothing;
one below a restricted page gets exactly its restrictions in one query.

Listings, menus and the search use `public(pages)` instead of Wagtail's `pages.public()`, which
asks the database for all restrictions every time it is called.
"""

from django.conf import settings
from django.core.cache import caches
from django.db.models import Q

from wagtail.models import PageViewRestriction

CACHE_KEY = "view-restrictions:paths"


def restricted_paths():
    """[(tree path, page id)] of every page with a view restriction (read afresh with the
    fragment caches off)."""
    if not settings.FRAGMENT_CACHE:
        return _read()
    cache = caches[settings.PAGE_CACHE_ALIAS]
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = _read()
        cache.set(CACHE_KEY, paths, None)
    return paths


def _read():
    return sorted(set(PageViewRestriction.objects.values_list("page__path", "page_id")))


def public(pages):
    """`pages.public()` without its query: the private sections (pages with a view restriction
    and below) are excluded by their known paths."""
    private = Q()
    for path, _page_id in restricted_paths():
        private |= Q(path__startswith=path)
    return pages.exclude(private) if private else pages


def forget():
    caches[settings.PAGE_CACHE_ALIAS].delete(CACHE_KEY)


class KnownRestrictionsMixin:
    """For page models: `get_view_restrictions` from the known restricted paths (see above)."""

    def get_view_restrictions(self):
        if not settings.FRAGMENT_CACHE or self.alias_of_id or not self.path:
            # Aliases take their source's restrictions: Wagtail's own lookup resolves them.
            return super().get_view_restrictions()
        ids = [page_id for path, page_id in restricted_paths() if self.path.startswith(path)]
        return (
            PageViewRestriction.objects.filter(page_id__in=ids)
            if ids
            else (PageViewRestriction.objects.none())
        )
