"""Contact persons in the site search (`integrationsnetz.search`, hook `register_site_search`).

A result links to the person's card in the directory ("Ansprechpersonen"), on the page of the
directory where the card is, and names the role and the languages spoken.
"""

from django.db.models import Func, IntegerField, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from integrationsnetz import page_cache
from integrationsnetz.search import MAX_RESULTS, SearchResult, public_pages

from .models import ContactIndexPage, public_contacts

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
    contacts = public_contacts(request)
    found = list(contacts.search(search_query).annotate_score("_score")[:MAX_RESULTS])
    if not found:
        return []
    # The directory is a page of the main menu: its publish purges the whole site.
    directory_url = page_cache.remember(
        request, "contact-directory-url", lambda: _directory_url(request)
    )
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
