"""Offers in the site search (`integrationsnetz.search`, hook `register_site_search`): each
result links to the offer's page in the directory and is labelled "Angebot"."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Site

from integrationsnetz.i18n import current_language, default_language, localized_root
from integrationsnetz.search import MAX_RESULTS, SearchResult, visitor_search

from .models import Offer, OfferIndexPage

OFFER_RESULT_TYPE = _("Angebot")


def directory_for(request):
    """The live directory of the request's site in the current language (else the German one)."""
    root = localized_root(request)
    if root is None:
        return None
    return OfferIndexPage.objects.live().public().descendant_of(root).first()


def search_offers(request, search_query):
    site = Site.find_for_request(request)
    directory = directory_for(request)
    if directory is None:
        return []
    languages = {current_language(), default_language()}
    offers = (
        Offer.objects.live()
        .for_site(site)
        .filter(locale__in=Locale.objects.filter(language_code__in=languages))
        .select_related("locale")
        .exclude(status=Offer.Status.ENDED)
    )
    found = list(visitor_search(offers, search_query).annotate_score("_score")[:MAX_RESULTS])
    # One result per offer: its translation into the current language where there is one.
    chosen = {}
    for offer in found:
        kept = chosen.get(offer.translation_key)
        if kept is None or offer.locale.language_code == current_language():
            chosen[offer.translation_key] = offer
    return [
        SearchResult(
            title=offer.name,
            url=directory.offer_url(offer, request),
            type=OFFER_RESULT_TYPE,
            summary=offer.short_description,
            score=offer._score or 0,
        )
        for offer in chosen.values()
    ]


def offer_words(request):
    """The names of the site's offers (its language and German), so that "Meinten Sie …?"
    corrects "Integrationskurz" and "Auslanderbehorde" too (hook `register_search_vocabulary`)."""
    languages = {current_language(), default_language()}
    return (
        Offer.objects.live()
        .for_site(Site.find_for_request(request))
        .filter(locale__language_code__in=languages)
        .exclude(status=Offer.Status.ENDED)
        .values_list("name", flat=True)
    )


def offers_when_nothing_is_found(request):
    """A way on from an empty search (hook `register_search_help`): the directory of offers,
    filtered by the visitor's language where an offer is given in it."""
    directory = directory_for(request)
    if directory is None:
        return []
    url = directory.get_url(request)
    code = current_language()
    offers = Offer.objects.live().for_site(Site.find_for_request(request))
    if code != default_language() and offers.filter(languages__code=code).exists():
        url = f"{url}?sprache={code}"
    return [
        {
            "title": gettext("Angebote: Hilfe finden"),
            "url": url,
            "text": gettext(
                "Deutschkurse, Beratung, Kinderbetreuung und mehr, nach Thema und Ort."
            ),
        }
    ]
