import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.http import Http404
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from contacts.models import Contact, RelatedContact
from integrationsnetz.blocks import BodyBlock
from integrationsnetz.images import MISSING_ALT_TEXT, alt_text, lacks_alt_text

ARTICLES_PER_PAGE = 10
RELATED_ARTICLES = 3
# Longer values cannot be a tag slug; cutting them keeps junk out of links and queries.
TAG_PARAMETER_MAX_LENGTH = 100


def page_number(value):
    """The page number asked for in the query string; junk and numbers below 1 mean page 1."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


class NewsIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Ein, zwei Sätze über der Liste der Nachrichten. Erscheint auch im Feed."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["integrationsnetz.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Nachrichtenübersicht")
        verbose_name_plural = _("Nachrichtenübersichten")

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
        articles = self.articles()
        years = [day.year for day in articles.dates("date", "year", order="DESC")]
        if year is not None:
            articles = articles.filter(date__year=year)

        tag_slug = request.GET.get("tag", "").strip()[:TAG_PARAMETER_MAX_LENGTH]
        tags = (
            Tag.objects.filter(news_newsarticletag_items__content_object__in=articles.values("pk"))
            .distinct()
            .order_by("name")
        )
        current_tag = None
        if tag_slug:
            # Matched against the offered tags, never passed to the database raw: junk such
            # as NUL bytes (which PostgreSQL refuses) simply finds nothing.
            current_tag = next((tag for tag in tags if tag.slug == tag_slug), None)
            articles = articles.filter(tags=current_tag) if current_tag else articles.none()

        paginator = Paginator(articles, ARTICLES_PER_PAGE)
        page_obj = paginator.get_page(page_number(request.GET.get("page")))
        context.update(
            {
                "articles": page_obj.object_list,
                "page_obj": page_obj,
                "years": years,
                "current_year": year,
                "tags": tags,
                "tag_slug": tag_slug,
                "current_tag": current_tag,
                "pagination_query": urlencode({"tag": tag_slug}) if tag_slug else "",
            }
        )
        return context

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


class NewsArticlePage(Page):
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
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Aufmacherbild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Erscheint oben in der Nachricht und auf der Karte in Listen."),
    )
    lead_image_alt = models.CharField(
        _("Alternativtext für diese Verwendung"),
        max_length=250,
        blank=True,
        help_text=_(
            "Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen. "
            "Leer lassen, um den Alternativtext des Bildes aus der Bildverwaltung zu verwenden."
        ),
    )
    lead_image_caption = models.CharField(
        _("Bildunterschrift"),
        max_length=300,
        blank=True,
        help_text=_("Wer oder was ist zu sehen? Erscheint unter dem Bild."),
    )
    lead_image_credit = models.CharField(
        _("Bildnachweis"),
        max_length=200,
        blank=True,
        help_text=_("Fotografin oder Fotograf bzw. Quelle, z. B. „Foto: Kreisverwaltung“."),
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
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_alt"),
                FieldPanel("lead_image_caption"),
                FieldPanel("lead_image_credit"),
            ],
            heading=_("Aufmacherbild"),
        ),
        FieldPanel("tags"),
        FieldPanel("body"),
        InlinePanel(
            "related_contacts",
            heading=_("Ansprechpersonen"),
            label=_("Ansprechperson"),
            help_text=_("Erscheinen am Ende der Nachricht unter „Ihre Ansprechpartner*innen“."),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")

    def clean(self):
        super().clean()
        if lacks_alt_text(self.lead_image, self.lead_image_alt):
            raise ValidationError({"lead_image_alt": MISSING_ALT_TEXT})

    @property
    def lead_image_alt_text(self):
        return alt_text(self.lead_image, self.lead_image_alt)

    def contacts(self):
        """The related contact persons, in the editor's order, ready for contact cards."""
        links = self.related_contacts.all().prefetch_related(
            Prefetch("contact", queryset=Contact.objects.for_cards())
        )
        return [link.contact for link in links]

    def related_articles(self):
        """Up to three other published articles that share a tag with this one, newest first."""
        own_tags = NewsArticleTag.objects.filter(content_object_id=self.pk).values("tag_id")
        sharing = NewsArticleTag.objects.filter(tag_id__in=own_tags).values("content_object_id")
        return (
            NewsArticlePage.objects.live()
            .public()
            .filter(pk__in=sharing)
            .exclude(pk=self.pk)
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-first_published_at", "-pk")[:RELATED_ARTICLES]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = self.contacts()
        context["related_articles"] = self.related_articles()
        context["tag_list"] = list(self.tags.all())
        return context


class NewsArticleContact(RelatedContact):
    page = ParentalKey(NewsArticlePage, on_delete=models.CASCADE, related_name="related_contacts")
