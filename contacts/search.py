"""Contact persons in the site search (`integrationsnetz.search`, hook `register_site_search`).

A result links to the person's card in the directory ("Ansprechpersonen"), on the page of the
directory where the card is, and names the role and the languages spoken.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from integrationsnetz.search import MAX_RESULTS, SearchResult

from .models import ContactIndexPage, public_contacts

CONTACT_RESULT_TYPE = _("Ansprechperson")


def card_anchor(contact):
    return f"kontakt-{contact.slug}"


def _directory(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return ContactIndexPage.objects.live().public().descendant_of(site.root_page).first()


def search_contacts(request, search_query):
    contacts = public_contacts(request)
    found = list(contacts.search(search_query).annotate_score("_score")[:MAX_RESULTS])
    if not found:
        return []
    Contact = contacts.model
    Contact.prefetch_for_cards(found)
    directory = _directory(request)
    directory_url = directory.get_url(request) if directory else ""
    results = []
    for contact in found:
        url = ""
        if directory_url:
            # The directory lists contacts by name, CONTACTS_PER_PAGE to a page.
            before = contacts.filter(name__lt=contact.name).count()
            page_number = before // ContactIndexPage.CONTACTS_PER_PAGE + 1
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
