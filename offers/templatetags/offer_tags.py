from django import template
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from contacts.search import contacts_in_visitor_language
from integrationsnetz.i18n import in_current_language

from ..models import Offer, OfferTopic, topic_keys
from ..search import directory_for

register = template.Library()

# "Hilfe finden" fits a phone's first screen with this many topics, and the link to the contacts
# who speak the visitor's language after them: six tasks at most.
HELP_FINDER_TOPICS = 5

# The venue's accessibility as visitors read it (Place's boolean fields, in this order).
VENUE_FEATURES = [
    ("step_free", _("Stufenloser Zugang")),
    ("lift", _("Aufzug")),
    ("accessible_toilet", _("Barrierefreies WC")),
    ("hearing_loop", _("Hörschleife")),
]


@register.filter
def venue_features(place):
    """The accessibility features a place has, as labels in the visitor's language."""
    return [label for field, label in VENUE_FEATURES if getattr(place, field, False)]


@register.inclusion_tag("components/help_finder.html", takes_context=True)
def help_finder(context, organisation=None):
    """ "Hilfe finden" on the home page: the first topics with offers on this site, each a link
    into the filtered directory, the contacts who speak the visitor's language and the office's
    phone number."""
    request = context.get("request")
    directory = directory_for(request) if request else None
    topics = []
    if directory is not None:
        shown = Offer.objects.live().for_site(Site.find_for_request(request)).values("pk")
        topics = list(
            in_current_language(OfferTopic.objects.filter(translation_key__in=topic_keys(shown)))[
                :HELP_FINDER_TOPICS
            ]
        )
    contacts_url, language = contacts_in_visitor_language(request) if request else ("", None)
    if language is not None:
        contacts_url = f"{contacts_url}?sprache={language.code}"
    elif contacts_url:
        # German, or nobody speaks the visitor's language yet: the directory's language filter.
        contacts_url = f"{contacts_url}#contact-filter-heading"
    return {
        "directory_url": directory.get_url(request) if directory else "",
        "topics": topics,
        "contacts_url": contacts_url,
        "phone": organisation.phone if organisation else "",
    }
