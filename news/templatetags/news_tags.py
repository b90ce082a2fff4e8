from django import template

from integrationsnetz import page_cache
from news.models import NewsIndexPage

register = template.Library()

LATEST_NEWS = 3


@register.inclusion_tag("components/latest_news.html", takes_context=True)
def latest_news(context):
    """A section with the newest articles of this site as cards, for the home page."""
    request = context.get("request")

    def newest():
        index = NewsIndexPage.for_request(request)
        return index, list(index.articles()[:LATEST_NEWS]) if index else []

    # A publish below the news index purges the home page's path too (page_cache.affected).
    index, articles = page_cache.remember(request, "latest-news", newest, per_path=True)
    return {"index": index, "articles": articles, "request": request}
