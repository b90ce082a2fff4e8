from django.template.loader import render_to_string
from django.utils.translation import gettext

from wagtail import hooks

from .models import NewsIndexPage


@hooks.register("insert_site_head_links")
def news_feed_links(request, page):
    """`<link rel="alternate">` elements for the RSS and Atom feeds of this site's news."""
    index = NewsIndexPage.for_request(request)
    if index is None:
        return ""
    return render_to_string("components/feed_links.html", {"index": index}, request=request)


# Order: Aktuelles, Veranstaltungen, Ansprechpersonen (the order of the main menu).
@hooks.register("populate_centre", order=10)
def news_index_of_a_new_centre(centre):
    centre.ensure_page(
        NewsIndexPage(
            title="Aktuelles",
            slug="aktuelles",
            show_in_menus=True,
            intro=gettext("Neuigkeiten aus unserem Zentrum."),
        )
    )
