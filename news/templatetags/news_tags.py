from django import template

from wagtail.models import Site

from news.models import NewsIndexPage

register = template.Library()

LATEST_NEWS = 3


def news_index_for_request(request):
    """The news index of the site serving this request, looked up once per request."""
    if request is None:
        return None
    if not hasattr(request, "_news_index"):
        site = Site.find_for_request(request)
        request._news_index = (
            NewsIndexPage.objects.child_of(site.root_page).live().first() if site else None
        )
    return request._news_index


@register.inclusion_tag("news/feed_links.html", takes_context=True)
def news_feed_links(context):
    """`<link rel="alternate">` elements for the RSS and Atom feeds of this site's news."""
    request = context.get("request")
    return {"index": news_index_for_request(request), "request": request}


@register.inclusion_tag("news/latest_news.html", takes_context=True)
def latest_news(context):
    """A section with the newest articles of this site as cards, for the home page."""
    request = context.get("request")
    index = news_index_for_request(request)
    articles = list(index.articles()[:LATEST_NEWS]) if index else []
    return {"index": index, "articles": articles, "request": request}
