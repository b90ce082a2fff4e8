from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock
from .phone import normalise_phone


class HomePage(Page):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Zwei, drei Sätze, die sagen, wofür das Zentrum da ist."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "integrationsnetz.StandardPage",
        "contacts.ContactIndexPage",
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "accessibility.AccessibilityStatementPage",
        "accessibility.EasyLanguagePage",
        "accessibility.SignLanguagePage",
        "legal.ImprintPage",
        "legal.PrivacyPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")


class StandardPage(Page):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Kurze Zusammenfassung; erscheint über dem Inhalt und als Seitenbeschreibung."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["integrationsnetz.HomePage", "integrationsnetz.StandardPage"]
    subpage_types = ["integrationsnetz.StandardPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    name = models.CharField(
        _("Name der Organisation"),
        max_length=200,
        help_text=_("Erscheint im Kopf, im Fußbereich und im Seitentitel."),
    )
    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postal_code = models.CharField(_("Postleitzahl"), max_length=10, blank=True)
    city = models.CharField(_("Ort"), max_length=100, blank=True)
    phone = models.CharField(
        _("Telefon"),
        max_length=40,
        blank=True,
        help_text=_("Mit Vorwahl, z. B. „05651 302-0“. Die Durchwahl nach einem Bindestrich."),
    )
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird im Kopf neben dem Namen gezeigt."),
    )
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Datenschutz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Erklärung zur Barrierefreiheit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Leichte Sprache"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird oben auf jeder Seite mit Piktogramm verlinkt."),
    )
    sign_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Deutsche Gebärdensprache"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird oben auf jeder Seite mit Piktogramm verlinkt."),
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

    def clean(self):
        super().clean()
        try:
            self.phone = normalise_phone(self.phone)
        except ValidationError as error:
            raise ValidationError({"phone": error}) from error
