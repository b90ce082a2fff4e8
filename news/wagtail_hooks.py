from django.template.loader import render_to_string

from wagtail import hooks

from integrationsnetz import page_cache

from .models import NewsIndexPage


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
