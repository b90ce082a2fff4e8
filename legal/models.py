"""Impressum (§ 5 DDG, § 18 MStV) and Datenschutz (Art. 13 DSGVO, HDSIG) as page types.

Every part the law asks for is its own field, required for publishing; contact details of the
office come from the organisation settings, so they are kept in one place.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from integrationsnetz.blocks import BodyBlock
from integrationsnetz.models import CentreSectionPage
from integrationsnetz.page_forms import NamedRequiredFieldsPageForm

ADDRESS_HELP = _("Eine Angabe pro Zeile. Eine ladungsfähige Anschrift, kein Postfach.")


class StatutoryPage(CentreSectionPage):
    """A page the law requires of every centre: Impressum, Datenschutzerklärung and the
    Erklärung zur Barrierefreiheit (accessibility/, with the barrier reports it receives).
    Every part the law asks for is a field of its own; the form names each one still missing
    before the page can be published."""

    base_form_class = NamedRequiredFieldsPageForm

    class Meta:
        abstract = True


class ImprintPage(StatutoryPage):
    provider_name = models.CharField(
        _("Anbieter"),
        max_length=200,
        help_text=_("Wer die Website anbietet, z. B. „Kreisausschuss des Werra-Meißner-Kreises“."),
    )
    legal_form = models.CharField(
        _("Rechtsform"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „Körperschaft des öffentlichen Rechts“."),
    )
    provider_address = models.TextField(_("Anschrift des Anbieters"), help_text=ADDRESS_HELP)
    representative = models.CharField(
        _("Vertretungsberechtigt"),
        max_length=200,
        help_text=_(
            "Wer den Anbieter gesetzlich vertritt, mit Namen, z. B. der Landrat oder die "
            "Landrätin (§ 5 Abs. 1 Nr. 1 DDG, § 18 Abs. 1 Nr. 2 MStV)."
        ),
    )
    supervisory_authority = models.TextField(
        _("Zuständige Aufsichtsbehörde"),
        help_text=_(
            "Name und Anschrift der Aufsichtsbehörde (bei einem Landkreis die Kommunalaufsicht)."
        ),
    )
    vat_id = models.CharField(
        _("Umsatzsteuer-Identifikationsnummer"),
        max_length=30,
        blank=True,
        help_text=_("Nur wenn vorhanden (§ 5 DDG)."),
    )
    register_entries = models.TextField(
        _("Register und Registernummern"),
        blank=True,
        help_text=_("Nur wenn der Anbieter in einem Register eingetragen ist."),
    )
    editor_name = models.CharField(
        _("Verantwortlich für den Inhalt"),
        max_length=200,
        help_text=_(
            "Eine Person mit Namen, verantwortlich nach § 18 Abs. 2 MStV. Sie muss ihren "
            "ständigen Aufenthalt im Inland haben."
        ),
    )
    editor_address = models.TextField(
        _("Anschrift der verantwortlichen Person"),
        help_text=_("Eine Angabe pro Zeile; die Dienstanschrift genügt."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("Weitere Angaben"),
        blank=True,
        help_text=_("Optional: Bildnachweise, Haftung für Links und Inhalte, Urheberrecht."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("provider_name"),
                FieldPanel("legal_form"),
                FieldPanel("provider_address"),
                FieldPanel("representative"),
            ],
            heading=_("Anbieter"),
            help_text=_("E-Mail-Adresse und Telefon kommen aus den Organisationseinstellungen."),
        ),
        FieldPanel("supervisory_authority"),
        MultiFieldPanel(
            [FieldPanel("vat_id"), FieldPanel("register_entries")],
            heading=_("Nummern und Register"),
        ),
        MultiFieldPanel(
            [FieldPanel("editor_name"), FieldPanel("editor_address")],
            heading=_("Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("provider_name")]

    class Meta:
        verbose_name = _("Impressum")
        verbose_name_plural = _("Impressen")


class PrivacyPage(StatutoryPage):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Optional: ein, zwei Sätze, wie sparsam die Website mit Daten umgeht."),
    )
    dpo_name = models.CharField(
        _("Datenschutzbeauftragte oder Datenschutzbeauftragter"),
        max_length=200,
        help_text=_(
            "Name oder Funktion, z. B. „Datenschutzbeauftragte des Werra-Meißner-Kreises“."
        ),
    )
    dpo_address = models.TextField(_("Anschrift"), help_text=ADDRESS_HELP)
    dpo_email = models.EmailField(
        _("E-Mail-Adresse"),
        help_text=_("Die Adresse der oder des Datenschutzbeauftragten, z. B. „datenschutz@…“."),
    )
    dpo_phone = models.CharField(
        _("Telefon"), max_length=40, blank=True, help_text=_("Mit Vorwahl, z. B. „05651 302-0“.")
    )
    recipients = models.TextField(
        _("Empfänger"),
        help_text=_(
            "Wer Daten im Auftrag erhält, z. B. das Rechenzentrum, das die Website betreibt "
            "(Auftragsverarbeitung nach Art. 28 DSGVO)."
        ),
    )
    authority_name = models.CharField(
        _("Aufsichtsbehörde"),
        max_length=200,
        help_text=_(
            "Für öffentliche Stellen in Hessen: „Der Hessische Beauftragte für Datenschutz "
            "und Informationsfreiheit“ (HBDI) in Wiesbaden."
        ),
    )
    authority_address = models.TextField(
        _("Anschrift der Aufsichtsbehörde"),
        help_text=_("Eine Angabe pro Zeile. Bitte auf datenschutz.hessen.de prüfen."),
    )
    authority_url = models.URLField(
        _("Website der Aufsichtsbehörde"),
        blank=True,
        help_text=_("z. B. „https://datenschutz.hessen.de“."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("Weitere Angaben"),
        blank=True,
        help_text=_("Optional: was sonst zum Datenschutz gesagt werden muss. Steht am Ende."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("dpo_name"),
                FieldPanel("dpo_address"),
                FieldPanel("dpo_email"),
                FieldPanel("dpo_phone"),
            ],
            heading=_("Datenschutzbeauftragte Stelle"),
            help_text=_("Die verantwortliche Stelle kommt aus den Organisationseinstellungen."),
        ),
        InlinePanel(
            "processings",
            heading=_("Verarbeitungen"),
            label=_("Verarbeitung"),
            min_num=1,
            help_text=_(
                "Jede Verarbeitung mit Zweck, Rechtsgrundlage und Speicherdauer: "
                "Server-Protokolle, Formular „Barriere melden“, Kontakt per E-Mail."
            ),
        ),
        InlinePanel(
            "cookies",
            heading=_("Cookies"),
            label=_("Cookie"),
            help_text=_("Jedes Cookie, das die Website setzt, mit seinem genauen Namen."),
        ),
        FieldPanel("recipients"),
        MultiFieldPanel(
            [
                FieldPanel("authority_name"),
                FieldPanel("authority_address"),
                FieldPanel("authority_url"),
            ],
            heading=_("Recht auf Beschwerde"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("Datenschutzerklärung")
        verbose_name_plural = _("Datenschutzerklärungen")


class PrivacyProcessing(Orderable):
    page = ParentalKey(PrivacyPage, on_delete=models.CASCADE, related_name="processings")
    title = models.CharField(
        _("Verarbeitung"), max_length=150, help_text=_("z. B. „Formular „Barriere melden““.")
    )
    data = models.TextField(
        _("Welche Daten"), help_text=_("Welche Angaben genau verarbeitet werden.")
    )
    purpose = models.TextField(
        _("Zweck"), help_text=_("Wozu die Daten dienen, z. B. „Die Website sicher ausliefern“.")
    )
    legal_basis = models.TextField(
        _("Rechtsgrundlage"),
        help_text=_("z. B. „Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 HDSIG“."),
    )
    retention = models.TextField(_("Speicherdauer"), help_text=_("Wann die Daten gelöscht werden."))

    panels = [
        FieldPanel("title"),
        FieldPanel("data"),
        FieldPanel("purpose"),
        FieldPanel("legal_basis"),
        FieldPanel("retention"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Verarbeitung")
        verbose_name_plural = _("Verarbeitungen")

    def __str__(self):
        return self.title


class PrivacyCookie(Orderable):
    page = ParentalKey(PrivacyPage, on_delete=models.CASCADE, related_name="cookies")
    name = models.CharField(
        _("Name des Cookies"),
        max_length=100,
        help_text=_("Genau wie im Browser, z. B. „darstellung“."),
    )
    purpose = models.TextField(
        _("Zweck und Inhalt"),
        help_text=_("Was das Cookie speichert und wozu, z. B. „Die gewählte Darstellung“."),
    )
    lifetime = models.CharField(
        _("Speicherdauer"),
        max_length=200,
        help_text=_("z. B. „1 Jahr“ oder „bis der Browser schließt“."),
    )
    legal_basis = models.TextField(
        _("Rechtsgrundlage"),
        help_text=_(
            "Technisch erforderliche Cookies: § 25 Abs. 2 Nr. 2 TDDDG (keine Einwilligung)."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("purpose"),
        FieldPanel("lifetime"),
        FieldPanel("legal_basis"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Cookie")
        verbose_name_plural = _("Cookies")

    def __str__(self):
        return self.name
