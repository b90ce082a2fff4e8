from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from .blocks import BODY_HELP, BodyBlock
from .images import MISSING_ALT_TEXT, alt_text, lacks_alt_text
from .page_forms import CentrePageForm
from .phone import PhoneNumberField

# Wagtail's "Promote" tab with German help for the slug instead of "http://domain.com/blog/[my-slug]/".
# Every page type of the site uses it.
PROMOTE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel(
                "slug",
                help_text=_(
                    "Der letzte Teil der Adresse dieser Seite, z. B. „sprachcafe“ in "
                    "…/veranstaltungen/sprachcafe/. Nur Kleinbuchstaben, Ziffern und "
                    "Bindestriche; wird aus dem Titel gebildet. Nach dem Veröffentlichen besser "
                    "nicht mehr ändern: Links und Lesezeichen auf die alte Adresse gingen sonst "
                    "ins Leere."
                ),
            ),
            FieldPanel("seo_title"),
            FieldPanel("search_description"),
        ],
        heading=_("Für Suchmaschinen"),
    ),
    MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("Für das Menü der Website")),
]


class ViewRestrictionsMixin:
    """Wagtail's `get_view_restrictions` (checked on every page served) in one query instead
    of two: the restrictions of this page and its ancestors, found by their tree paths. An
    alias (whose subtree is aliases too) takes its source's restrictions: Wagtail's lookup."""

    def get_view_restrictions(self):
        if self.alias_of_id:
            return super().get_view_restrictions()
        step = self.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        return PageViewRestriction.objects.filter(page__path__in=paths)


class CentreSectionPage(ViewRestrictionsMixin, Page):
    """A page each centre has at most once, directly below its home page: a listing (Aktuelles,
    Veranstaltungen, Ansprechpersonen, Angebote, Glossar) or a fixed page (the statutory pages,
    Leichte Sprache, Gebärdensprache). A listing names the page types below it."""

    base_form_class = CentrePageForm
    promote_panels = PROMOTE_PANELS
    parent_page_types = ["integrationsnetz.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class LeadImageMixin(models.Model):
    """The lead image of a page (news article, event): image, alt text, caption and credit.

    Templates show it with `components/figure.html` and on cards, always with
    `lead_image_alt_text`, the one alt-text rule of `integrationsnetz.images`.
    """

    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Aufmacherbild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Erscheint oben auf der Seite und auf der Karte in Listen."),
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

    lead_image_panel = MultiFieldPanel(
        [
            FieldPanel("lead_image"),
            FieldPanel("lead_image_alt"),
            FieldPanel("lead_image_caption"),
            FieldPanel("lead_image_credit"),
        ],
        heading=_("Aufmacherbild"),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if lacks_alt_text(self.lead_image, self.lead_image_alt):
            raise ValidationError({"lead_image_alt": MISSING_ALT_TEXT})

    @property
    def lead_image_alt_text(self):
        return alt_text(self.lead_image, self.lead_image_alt)

    @property
    def lead_image_alt_language(self):
        """German where the alt text is the image library's description (editors write it in
        German, and it has no translations) and the page is read in another language; "" where
        it is the page's own alt text or the page is read in German."""
        in_german = translation.get_language() == settings.LANGUAGE_CODE
        if self.lead_image_id and not self.lead_image_alt and not in_german:
            return settings.LANGUAGE_CODE
        return ""


class HomePage(ViewRestrictionsMixin, Page):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Zwei, drei Sätze, die sagen, wofür das Zentrum da ist."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True, help_text=BODY_HELP)

    base_form_class = CentrePageForm
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = PROMOTE_PANELS
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    # Which pages may go below a home page is said by those pages' parent_page_types, so the
    # ground floor names no domain app. Each site has one home page (its Site record's root);
    # an install may serve any number of sites, so any number of home pages sit under the root.
    parent_page_types = ["wagtailcore.Page"]

    def route(self, request, path_components):
        """Find the page a path names with one query instead of two per level (Page.route).

        The pages along the path are looked up at once by their url_path. The deepest one gets
        the rest of the path: none when a page has this very address, else its own routes
        (feeds, calendars, archives of a RoutablePage). A routed parent's routes never clash
        with a child's slug: RoutedParentPageForm refuses such slugs.

        Under a language prefix, an address that this language's tree does not have is
        served from the German tree (a page not translated yet), never a 404.
        """
        if not path_components:
            return super().route(request, path_components)
        try:
            page, rest = self._page_at(path_components)
            if page is self:
                return super().route(request, path_components)
            return page.route(request, rest)
        except Http404:
            # The Site record points at the German home page (docs/mitmachen.md, "Sprachen").
            site = Site.find_for_request(request) if request is not None else None
            if (
                translation.get_language() == settings.LANGUAGE_CODE
                or site is None
                or site.root_page_id == self.pk
            ):
                raise
            return site.root_page.specific_deferred.route(request, path_components)

    def _page_at(self, path_components):
        """The deepest page along the path (specific) and the rest of the path."""
        prefixes = [
            self.url_path + "/".join(path_components[:depth]) + "/"
            for depth in range(1, len(path_components) + 1)
        ]
        found = {
            page.url_path: page
            for page in Page.objects.filter(
                url_path__in=prefixes, path__startswith=self.path, depth__gt=self.depth
            ).only("id", "url_path", "depth", "content_type_id", "live")
        }
        deepest, consumed = self, 0
        for depth, prefix in enumerate(prefixes, start=1):
            page = found.get(prefix)
            if page is None or page.depth != self.depth + depth:
                break
            deepest, consumed = page, depth
        return (deepest if deepest is self else deepest.specific), path_components[consumed:]

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")


class StandardPage(ViewRestrictionsMixin, Page):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Kurze Zusammenfassung; erscheint über dem Inhalt und als Seitenbeschreibung."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True, help_text=BODY_HELP)

    base_form_class = CentrePageForm
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = PROMOTE_PANELS
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["integrationsnetz.HomePage", "integrationsnetz.StandardPage"]
    subpage_types = ["integrationsnetz.StandardPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")


def linked_page(verbose_name, help_text):
    """A page of the site that the header or the footer of every page links; none: no link."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    name = models.CharField(
        _("Name der Organisation"),
        max_length=200,
        help_text=_("Erscheint im Kopf, im Fußbereich und im Seitentitel."),
    )
    street = models.CharField(
        _("Straße und Hausnummer"),
        max_length=200,
        blank=True,
        help_text=_("Die Besuchsadresse, z. B. „Schlossplatz 1“. Erscheint im Fußbereich."),
    )
    postal_code = models.CharField(
        _("Postleitzahl"), max_length=10, blank=True, help_text=_("z. B. „37269“.")
    )
    city = models.CharField(_("Ort"), max_length=100, blank=True, help_text=_("z. B. „Eschwege“."))
    phone = PhoneNumberField(
        _("Telefon"),
        blank=True,
        help_text=_("Mit Vorwahl, z. B. „05651 302-0“. Die Durchwahl nach einem Bindestrich."),
    )
    email = models.EmailField(
        _("E-Mail-Adresse"),
        blank=True,
        help_text=_(
            "Die allgemeine Adresse des Zentrums, z. B. „wir@werra-meissner-kreis.de“. "
            "Erscheint im Fußbereich; Meldungen über Barrieren gehen dorthin."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird im Kopf neben dem Namen gezeigt."),
    )
    imprint_page = linked_page(
        _("Impressum"),
        _(
            "Die Seite vom Typ „Impressum“ dieser Website. Wird im Fußbereich jeder Seite "
            "verlinkt; ohne Auswahl erscheint kein Link."
        ),
    )
    privacy_page = linked_page(
        _("Datenschutz"),
        _(
            "Die Seite vom Typ „Datenschutz“ dieser Website. Wird im Fußbereich jeder Seite "
            "verlinkt; ohne Auswahl erscheint kein Link."
        ),
    )
    accessibility_page = linked_page(
        _("Erklärung zur Barrierefreiheit"),
        _(
            "Die „Erklärung zur Barrierefreiheit“ dieser Website. Wird im Fußbereich jeder "
            "Seite verlinkt, zusammen mit „Barriere melden“."
        ),
    )
    easy_language_page = linked_page(
        _("Leichte Sprache"), _("Wird oben auf jeder Seite mit Piktogramm verlinkt.")
    )
    sign_language_page = linked_page(
        _("Deutsche Gebärdensprache"), _("Wird oben auf jeder Seite mit Piktogramm verlinkt.")
    )

    # Header and footer show these on every page: one query instead of six.
    select_related = [
        "logo",
        "imprint_page",
        "privacy_page",
        "accessibility_page",
        "easy_language_page",
        "sign_language_page",
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldPanel("postal_code"),
                FieldPanel("city"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Anschrift und Kontakt"),
        ),
        # The page types are named as strings: the ground floor imports no domain app.
        MultiFieldPanel(
            [
                PageChooserPanel("imprint_page", "legal.ImprintPage"),
                PageChooserPanel("privacy_page", "legal.PrivacyPage"),
                PageChooserPanel("accessibility_page", "accessibility.AccessibilityStatementPage"),
            ],
            heading=_("Pflichtseiten im Fußbereich"),
            help_text=_(
                "Nicht gewählte oder nicht veröffentlichte Seiten werden nicht verlinkt. "
                "„Barriere melden“ steht immer im Fußbereich."
            ),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("easy_language_page", "accessibility.EasyLanguagePage"),
                PageChooserPanel("sign_language_page", "accessibility.SignLanguagePage"),
            ],
            heading=_("Leichte Sprache und Gebärdensprache im Kopf"),
        ),
    ]

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisation")

    def __str__(self):
        return self.name


class SearchSynonyms(models.Model):
    """Words the site search treats as one ("Sprachkurs, Deutschkurs, Integrationskurs"): a
    search for any of them finds pages with any other (integrationsnetz.search). Kept by the
    editors under "Suche" in the admin; shared by all sites."""

    words = models.CharField(
        _("Gleichbedeutende Wörter"),
        max_length=500,
        unique=True,
        help_text=_(
            "Durch Komma getrennt, z. B. „Kita, Kindergarten, Kindertagesstätte“. Wer nach "
            "einem dieser Wörter sucht, findet auch Seiten mit den anderen."
        ),
    )

    panels = [FieldPanel("words")]

    class Meta:
        ordering = ["words"]
        verbose_name = _("Gleichbedeutende Suchwörter")
        verbose_name_plural = _("Gleichbedeutende Suchwörter")

    def __str__(self):
        return self.words

    def clean(self):
        super().clean()
        words = self.word_list()
        if len(words) < 2:
            raise ValidationError(
                {"words": _("Bitte geben Sie mindestens zwei Wörter an, durch Komma getrennt.")}
            )
        self.words = ", ".join(words)

    def word_list(self):
        seen, words = set(), []
        for word in self.words.split(","):
            word = " ".join(word.split())
            if word and word.casefold() not in seen:
                seen.add(word.casefold())
                words.append(word)
        return words
