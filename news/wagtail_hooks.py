import datetime

from django.template.loader import render_to_string
from django.utils.translation import gettext

from wagtail import hooks

from integrationsnetz import page_cache
from integrationsnetz.bench_data import add_children

from .models import NewsArticlePage, NewsIndexPage


@hooks.register("insert_site_head_links")
def news_feed_links(request):
    """`<link rel="alternate">` elements for the RSS and Atom feeds of this site's news."""

    def render():
        index = NewsIndexPage.for_request(request)
        if index is None:
            return ""
        return render_to_string("components/feed_links.html", {"index": index}, request=request)

    # The same on every page of the site: kept until the site changes (page_cache.py).
    return page_cache.remember(request, "news-feed-links", render)


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


@hooks.register("bench_centre")
def bench_articles(centre, amounts):
    """`amounts["articles"]` published articles in the centre's news, for `bench_pages`."""
    index = NewsIndexPage.objects.child_of(centre.home).first()
    count = amounts.get("articles", 0)
    if index is None or not count or NewsArticlePage.objects.child_of(index).exists():
        return
    first_day = datetime.date(2020, 1, 1)
    add_children(
        index,
        [
            NewsArticlePage(
                title=f"Nachricht {number}",
                slug=f"nachricht-{number}",
                date=first_day + datetime.timedelta(days=number * 3),
                teaser="Ein Anreißer, wie ihn eine Nachricht in der Liste zeigt.",
            )
            for number in range(1, count + 1)
        ],
    )
