import datetime
import functools

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from contacts.models import RelatedContact, contacts_for_cards
from integrationsnetz.blocks import BODY_HELP, BodyBlock
from integrationsnetz.i18n import localized_root
from integrationsnetz.models import (
    PROMOTE_PANELS,
    CentreSectionPage,
    LeadImageMixin,
    ViewRestrictionsMixin,
)
from integrationsnetz.page_forms import RoutedParentPageForm
from integrationsnetz.structured_data import STRUCTURED_DATA_KEY

from .structured_data import article_data
from .vocabulary import SEARCH_RESULT_TYPE

ARTICLES_PER_PAGE = 10
RELATED_ARTICLES = 3
# Longer values cannot be a tag slug; cutting them keeps junk out of links and queries.
TAG_PARAMETER_MAX_LENGTH = 100


class NewsIndexPage(RoutablePageMixin, CentreSectionPage):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Ein, zwei Sätze über der Liste der Nachrichten. Erscheint auch im Feed."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    subpage_types = ["news.NewsArticlePage"]

    class Meta:
        verbose_name = _("Nachrichtenübersicht")
        verbose_name_plural = _("Nachrichtenübersichten")

    @classmethod
    def for_request(cls, request):
        """The news index of the site serving this request, looked up once per request."""
        if request is None:
            return None
        if not hasattr(request, "news_index"):
            root = localized_root(request)
            request.news_index = cls.objects.child_of(root).live().first() if root else None
        return request.news_index

    def articles(self):
        """The published articles below this page, newest first, with what a card shows."""
        return (
            NewsArticlePage.objects.child_of(self)
            .live()
            .public()
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-first_published_at", "-pk")
        )

    def get_context(self, request, *args, year=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        published = self.articles()
        articles = published.filter(date__year=year) if year is not None else published
        # The tags of the articles listed (of the year): read only to check the tag asked for
        # and where the kept year and tag links are made afresh (template).
        tags = (
            Tag.objects.filter(news_newsarticletag_items__content_object__in=articles.values("pk"))
            .distinct()
            .order_by("name")
        )
        tag_slug = request.GET.get("tag", "").strip()[:TAG_PARAMETER_MAX_LENGTH]
        current_tag = None
        if tag_slug:
            # Matched against the offered tags, never passed to the database raw: junk such
            # as NUL bytes (which PostgreSQL refuses) simply finds nothing.
            current_tag = next((tag for tag in tags if tag.slug == tag_slug), None)
        if tag_slug and current_tag is None:
            page_obj = Paginator(articles.none(), ARTICLES_PER_PAGE).get_page(1)
        else:
            if current_tag is not None:
                articles = articles.filter(tags=current_tag)
            # Cards need no article body.
            paginator = Paginator(articles.defer_streamfields(), ARTICLES_PER_PAGE)
            page_obj = paginator.get_page(request.GET.get("page"))
        index_url = self.get_url(request)

        @functools.cache
        def year_links():
            # The years of the whole index, each archive's address from the index's.
            return [
                (day.year, index_url + self.reverse_subpage("year_archive", args=(str(day.year),)))
                for day in published.dates("date", "year", order="DESC")
            ]

        context.update(
            {
                "articles": page_obj.object_list,
                "page_obj": page_obj,
                "index_url": index_url,
                "year_links": year_links,
                "current_year": year,
                "tags": tags,
                "tag_slug": tag_slug,
                "current_tag": current_tag,
                # The key of the kept year and tag links: the tag shown, None if unknown.
                "filters_key": None if tag_slug and current_tag is None else tag_slug,
            }
        )
        return context

    def get_cached_paths(self):
        # Purged from Varnish with the index (integrationsnetz/caching.py).
        years = NewsArticlePage.objects.child_of(self).live().dates("date", "year")
        return ["/", "feed/rss/", "feed/atom/", *(f"{day.year}/" for day in years)]

    # ASCII digits only: \d would also accept "٢٠٢٦" and serve a copy of the 2026 archive.
    @re_path(r"^([0-9]{4})/$", name="year_archive")
    def year_archive(self, request, year):
        year = int(year)
        # Year 0 matches the pattern but cannot be turned into a date range.
        if year < datetime.MINYEAR or not self.articles().filter(date__year=year).exists():
            raise Http404
        return self.render(request, year=year)

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed()(request, index=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed()(request, index=self)


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("Schlagwort einer Nachricht")
        verbose_name_plural = _("Schlagwörter von Nachrichten")


class NewsArticlePage(LeadImageMixin, ViewRestrictionsMixin, Page):
    date = models.DateField(
        _("Datum"),
        default=datetime.date.today,
        help_text=_(
            "Das Datum, das über der Nachricht steht. Die Nachrichten werden danach sortiert."
        ),
    )
    teaser = models.TextField(
        _("Anreißer"),
        max_length=300,
        help_text=_(
            "Ein, zwei Sätze (höchstens 300 Zeichen), die neugierig machen. Erscheinen in "
            "Listen, im Feed und als Beschreibung für Suchmaschinen."
        ),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("Schlagwörter"),
        through=NewsArticleTag,
        blank=True,
        help_text=_(
            "Themen der Nachricht, z. B. „Interkulturelle Woche“. Besucherinnen und Besucher "
            "können die Nachrichten danach filtern. Mehrere Schlagwörter mit Komma trennen."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True, help_text=BODY_HELP)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        LeadImageMixin.lead_image_panel,
        FieldPanel("tags"),
        FieldPanel("body"),
        InlinePanel(
            "related_contacts",
            heading=_("Ansprechpersonen"),
            label=_("Ansprechperson"),
            help_text=_("Erscheinen am Ende der Nachricht unter „Ihre Ansprechpartner*innen“."),
        ),
    ]
    promote_panels = PROMOTE_PANELS
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    # Refuses slugs such as "2024" that the index's year archive would answer.
    base_form_class = RoutedParentPageForm

    search_result_type = SEARCH_RESULT_TYPE

    class Meta:
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")
        # The news index lists the newest first: page 1 reads 10 rows, not all of them.
        indexes = [models.Index(fields=["-date"], name="news_article_date_desc")]

    def search_result_date(self):
        return self.date

    def related_articles(self):
        """Up to three other published articles of the same news index (so of the same site)
        that share a tag with this one, newest first."""
        own_tags = NewsArticleTag.objects.filter(content_object_id=self.pk).values("tag_id")
        sharing = NewsArticleTag.objects.filter(tag_id__in=own_tags).values("content_object_id")
        return (
            NewsArticlePage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .filter(pk__in=sharing)
            .exclude(pk=self.pk)
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-first_published_at", "-pk")[:RELATED_ARTICLES]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Callables: the template's fragments call them only when they render afresh.
        context.update(
            {
                "contacts": lambda: contacts_for_cards(
                    self.related_contacts.all(), Site.find_for_request(request)
                ),
                "related_articles": self.related_articles,
                "tag_list": self.tags.all,
                "index_url": lambda: self.get_parent().get_url(request),
                STRUCTURED_DATA_KEY: lambda: [article_data(self, request)],
            }
        )
        return context


class NewsArticleContact(RelatedContact):
    page = ParentalKey(NewsArticlePage, on_delete=models.CASCADE, related_name="related_contacts")
