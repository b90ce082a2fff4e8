"""Contact persons in the site search (`integrationsnetz.search`, hook `register_site_search`).

A result links to the person's card in the directory ("Ansprechpersonen"), on the page of the
directory where the card is, and names the role and the languages spoken.
"""

from django.conf import settings
from django.db.models import Func, IntegerField, OuterRef, Subquery
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from integrationsnetz.i18n import in_current_language, localized_root
from integrationsnetz.search import MAX_RESULTS, SearchResult, public_pages, visitor_search

from .models import ContactIndexPage, Language, public_contacts

CONTACT_RESULT_TYPE = _("Ansprechperson")


def card_anchor(contact):
    return f"kontakt-{contact.slug}"


def _directory_url(request):
    site = Site.find_for_request(request)
    if site is None:
        return ""
    directory = public_pages(request).type(ContactIndexPage).descendant_of(site.root_page).first()
    return directory.get_url(request) if directory else ""


def _cards_before(contacts, found):
    """{contact id: how many of `contacts` the directory lists before it}, in one query."""
    before = (
        contacts.filter(name__lt=OuterRef("name"))
        .order_by()
        .annotate(count=Func("pk", function="COUNT"))
        .values("count")
    )
    return dict(
        contacts.filter(pk__in=[contact.pk for contact in found])
        .annotate(before=Subquery(before, output_field=IntegerField()))
        .values_list("pk", "before")
    )


def search_contacts(request, search_query):
    # The search index knows every language's version of a person; the directory shows one
    # (the visitor's language, else German): each person found once, in that version.
    contacts = in_current_language(public_contacts(request))
    matches = list(
        visitor_search(public_contacts(request), search_query).annotate_score("_score")[
            :MAX_RESULTS
        ]
    )
    if not matches:
        return []
    shown = {
        contact.translation_key: contact
        for contact in contacts.filter(translation_key__in={m.translation_key for m in matches})
    }
    found = []
    for match in matches:
        contact = shown.pop(match.translation_key, None)
        if contact is not None:
            contact._score = match._score
            found.append(contact)
    directory_url = _directory_url(request)
    positions = _cards_before(contacts, found) if directory_url else {}
    results = []
    for contact in found:
        url = ""
        if directory_url:
            # The directory lists contacts by name, CONTACTS_PER_PAGE to a page.
            page_number = positions.get(contact.pk, 0) // ContactIndexPage.CONTACTS_PER_PAGE + 1
            query_string = f"?page={page_number}" if page_number > 1 else ""
            url = f"{directory_url}{query_string}#{card_anchor(contact)}"
        summary = " · ".join(part for part in (contact.role, contact.unit) if part)
        results.append(
            SearchResult(
                title=contact.name,
                url=url,
                type=CONTACT_RESULT_TYPE,
                summary=summary,
                score=contact._score or 0,
                extra={"contact": contact},
            )
        )
    return results


def contact_words(request):
    """The names of the site's contact persons, so that "Meinten Sie …?" knows "Vöckler" when
    "Voeckler" is searched (hook `register_search_vocabulary`)."""
    return in_current_language(public_contacts(request)).values_list("name", flat=True)


def contacts_in_visitor_language(request):
    """The contacts directory (in the visitor's language, else German) and the visitor's
    language where someone on this site speaks it: (address, Language), (address, None) for
    German or a language nobody speaks, ("", None) without a directory."""
    root = localized_root(request)
    if root is None:
        return "", None
    directory = ContactIndexPage.objects.live().public().descendant_of(root).first()
    if directory is None:
        return "", None
    code = get_language()
    language = None
    if code != settings.LANGUAGE_CODE:
        language = Language.objects.filter(code=code, contacts__in=public_contacts(request)).first()
    return directory.get_url(request), language


def contacts_when_nothing_is_found(request):
    """A way on from an empty search (hook `register_search_help`): the people who speak the
    visitor's language, or the whole directory."""
    url, language = contacts_in_visitor_language(request)
    if not url:
        return []
    if language is not None:
        return [
            {
                "title": gettext("Ansprechpersonen, die %(language)s sprechen")
                % {"language": language.native_name or language.name},
                "url": f"{url}?sprache={language.code}",
                "text": gettext("Beratung in Ihrer Sprache, kostenlos."),
            }
        ]
    return [
        {
            "title": gettext("Ansprechpersonen"),
            "url": url,
            "text": gettext("Die Menschen in unserem Zentrum, die Ihnen weiterhelfen."),
        }
    ]
