"""schema.org NewsArticle data of an article page (see integrationsnetz.structured_data)."""

import datetime

from django.utils import timezone

from integrationsnetz.models import OrganisationSettings
from integrationsnetz.structured_data import image_url, organisation, thing

# Google shows headlines up to 110 characters.
HEADLINE_LENGTH = 110


def _published(article):
    """The article's date at the time it was first published (or noon), as local time."""
    when = article.first_published_at
    if when is not None and timezone.localdate(when) == article.date:
        return timezone.localtime(when).isoformat()
    noon = datetime.datetime.combine(article.date, datetime.time(12))
    return timezone.make_aware(noon).isoformat()


def article_data(article, request):
    org = organisation(OrganisationSettings.for_request(request), request, full=False)
    publisher = organisation(OrganisationSettings.for_request(request), request)
    modified = article.last_published_at
    return thing(
        "NewsArticle",
        headline=article.title[:HEADLINE_LENGTH],
        description=article.search_description or article.teaser,
        datePublished=_published(article),
        dateModified=timezone.localtime(modified).isoformat() if modified else _published(article),
        image=[image_url(request, article.lead_image)] if article.lead_image_id else [],
        author=org,
        publisher=publisher,
        mainEntityOfPage=article.get_full_url(request),
        url=article.get_full_url(request),
        inLanguage="de",
    )
