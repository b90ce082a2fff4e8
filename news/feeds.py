"""RSS 2.0 and Atom feeds of a news index page, served as routes of that page."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from integrationsnetz.i18n import page_language
from integrationsnetz.models import OrganisationSettings

FEED_ITEMS = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    route_name = "rss_feed"

    def get_object(self, request, index):
        # One feed instance serves one request, so it may remember the request for URLs.
        self.request = request
        self.organisation = OrganisationSettings.for_request(request)
        # <language> (RSS) and xml:lang (Atom): the language the articles are written in.
        self.language = page_language(index)
        return index

    def title(self, index):
        if self.organisation.name:
            return _("%(index)s – %(organisation)s") % {
                "index": index.title,
                "organisation": self.organisation.name,
            }
        return index.title

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return index.intro or _("Die neuesten Nachrichten von %(site)s.") % {
            "site": self.organisation.name or index.title
        }

    def feed_url(self, index):
        # Absolute URLs come from the Wagtail site, as for the pages, not from the request.
        return index.get_full_url(self.request) + index.reverse_subpage(self.route_name)

    def items(self, index):
        return index.articles().prefetch_related("tags")[:FEED_ITEMS]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.teaser

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return timezone.make_aware(
            datetime.datetime.combine(article.date, datetime.time.min),
            timezone.get_default_timezone(),
        )

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        return [tag.name for tag in article.tags.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    route_name = "atom_feed"

    def subtitle(self, index):
        return self.description(index)
