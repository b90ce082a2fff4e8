from django import template

from news.models import NewsIndexPage

register = template.Library()

LATEST_NEWS = 3


@register.inclusion_tag("components/latest_news.html", takes_context=True)
def latest_news(context):
    """A section with the newest articles of this site as cards, for the home page."""
    request = context.get("request")
    index = NewsIndexPage.for_request(request)
    articles = list(index.articles()[:LATEST_NEWS]) if index else []
    return {"index": index, "articles": articles, "request": request}
