import datetime

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
from integrationsnetz import page_cache
from integrationsnetz.blocks import BODY_HELP, BodyBlock
from integrationsnetz.i18n import localized_root
from integrationsnetz.models import PROMOTE_PANELS, LeadImageMixin
from integrationsnetz.page_forms import RoutedParentPageForm
from integrationsnetz.structured_data import STRUCTURED_DATA_KEY
from integrationsnetz.view_restrictions import KnownRestrictionsMixin, public

from .structured_data import article_data

ARTICLES_PER_PAGE = 10
RELATED_ARTICLES = 3
# Longer values cannot be a tag slug; cutting them keeps junk out of links and queries.
TAG_PARAMETER_MAX_LENGTH = 100


class NewsIndexPage(RoutablePageMixin, KnownRestrictionsMixin, Page):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Ein, zwei Sätze über der Liste der Nachrichten. Erscheint auch im Feed."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels = PROMOTE_PANELS
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["integrationsnetz.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    # What the page keeps besides the frame: read with its route (HomePage.route).
    # ("html:filters:": the year and tag links of the index without a tag, as the template
    # keeps them.)
    kept_fragments = ("news-choices", "html:filters:")
    max_count_per_parent = 1

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
            public(NewsArticlePage.objects.child_of(self).live())
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-first_published_at", "-pk")
        )

    def get_context(self, request, *args, year=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        if year is not None:
            articles = articles.filter(date__year=year)

        def choices():
            # The years of the whole index; the tags of the articles listed (of the year).
            years = [day.year for day in self.articles().dates("date", "year", order="DESC")]
            tags = (
                Tag.objects.filter(
                    news_newsarticletag_items__content_object__in=articles.values("pk")
                )
                .distinct()
                .order_by("name")
            )
            return years, list(tags)

        # Both change only when an article below is published: kept until then (page_cache.py;
        # a year archive has an address, and so a purge, of its own).
        years, tags = page_cache.remember(request, "news-choices", choices, per_path=True)
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
            listing = f"news-list:{current_tag.pk if current_tag else ''}"
            # Cards need no article body.
            page_obj = page_cache.remembered_page(
                request, listing, articles.defer_streamfields(), ARTICLES_PER_PAGE
            )
        # The index's address once, the year archives' from it (not one lookup per link).
        index_url = self.get_url(request)
        context.update(
            {
                "articles": page_obj.object_list,
                "page_obj": page_obj,
                "index_url": index_url,
                "year_links": [
                    (year, index_url + self.reverse_subpage("year_archive", args=(str(year),)))
                    for year in years
                ],
                "years": years,
                "current_year": year,
                "tags": tags,
                "tag_slug": tag_slug,
                "current_tag": current_tag,
                # The key of the kept year and tag links: the tag shown, if it is known.
                "filters_key": None if tag_slug and current_tag is None else tag_slug,
            }
        )
        return context

    def get_cached_paths(self):
        # The page cache and a frontend cache purge these with the index (page_cache.py).
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


class NewsArticlePage(LeadImageMixin, KnownRestrictionsMixin, Page):
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
    # What the page keeps besides the frame: read with its route (HomePage.route).
    kept_fragments = ("article", "html:lead-image", "html:contacts", "html:related-news")
    # Refuses slugs such as "2024" that the index's year archive would answer.
    base_form_class = RoutedParentPageForm

    search_result_type = _("Nachricht")

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
            public(NewsArticlePage.objects.sibling_of(self, inclusive=False).live())
            .filter(pk__in=sharing)
            .exclude(pk=self.pk)
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-first_published_at", "-pk")[:RELATED_ARTICLES]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def shown():
            site = Site.find_for_request(request)
            return {
                "contacts": contacts_for_cards(self.related_contacts.all(), site),
                "related_articles": list(self.related_articles()),
                "tag_list": list(self.tags.all()),
                "index_url": self.get_parent().get_url(request),
                "lead_image": self.lead_image,
                STRUCTURED_DATA_KEY: [article_data(self, request)],
            }

        # Kept until the article, a contact it shows or its index changes (page_cache.py).
        context.update(page_cache.remember(request, "article", shown, per_path=True))
        self.lead_image = context.pop("lead_image")
        return context


class NewsArticleContact(RelatedContact):
    page = ParentalKey(NewsArticlePage, on_delete=models.CASCADE, related_name="related_contacts")
