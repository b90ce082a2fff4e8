"""The glossary as the public sees it on one request: published terms in its language by
spelling, and the address of the site's glossary page."""

from wagtail.models import Site

from integrationsnetz.i18n import localized_root

from .models import GlossaryPage, published_terms


def glossary_for_request(request):
    """({spelling: term}, glossary page URL) in the current language, once per request."""
    known = getattr(request, "glossary_lookup", None) if request is not None else None
    if known is not None:
        return known
    terms = published_terms()
    lookup = {spelling: term for term in terms for spelling in term.spellings()}
    url = ""
    root = localized_root(request)
    if root is not None:
        # The glossary in the visitor's language, else the German one.
        site = Site.find_for_request(request)
        homes = [root] + ([site.root_page] if site and site.root_page_id != root.pk else [])
        glossary = None
        for home in homes:
            glossary = GlossaryPage.objects.live().descendant_of(home).first()
            if glossary is not None:
                break
        url = glossary.get_url(request) if glossary is not None else ""
    known = (lookup, url)
    if request is not None:
        request.glossary_lookup = known
    return known
