"""Pages and records for accessibility: the statement, barrier reports, Leichte Sprache, DGS.

The statement follows the EU model accessibility statement (Durchführungsbeschluss (EU)
2018/1523) as Hessen uses it: HessBGG § 14 and HVBIT. Its fields are rendered in the model's
order by templates/accessibility/accessibility_statement_page.html.
"""

from datetime import timedelta
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from integrationsnetz.blocks import BodyBlock
from integrationsnetz.models import CentreSectionPage
from legal.models import StatutoryPage

from .panels import ReviewDateWarningPanel

# After six weeks without an answer a visitor may ask the Durchsetzungsstelle to act (§ 6 HVBIT).
ANSWER_PERIOD = timedelta(weeks=6)
# The statement must be kept up to date; a review older than a year gets a warning in the admin.
REVIEW_PERIOD = timedelta(days=365)


class ComplianceStatus(models.TextChoices):
    FULL = "vollstaendig", _("vollständig vereinbar")
    PARTIAL = "teilweise", _("teilweise vereinbar")
    NONE = "nicht", _("nicht vereinbar")


class PreparationMethod(models.TextChoices):
    SELF = "selbstbewertung", _("Selbstbewertung")
    THIRD_PARTY = "dritte", _("Bewertung durch Dritte")


class NonAccessibleReason(models.TextChoices):
    NON_COMPLIANCE = "unvereinbar", _("Unvereinbarkeit mit der HVBIT")
    DISPROPORTIONATE = "belastung", _("Unverhältnismäßige Belastung")
    OUT_OF_SCOPE = "ausgenommen", _("Nicht im Anwendungsbereich der HVBIT")


class AccessibilityStatementPage(StatutoryPage):
    body_name = models.CharField(
        _("Name der öffentlichen Stelle"),
        max_length=200,
        help_text=_(
            "Wer die Erklärung abgibt, z. B. „Kreisausschuss des Werra-Meißner-Kreises“. "
            "Erscheint im ersten Satz der Erklärung."
        ),
    )
    scope = models.TextField(
        _("Geltungsbereich"),
        max_length=500,
        help_text=_(
            "Für welche Website die Erklärung gilt, z. B. „die Website des "
            "WIR-Vielfaltszentrums unter https://… mit allen Unterseiten“."
        ),
    )
    status = models.CharField(
        _("Stand der Vereinbarkeit"),
        max_length=20,
        choices=ComplianceStatus.choices,
        help_text=_(
            "Mit den Anforderungen der §§ 3 und 4 HVBIT (EN 301 549, WCAG 2.1 Stufe AA). "
            "„Teilweise“, sobald ein Inhalt unten als nicht barrierefrei genannt ist."
        ),
    )
    preparation_method = models.CharField(
        _("Art der Bewertung"),
        max_length=20,
        choices=PreparationMethod.choices,
        help_text=_("Hat die Stelle selbst geprüft oder eine andere Stelle (z. B. ein Prüfbüro)?"),
    )
    method_description = models.TextField(
        _("Methode der Bewertung"),
        help_text=_(
            "Wie wurde geprüft? z. B. „Prüfung jeder Seitenart mit axe-core in einem echten "
            "Browser, Tastaturbedienung und Bildschirmlupe von Hand“."
        ),
    )
    prepared_on = models.DateField(
        _("Erstellt am"),
        null=True,
        help_text=_("Datum, an dem die Erklärung erstellt wurde."),
    )
    reviewed_on = models.DateField(
        _("Zuletzt überprüft am"),
        null=True,
        help_text=_(
            "Die Erklärung wird mindestens einmal im Jahr überprüft. Ist das letzte Datum "
            "älter als ein Jahr, zeigt der Redaktionsbereich eine Warnung."
        ),
    )
    feedback_note = models.TextField(
        _("Hinweis zur Rückmeldung"),
        blank=True,
        help_text=_(
            "Optional, z. B. wie schnell Sie antworten. E-Mail-Adresse und Telefon kommen aus "
            "den Organisationseinstellungen, das Formular „Barriere melden“ steht darunter."
        ),
    )
    enforcement_name = models.CharField(
        _("Name der Durchsetzungsstelle"),
        max_length=200,
        help_text=_(
            "In Hessen: „Durchsetzungs- und Überwachungsstelle für barrierefreie IT des Landes "
            "Hessen“ (beim Regierungspräsidium Gießen). Bitte beim Land prüfen."
        ),
    )
    enforcement_address = models.TextField(
        _("Anschrift der Durchsetzungsstelle"),
        blank=True,
        help_text=_("Postanschrift, eine Angabe pro Zeile. Bitte auf lbit.hessen.de prüfen."),
    )
    enforcement_email = models.EmailField(
        _("E-Mail der Durchsetzungsstelle"),
        blank=True,
        help_text=_("Die Adresse, die die Durchsetzungsstelle selbst auf ihrer Website nennt."),
    )
    enforcement_url = models.URLField(
        _("Website der Durchsetzungsstelle"),
        help_text=_("Die Seite, auf der ein Durchsetzungsverfahren beantragt werden kann."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("Weitere Informationen"),
        blank=True,
        help_text=_("Optional: was sonst zur Barrierefreiheit wichtig ist. Steht am Ende."),
    )

    content_panels = [
        *Page.content_panels,
        ReviewDateWarningPanel(),
        MultiFieldPanel(
            [FieldPanel("body_name"), FieldPanel("scope")],
            heading=_("Öffentliche Stelle und Geltungsbereich"),
        ),
        FieldPanel("status"),
        InlinePanel(
            "non_accessible_items",
            heading=_("Nicht barrierefreie Inhalte"),
            label=_("Inhalt"),
            help_text=_(
                "Jeder bekannte Mangel mit Grund und barrierefreier Alternative. Leer lassen "
                "nur bei „vollständig vereinbar“."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("preparation_method"),
                FieldPanel("method_description"),
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
            ],
            heading=_("Erstellung dieser Erklärung"),
        ),
        FieldPanel("feedback_note"),
        MultiFieldPanel(
            [
                FieldPanel("enforcement_name"),
                FieldPanel("enforcement_address"),
                FieldPanel("enforcement_email"),
                FieldPanel("enforcement_url"),
            ],
            heading=_("Durchsetzungsverfahren"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("scope")]

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")
        verbose_name_plural = _("Erklärungen zur Barrierefreiheit")

    @property
    def review_overdue(self):
        return self.reviewed_on is not None and (
            timezone.localdate() - self.reviewed_on > REVIEW_PERIOD
        )

    def items_by_reason(self):
        """The non-accessible items grouped in the model statement's order of reasons."""
        items = list(self.non_accessible_items.all())
        groups = []
        for value, label in NonAccessibleReason.choices:
            group = [item for item in items if item.reason == value]
            if group:
                groups.append({"reason": value, "label": label, "items": group})
        return groups

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The page carries the report form ({% barrier_report_form %}) with a CSRF token: never
        # from a shared cache.
        patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
        return response


class NonAccessibleContent(Orderable):
    page = ParentalKey(
        AccessibilityStatementPage, on_delete=models.CASCADE, related_name="non_accessible_items"
    )
    description = models.TextField(
        _("Inhalt"),
        help_text=_("Welcher Inhalt ist nicht barrierefrei, und was fehlt genau?"),
    )
    reason = models.CharField(
        _("Grund"),
        max_length=20,
        choices=NonAccessibleReason.choices,
        default=NonAccessibleReason.NON_COMPLIANCE,
        help_text=_(
            "Unvereinbarkeit: ein Mangel, der behoben wird. Unverhältnismäßige Belastung: nur "
            "mit Begründung nach § 3 Abs. 5 HVBIT. Anwendungsbereich: vom Gesetz ausgenommen."
        ),
    )
    explanation = models.TextField(
        _("Begründung oder geplante Behebung"),
        blank=True,
        help_text=_("Bei Unvereinbarkeit: was bis wann geändert wird."),
    )
    alternative = models.TextField(
        _("Barrierefreie Alternative"),
        blank=True,
        help_text=_("Wie Besucherinnen und Besucher den Inhalt trotzdem bekommen."),
    )

    panels = [
        FieldPanel("description"),
        FieldPanel("reason"),
        FieldPanel("explanation"),
        FieldPanel("alternative"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Nicht barrierefreier Inhalt")
        verbose_name_plural = _("Nicht barrierefreie Inhalte")

    def __str__(self):
        return self.description[:80]


class ReportStatus(models.TextChoices):
    NEW = "neu", _("neu")
    IN_PROGRESS = "in_bearbeitung", _("in Bearbeitung")
    ANSWERED = "beantwortet", _("beantwortet")


class BarrierReportQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status=ReportStatus.ANSWERED)

    def overdue(self, now=None):
        return self.open().filter(created_at__lte=(now or timezone.now()) - ANSWER_PERIOD)


class BarrierReport(models.Model):
    """A barrier a visitor reported through the form. No IP address is stored."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("Website"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_url = models.CharField(_("Betroffene Seite"), max_length=500, blank=True)
    description = models.TextField(_("Beschreibung"))
    name = models.CharField(_("Name"), max_length=200, blank=True)
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    wants_answer = models.BooleanField(_("Antwort erwünscht"), default=False)
    status = models.CharField(
        _("Status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.NEW
    )
    note = models.TextField(
        _("Interne Notiz"),
        blank=True,
        help_text=_("Was Sie unternommen haben; nur im Redaktionsbereich sichtbar."),
    )
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, db_index=True)
    answered_at = models.DateTimeField(_("Beantwortet am"), null=True, blank=True)
    notified = models.BooleanField(
        _("Per E-Mail weitergeleitet"),
        default=False,
        help_text=_("Nein, wenn die E-Mail an das Büro nicht verschickt werden konnte."),
    )
    needs_review = models.BooleanField(
        _("Bitte prüfen"),
        default=False,
        help_text=_(
            "Ja, wenn die Meldung in einer Stunde mit ungewöhnlich vielen Meldungen kam (oft "
            "Spam): Sie wurde gespeichert, aber nicht per E-Mail weitergeleitet."
        ),
    )
    page_url_given = models.CharField(
        _("Angegebene Adresse"),
        max_length=500,
        blank=True,
        help_text=_(
            "Was im Feld „Adresse der Seite“ stand, wenn es keine Seite dieser Website war "
            "(dann steht bei „Betroffene Seite“ „unbekannt“). Nicht aufrufen: Die Adresse "
            "kann zu einer fremden Website führen."
        ),
    )
    # A digest of the form's fill-time token: each shown form can send one report.
    fill_token_digest = models.CharField(max_length=64, blank=True, editable=False)

    objects = BarrierReportQuerySet.as_manager()

    panels = [
        FieldPanel("status"),
        FieldPanel("note"),
        MultiFieldPanel(
            [
                FieldPanel("page_url", read_only=True),
                FieldPanel("page_url_given", read_only=True),
                FieldPanel("description", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("wants_answer", read_only=True),
                FieldPanel("created_at", read_only=True),
                FieldPanel("answered_at", read_only=True),
                FieldPanel("notified", read_only=True),
                FieldPanel("needs_review", read_only=True),
            ],
            heading=_("Meldung"),
        ),
    ]

    class Meta:
        verbose_name = _("Barriere-Meldung")
        verbose_name_plural = _("Barriere-Meldungen")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["fill_token_digest"],
                condition=~models.Q(fill_token_digest=""),
                name="barrier_report_fill_token_once",
            )
        ]

    def __str__(self):
        return _("Meldung vom %(date)s") % {
            "date": timezone.localtime(self.created_at).strftime("%d.%m.%Y %H:%M")
        }

    def save(self, *args, **kwargs):
        if self.status == ReportStatus.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        elif self.status != ReportStatus.ANSWERED:
            self.answered_at = None
        super().save(*args, **kwargs)

    @property
    def age(self):
        return timezone.now() - self.created_at

    @property
    def centre_name(self):
        """The centre (site) the report was sent from, as the admin list and export name it."""
        return self.site.site_name if self.site else ""

    @property
    def is_overdue(self):
        return self.status != ReportStatus.ANSWERED and self.age >= ANSWER_PERIOD


class EasyLanguagePage(CentreSectionPage):
    # German by nature: the report "Übersetzungen" does not ask for other languages.
    german_only = True

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=300,
        help_text=_("Ein bis zwei kurze Sätze in Leichter Sprache."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "items",
            heading=_("Abschnitte"),
            label=_("Abschnitt"),
            min_num=1,
            help_text=_(
                "Jeder Abschnitt: ein Bild und kurze Sätze. Ein Gedanke pro Zeile. "
                "Regeln: Netzwerk Leichte Sprache."
            ),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("Leichte Sprache")
        verbose_name_plural = _("Seiten in Leichter Sprache")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for the sections with their pictures (renditions: Wagtail's cache).
        context["sections"] = list(self.items.select_related("image"))
        return context


class EasyLanguageItem(Orderable):
    page = ParentalKey(EasyLanguagePage, on_delete=models.CASCADE, related_name="items")
    heading = models.CharField(
        _("Überschrift"),
        max_length=100,
        blank=True,
        help_text=_("Optional, kurz: z. B. „So erreichen Sie uns“."),
    )
    # SET_NULL as Wagtail does for images: deleting one never deletes text (the template skips it).
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Bild oder Piktogramm"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Steht neben dem Text und hilft beim Verstehen. Der Text muss alles sagen: "
            "Das Bild bekommt keinen eigenen Alternativtext."
        ),
    )
    text = models.TextField(
        _("Text"),
        max_length=1000,
        help_text=_("Kurze Sätze. Jeder Satz in eine eigene Zeile."),
    )

    panels = [FieldPanel("heading"), FieldPanel("image"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("Abschnitt")
        verbose_name_plural = _("Abschnitte")

    def lines(self):
        return [line.strip() for line in self.text.splitlines() if line.strip()]


class SignLanguagePage(CentreSectionPage):
    # German by nature: the report "Übersetzungen" does not ask for other languages.
    german_only = True

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        max_length=500,
        help_text=_(
            "Ein, zwei kurze Sätze über den Videos, z. B. „Hier erklären wir in Deutscher "
            "Gebärdensprache, was wir machen.“"
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("videos", heading=_("Videos"), label=_("Video"), min_num=1),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("Deutsche Gebärdensprache")
        verbose_name_plural = _("Seiten in Deutscher Gebärdensprache")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query for the videos with their files, captions and posters.
        context["videos"] = list(self.videos.select_related("video", "captions", "poster"))
        return context


VIDEO_EXTENSIONS = {".mp4", ".webm"}
CAPTION_EXTENSIONS = {".vtt"}


class SignLanguageVideo(Orderable):
    page = ParentalKey(SignLanguagePage, on_delete=models.CASCADE, related_name="videos")
    heading = models.CharField(
        _("Überschrift"),
        max_length=150,
        help_text=_("Worum es im Video geht, z. B. „Wer wir sind“."),
    )
    video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Videodatei"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "MP4 (H.264) oder WebM aus der Dokumentenverwaltung, mindestens 320 × 240 Pixel "
            "und 25 Bilder pro Sekunde, damit Gebärden erkennbar sind."
        ),
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Untertitel (WebVTT)"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Untertitel auf Deutsch als .vtt-Datei aus der Dokumentenverwaltung."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Vorschaubild"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird gezeigt, bevor das Video startet."),
    )
    duration = models.DurationField(
        _("Dauer"),
        help_text=_("Länge des Videos als Stunden:Minuten:Sekunden, z. B. 00:01:30."),
    )
    transcript = models.TextField(
        _("Textfassung"),
        help_text=_("Was im Video gesagt wird, als Text: für alle, die das Video nicht sehen."),
    )

    panels = [
        FieldPanel("heading"),
        FieldPanel("video"),
        FieldPanel("captions"),
        FieldPanel("poster"),
        FieldPanel("duration"),
        FieldPanel("transcript"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Video")
        verbose_name_plural = _("Videos")

    def clean(self):
        super().clean()
        errors = {}
        if self.video_id and PurePath(self.video.file.name).suffix.lower() not in VIDEO_EXTENSIONS:
            errors["video"] = _("Bitte eine Videodatei im Format MP4 oder WebM wählen.")
        if (
            self.captions_id
            and PurePath(self.captions.file.name).suffix.lower() not in CAPTION_EXTENSIONS
        ):
            errors["captions"] = _("Bitte eine Untertiteldatei im Format WebVTT (.vtt) wählen.")
        if errors:
            raise ValidationError(errors)

    @property
    def video_type(self):
        return "video/webm" if self.video.file.name.lower().endswith(".webm") else "video/mp4"

    @property
    def duration_display(self):
        seconds = int(self.duration.total_seconds())
        minutes, seconds = divmod(seconds, 60)
        return f"{minutes}:{seconds:02d}"
