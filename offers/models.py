"""The directory of offers ("Angebote"), shaped like Open Referral's HSDS 3: an offer (service)
of a provider (organisation) at one or more places (OfferPlace: a service_at_location of a
location), with weekly opening hours (schedules) and closures per place, languages spoken and
topics. An opening time names the place it is at (none: the first place), a closure the place it
closes (none: all places); OfferAdminForm refuses places the offer does not list.

Offers, providers and places are snippets as contact persons are (contacts.models.Contact):
translatable, edited as drafts and approved through the workflow of their centre ("Freigabe
durch die Koordination (<Zentrum>)"), and each belongs to one WIR centre (site) or is shared by
all of them.
The opening-hours arithmetic is in `hours.py`, the visitor pages in `pages.py`.
"""

import datetime
import functools
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    Site,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from contacts.admin_forms import ContactAdminForm
from contacts.models import Language, RelatedContact, contacts_for_cards
from integrationsnetz.i18n import in_current_language, language_direction
from integrationsnetz.models import CentreSectionPage
from integrationsnetz.phone import PhoneNumberField
from integrationsnetz.slugs import german_slug
from integrationsnetz.snippets import CentreWorkflowMixin, SiteScopedQuerySet, SlugFromNameMixin
from integrationsnetz.structured_data import STRUCTURED_DATA_KEY
from read_aloud.audio import PAGE_PREVIEW_MODE

from . import hours
from .admin_forms import OfferAdminForm
from .choices import OfferStatus
from .forms import OfferFilterForm, Town
from .hours import Weekday
from .hsds import export_response
from .ical import openings_response
from .structured_data import service

# An offer counts as out of date when nobody has checked it for this long ("Angebote prüfen").
CHECK_INTERVAL = datetime.timedelta(days=183)

SITE_HELP = _(
    "Auf welcher Website (welchem WIR-Zentrum) der Eintrag erscheint. Leer lassen nur für "
    "Einträge, die alle Zentren teilen, z. B. ein Angebot des Landes; solche Einträge darf nur "
    "bearbeiten, wer für alle Websites zuständig ist."
)


def site_field():
    return models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("Website"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=SITE_HELP,
    )


def slug_field(example):
    return models.SlugField(
        _("Kürzel für Adressen"),
        max_length=150,
        blank=True,
        allow_unicode=True,
        help_text=_(
            "Erscheint in der Adresse, z. B. „%(example)s“. Leer lassen, um es aus dem Namen "
            "zu bilden."
        )
        % {"example": example},
    )


class OfferTopic(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("Name"),
        max_length=100,
        help_text=_("z. B. „Deutsch lernen“. Erscheint als Filter und auf der Startseite."),
    )
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=100,
        blank=True,
        help_text=_(
            "Erscheint in Filteradressen, z. B. „deutsch-lernen“. Leer lassen, um es aus dem "
            "Namen zu bilden."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("Reihenfolge"),
        default=100,
        help_text=_("Kleinere Zahlen stehen weiter vorn, z. B. auf der Startseite."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("Themenbereich")
        verbose_name_plural = _("Themenbereiche")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="offers_topic_slug_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.slug and self.name:
            self.slug = german_slug(self.name)[:100]


class TargetGroup(TranslatableMixin, models.Model):
    name = models.CharField(
        _("Name"), max_length=100, help_text=_("z. B. „Frauen“ oder „Jugendliche“.")
    )
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=100,
        blank=True,
        help_text=_(
            "Erscheint in Filteradressen, z. B. „frauen“. Leer lassen, um es aus dem Namen zu "
            "bilden."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="offers_targetgroup_slug_locale"
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.slug and self.name:
            self.slug = german_slug(self.name)[:100]


WORKFLOW_MIXINS = (
    CentreWorkflowMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
)


class Organisation(SlugFromNameMixin, *WORKFLOW_MIXINS, ClusterableModel):
    """The provider of offers (HSDS organization)."""

    class Kind(models.TextChoices):
        AUTHORITY = "behoerde", _("Behörde")
        COUNSELLING = "beratungsstelle", _("Beratungsstelle")
        ASSOCIATION = "verein", _("Verein oder Initiative")
        EDUCATION = "bildungstraeger", _("Bildungsträger")
        WELFARE = "wohlfahrtsverband", _("Wohlfahrtsverband")
        HEALTH = "gesundheit", _("Gesundheitswesen")
        RELIGIOUS = "religionsgemeinschaft", _("Religionsgemeinschaft")
        OTHER = "sonstige", _("Sonstige")

    slug_fallback = "traeger"

    site = site_field()
    name = models.CharField(
        _("Name"), max_length=200, help_text=_("z. B. „Volkshochschule Werra-Meißner“.")
    )
    slug = slug_field("volkshochschule-werra-meissner")
    kind = models.CharField(
        _("Art"),
        max_length=30,
        choices=Kind.choices,
        default=Kind.COUNSELLING,
        help_text=_("Was für eine Einrichtung ist der Träger?"),
    )
    description = models.TextField(
        _("Beschreibung"),
        blank=True,
        help_text=_("Ein, zwei Sätze, z. B. „Die Volkshochschule des Kreises bietet …“."),
    )
    website = models.URLField(
        _("Website"), blank=True, help_text=_("z. B. „https://www.vhs-werra-meissner.de“.")
    )
    email = models.EmailField(
        _("E-Mail-Adresse"), blank=True, help_text=_("z. B. „info@vhs-beispiel.de“.")
    )
    phone = PhoneNumberField(
        _("Telefon"),
        blank=True,
        help_text=_(
            "Mit Vorwahl, z. B. „05651 302-0“. Wird beim Speichern einheitlich geschrieben."
        ),
    )

    objects = SiteScopedQuerySet.as_manager()
    base_form_class = ContactAdminForm

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Erreichbarkeit"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("live"),
        index.FilterField("site_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Träger")
        verbose_name_plural = _("Träger")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="offers_organisation_slug"),
        ]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "offers/organisation_preview.html"


class Place(SlugFromNameMixin, *WORKFLOW_MIXINS, ClusterableModel):
    """Where an offer takes place (HSDS location), with how to get in and how to get there."""

    slug_fallback = "ort"

    site = site_field()
    name = models.CharField(
        _("Name"), max_length=200, help_text=_("z. B. „Landratsamt Eschwege, Haus B“.")
    )
    slug = slug_field("landratsamt-eschwege")
    street = models.CharField(
        _("Straße und Hausnummer"), max_length=200, help_text=_("z. B. „Schlossplatz 1“.")
    )
    postal_code = models.CharField(_("Postleitzahl"), max_length=10, help_text=_("z. B. „37269“."))
    town = models.CharField(
        _("Ort"),
        max_length=100,
        help_text=_(
            "z. B. „Eschwege“. Danach kann im Verzeichnis gefiltert werden: bitte immer gleich "
            "schreiben."
        ),
    )
    latitude = models.DecimalField(
        _("Breitengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Optional, z. B. „51.185“. Macht den Link „Route planen“ genauer."),
    )
    longitude = models.DecimalField(
        _("Längengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Optional, z. B. „10.055“."),
    )
    step_free = models.BooleanField(
        _("Stufenloser Zugang"),
        default=False,
        help_text=_("Der Eingang und die Räume sind ohne Stufen erreichbar."),
    )
    lift = models.BooleanField(
        _("Aufzug"), default=False, help_text=_("Ein Aufzug führt zu den Räumen des Angebots.")
    )
    accessible_toilet = models.BooleanField(
        _("Barrierefreies WC"), default=False, help_text=_("Im Gebäude gibt es ein Rollstuhl-WC.")
    )
    hearing_loop = models.BooleanField(
        _("Hörschleife"),
        default=False,
        help_text=_("Eine induktive Höranlage für Menschen mit Hörgerät ist vorhanden."),
    )
    accessibility_note = models.TextField(
        _("Hinweise zur Barrierefreiheit"),
        blank=True,
        help_text=_("z. B. „Klingel am Seiteneingang, Behindertenparkplatz vor dem Haus“."),
    )
    transit = models.TextField(
        _("Anfahrt mit Bus und Bahn"),
        blank=True,
        help_text=_("z. B. „Bus 220 bis Haltestelle Schlossplatz, dann 2 Minuten zu Fuß“."),
    )

    objects = SiteScopedQuerySet.as_manager()
    base_form_class = ContactAdminForm

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("town")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Adresse"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free"),
                FieldPanel("lift"),
                FieldPanel("accessible_toilet"),
                FieldPanel("hearing_loop"),
                FieldPanel("accessibility_note"),
            ],
            heading=_("Barrierefreiheit des Ortes"),
        ),
        FieldPanel("transit"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("town"),
        index.FilterField("live"),
        index.FilterField("site_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["town", "name"]
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="offers_place_slug"),
        ]

    def __str__(self):
        return f"{self.name} ({self.town})" if self.town else self.name

    def get_preview_template(self, request, mode_name):
        return "offers/place_preview.html"

    @property
    def address_line(self):
        return ", ".join(
            part for part in (self.street, f"{self.postal_code} {self.town}".strip()) if part
        )

    @property
    def route_url(self):
        """OpenStreetMap's route planner to the place: a link the visitor follows, no map here."""
        if self.latitude is not None and self.longitude is not None:
            return "https://www.openstreetmap.org/directions?" + urlencode(
                {"route": f";{self.latitude},{self.longitude}"}
            )
        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.address_line})


class OfferQuerySet(SiteScopedQuerySet):
    def for_listing(self):
        """What a card and the opening status show, in a constant number of queries."""
        return self.select_related("provider", "locale").prefetch_related(
            models.Prefetch("offer_places", queryset=OfferPlace.objects.select_related("place")),
            "opening_rules",
            "closures",
            "languages",
        )

    def open_data(self, site):
        """What the HSDS export gives for `site` (hsds.py): its live German offers and the
        shared ones."""
        return self.live().for_site(site).filter(locale__language_code="de")


class Offer(SlugFromNameMixin, *WORKFLOW_MIXINS, ClusterableModel):
    """An offer (HSDS service): a German course, advice on residence, a Kita registration …"""

    class Cost(models.TextChoices):
        FREE = "kostenlos", _("Kostenlos")
        FEE = "gebuehr", _("Mit Kosten")

    class Registration(models.TextChoices):
        NONE = "keine", _("Keine Anmeldung nötig")
        REQUIRED = "erforderlich", _("Anmeldung erforderlich")

    Status = OfferStatus

    slug_fallback = "angebot"

    site = site_field()
    name = models.CharField(
        _("Name"), max_length=200, help_text=_("Kurz und klar, z. B. „Integrationskurs Deutsch“.")
    )
    slug = slug_field("integrationskurs-deutsch")
    short_description = models.CharField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_(
            "Ein Satz in einfacher Sprache, erscheint im Verzeichnis, z. B. „Deutsch lernen von "
            "A1 bis B1, mit Orientierungskurs“."
        ),
    )
    description = RichTextField(
        _("Beschreibung"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Was genau angeboten wird, für wen und wie es abläuft. Kurze Absätze."),
    )
    provider = models.ForeignKey(
        Organisation,
        verbose_name=_("Träger"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
        help_text=_("Wer das Angebot macht. Neue Träger legen Sie unter „Angebote → Träger“ an."),
    )
    topics = ParentalManyToManyField(
        OfferTopic,
        verbose_name=_("Themenbereiche"),
        blank=True,
        related_name="offers",
        help_text=_("Ein oder mehrere, z. B. „Deutsch lernen“. Danach wird gefiltert."),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        verbose_name=_("Zielgruppen"),
        blank=True,
        related_name="offers",
        help_text=_("Für wen das Angebot gedacht ist, z. B. „Frauen“. Leer: für alle."),
    )
    eligibility = models.TextField(
        _("Voraussetzungen"),
        blank=True,
        help_text=_("Wer teilnehmen kann, z. B. „mit Berechtigungsschein der Ausländerbehörde“."),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("Mindestalter"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text=_("Optional, in Jahren, z. B. „16“."),
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("Höchstalter"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text=_("Optional, in Jahren, z. B. „27“ beim Jugendmigrationsdienst."),
    )
    cost = models.CharField(
        _("Kosten"),
        max_length=20,
        choices=Cost.choices,
        default=Cost.FREE,
        help_text=_("„Kostenlos“ erscheint als Filter im Verzeichnis."),
    )
    cost_note = models.CharField(
        _("Hinweis zu den Kosten"),
        max_length=300,
        blank=True,
        help_text=_("z. B. „2,29 € je Unterrichtsstunde, Befreiung möglich“."),
    )
    registration = models.CharField(
        _("Anmeldung"),
        max_length=20,
        choices=Registration.choices,
        default=Registration.NONE,
        help_text=_("Muss man sich vorher anmelden?"),
    )
    registration_note = models.CharField(
        _("Wie man sich anmeldet"),
        max_length=300,
        blank=True,
        help_text=_("z. B. „telefonisch oder persönlich während der Sprechzeiten“."),
    )
    registration_url = models.URLField(
        _("Link zur Anmeldung"), blank=True, help_text=_("Optional, z. B. ein Anmeldeformular.")
    )
    languages = ParentalManyToManyField(
        Language,
        verbose_name=_("Gesprochene Sprachen"),
        blank=True,
        related_name="offers",
        help_text=_(
            "In welchen Sprachen die Mitarbeitenden beraten, Deutsch eingeschlossen. Fehlt eine "
            "Sprache, legen Sie sie unter „Ansprechpersonen → Sprachen“ an."
        ),
    )
    interpretation = models.BooleanField(
        _("Dolmetschen möglich"),
        default=False,
        help_text=_("Für andere Sprachen kann eine Dolmetscherin oder ein Sprachmittler kommen."),
    )
    phone = PhoneNumberField(
        _("Telefon"),
        blank=True,
        help_text=_("Für Fragen und Termine, z. B. „05651 302-1234“. Leer: Telefon des Trägers."),
    )
    email = models.EmailField(
        _("E-Mail-Adresse"), blank=True, help_text=_("Leer: E-Mail-Adresse des Trägers.")
    )
    status = models.CharField(
        _("Status"),
        max_length=30,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_(
            "„Vorübergehend geschlossen“ zeigt das Angebot weiter, mit Hinweis; „Beendet“ nimmt "
            "es aus dem Verzeichnis."
        ),
    )
    notice = models.CharField(
        _("Kurzer Hinweis"),
        max_length=200,
        blank=True,
        help_text=_("Erscheint hervorgehoben, z. B. „Im August geschlossen“."),
    )
    closed_on_public_holidays = models.BooleanField(
        _("An Feiertagen geschlossen"),
        default=True,
        help_text=_("An den gesetzlichen Feiertagen in Hessen geschlossen (Ostermontag …)."),
    )
    search_terms = models.CharField(
        _("Weitere Suchbegriffe"),
        max_length=300,
        blank=True,
        help_text=_(
            "Wörter, unter denen Menschen das Angebot suchen, z. B. „Sprachkurs Deutschkurs“."
        ),
    )
    last_checked = models.DateField(
        _("Zuletzt geprüft"),
        null=True,
        blank=True,
        help_text=_(
            "Wann jemand die Angaben zuletzt mit dem Träger abgeglichen hat. Nach sechs Monaten "
            "erscheint das Angebot unter „Angebote prüfen“."
        ),
    )

    objects = OfferQuerySet.as_manager()
    base_form_class = OfferAdminForm

    panels = [
        FieldPanel("site"),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("short_description"),
                FieldPanel("description"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("search_terms"),
            ],
            heading=_("Angebot"),
        ),
        MultiFieldPanel(
            [FieldPanel("provider"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Träger und Erreichbarkeit"),
        ),
        InlinePanel(
            "offer_places",
            heading=_("Orte des Angebots"),
            label=_("Ort"),
            help_text=_(
                "Wo das Angebot stattfindet, z. B. „Kreishaus Eschwege“. Findet es an mehreren "
                "Orten statt, z. B. montags in Eschwege und donnerstags in Witzenhausen: ein Ort "
                "je Zeile, der wichtigste zuerst. Keine Zeile: nur am Telefon oder online."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("eligibility"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("cost_note")]),
                FieldPanel("registration"),
                FieldPanel("registration_note"),
                FieldPanel("registration_url"),
            ],
            heading=_("Für wen, Kosten und Anmeldung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("interpretation"),
            ],
            heading=_("Sprachen"),
        ),
        InlinePanel(
            "opening_rules",
            heading=_("Öffnungszeiten"),
            label=_("Zeit"),
            help_text=_(
                "Eine Zeile je Tag und Zeitraum, z. B. Montag 9:00–12:00. Zwei Zeiten an einem "
                "Tag: zwei Zeilen. „Nur nach Terminvereinbarung“ wird nie als geschlossen "
                "angezeigt. Bei mehreren Orten sagt „Ort“, wo die Zeit gilt, z. B. Donnerstag "
                "in Witzenhausen; leer: am ersten Ort des Angebots."
            ),
        ),
        InlinePanel(
            "closures",
            heading=_("Schließtage und Ferien"),
            label=_("Schließzeit"),
            help_text=_(
                "z. B. „Weihnachtsferien“ vom 23.12. bis 2.1. „Ort“ leer: an allen Orten "
                "geschlossen; sonst nur an dem gewählten Ort."
            ),
        ),
        FieldPanel("closed_on_public_holidays"),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("notice"), FieldPanel("last_checked")],
            heading=_("Stand"),
        ),
        InlinePanel("related_contacts", heading=_("Ansprechpersonen"), label=_("Person")),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("short_description"),
        index.SearchField("description"),
        index.SearchField("search_terms", boost=2),
        index.SearchField("eligibility"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields(
            "languages", [index.SearchField("name"), index.SearchField("native_name")]
        ),
        index.RelatedFields("provider", [index.SearchField("name")]),
        index.RelatedFields(
            "offer_places",
            [index.RelatedFields("place", [index.SearchField("town"), index.SearchField("name")])],
        ),
        index.FilterField("live"),
        index.FilterField("site_id"),
        index.FilterField("status"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="offers_offer_slug_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if (
            self.minimum_age is not None
            and self.maximum_age is not None
            and self.minimum_age > self.maximum_age
        ):
            raise ValidationError(
                {"maximum_age": _("Das Höchstalter muss größer als das Mindestalter sein.")}
            )

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # As contacts: index again once ClusterableModel has written topics and languages.
        index.insert_or_update_object(self)

    def get_preview_template(self, request, mode_name):
        return "offers/offer_preview.html"

    def serve_preview(self, request, mode_name):
        """The admin's preview: the card (the only mode listed). The mode "seite", asked for
        only by read_aloud/audio.py, is the live offer's public page, which it reads aloud."""
        if mode_name == PAGE_PREVIEW_MODE:
            directory = self.directory()
            if directory is None:
                raise Http404
            return directory.offer(request, self.slug)
        return super().serve_preview(request, mode_name)

    def directory(self, site=None):
        """The live directory of `site` (default: the offer's centre's, for a shared offer
        the default site's) in the offer's language, which gives the offer its address; None
        if there is none."""
        site = site or self.site or Site.objects.filter(is_default_site=True).first()
        if site is None:
            return None
        directories = OfferIndexPage.objects.live().public()
        german = directories.descendant_of(site.root_page).first()
        if german is None or german.locale_id == self.locale_id:
            return german
        return directories.filter(
            translation_key=german.translation_key, locale_id=self.locale_id
        ).first()

    def get_full_url(self):
        directory = self.directory()
        return directory.offer_full_url(self) if directory is not None else None

    # PreviewableMixin builds its preview request for this address.
    full_url = property(get_full_url)

    @property
    def is_free(self):
        return self.cost == self.Cost.FREE

    @property
    def needs_check(self):
        return self.last_checked is None or self.last_checked < (
            timezone.localdate() - CHECK_INTERVAL
        )

    @property
    def contact_phone(self):
        return self.phone or (self.provider.phone if self.provider_id else "")

    @property
    def live_places(self):
        """The offer's places that visitors see (published), in the editor's order."""
        return [link.place for link in self.offer_places.all() if link.place.live]

    @property
    def towns(self):
        """The towns of those places, each once: "Eschwege, Witzenhausen" on the card."""
        return list(dict.fromkeys(place.town for place in self.live_places))

    @property
    def contact_email(self):
        return self.email or (self.provider.email if self.provider_id else "")


def topic_keys(offer_ids):
    """The translation keys of the topics of these offers: translated offers link the German
    topics, so the topics in any language are found through their keys."""
    return OfferTopic.objects.filter(offers__in=offer_ids).values("translation_key")


def due_for_check(queryset):
    """Offers nobody has checked for six months (or ever), oldest first."""
    limit = timezone.localdate() - CHECK_INTERVAL
    return queryset.filter(Q(last_checked__isnull=True) | Q(last_checked__lt=limit)).order_by(
        models.F("last_checked").asc(nulls_first=True), "name"
    )


class OpeningRule(Orderable):
    """One weekly time of an offer (HSDS schedule with byday): Monday 9:00 to 12:00."""

    class Kind(models.TextChoices):
        OPEN = "offen", _("Geöffnet, ohne Termin")
        APPOINTMENT = "termin", _("Nur nach Terminvereinbarung")

    offer = ParentalKey(Offer, on_delete=models.CASCADE, related_name="opening_rules")
    place = models.ForeignKey(
        Place,
        verbose_name=_("Ort"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Nur bei mehreren Orten nötig, z. B. „Bürgerhaus Witzenhausen“ für die Zeit am "
            "Donnerstag. Leer: der erste Ort des Angebots."
        ),
    )
    weekday = models.PositiveSmallIntegerField(
        _("Wochentag"), choices=Weekday.choices, help_text=_("z. B. „Montag“.")
    )
    opens = models.TimeField(_("Von"), help_text=_("z. B. „9:00“."))
    closes = models.TimeField(_("Bis"), help_text=_("z. B. „12:00“."))
    kind = models.CharField(
        _("Art"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.OPEN,
        help_text=_("„Nur nach Terminvereinbarung“: zu dieser Zeit nur mit Termin."),
    )
    valid_from = models.DateField(
        _("Gilt ab"), null=True, blank=True, help_text=_("Optional, z. B. Beginn des Semesters.")
    )
    valid_until = models.DateField(
        _("Gilt bis"), null=True, blank=True, help_text=_("Optional, z. B. Ende des Semesters.")
    )

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("place"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Öffnungszeit")
        verbose_name_plural = _("Öffnungszeiten")

    def clean(self):
        super().clean()
        if self.opens and self.closes and self.opens >= self.closes:
            raise ValidationError({"closes": _("„Bis“ muss nach „Von“ liegen, z. B. 9:00–12:00.")})
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValidationError({"valid_until": _("„Gilt bis“ liegt vor „Gilt ab“.")})

    def applies_on(self, day):
        return (
            day.weekday() == self.weekday
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_until is None or day <= self.valid_until)
        )

    @property
    def by_appointment(self):
        return self.kind == self.Kind.APPOINTMENT


class Closure(Orderable):
    """Days on which an offer is closed: holidays, a training day (HSDS schedule exceptions)."""

    offer = ParentalKey(Offer, on_delete=models.CASCADE, related_name="closures")
    place = models.ForeignKey(
        Place,
        verbose_name=_("Ort"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Leer: an allen Orten des Angebots geschlossen, z. B. in den Weihnachtsferien. "
            "Sonst nur an diesem Ort, z. B. „Bürgerhaus Witzenhausen“ wegen Renovierung."
        ),
    )
    first_day = models.DateField(_("Von"), help_text=_("Erster geschlossener Tag."))
    last_day = models.DateField(
        _("Bis"),
        null=True,
        blank=True,
        help_text=_("Letzter geschlossener Tag; leer: nur ein Tag."),
    )
    reason = models.CharField(
        _("Grund"), max_length=100, blank=True, help_text=_("z. B. „Weihnachtsferien“.")
    )

    panels = [
        FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]),
        FieldPanel("reason"),
        FieldPanel("place"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Schließzeit")
        verbose_name_plural = _("Schließzeiten")

    def clean(self):
        super().clean()
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValidationError({"last_day": _("„Bis“ liegt vor „Von“.")})

    @property
    def until(self):
        return self.last_day or self.first_day

    def covers(self, day):
        return self.first_day <= day <= self.until


class OfferPlace(Orderable):
    """One place where an offer is given (HSDS service_at_location); its weekly times and
    closures are the offer's OpeningRule and Closure rows that name this place (or none, see
    hours.schedules)."""

    offer = ParentalKey(Offer, on_delete=models.CASCADE, related_name="offer_places")
    place = models.ForeignKey(
        Place,
        verbose_name=_("Ort"),
        on_delete=models.CASCADE,
        related_name="offer_places",
        help_text=_("z. B. „Kreishaus Eschwege“. Neue Orte legen Sie unter „Angebote → Orte“ an."),
    )

    panels = [FieldPanel("place")]

    class Meta(Orderable.Meta):
        verbose_name = _("Ort des Angebots")
        verbose_name_plural = _("Orte des Angebots")

    def __str__(self):
        return str(self.place)


class OfferContact(RelatedContact):
    offer = ParentalKey(Offer, on_delete=models.CASCADE, related_name="related_contacts")


class OfferIndexPage(RoutablePageMixin, CentreSectionPage):
    """The directory "Angebote" (/angebote/): the centre's and the shared offers, filterable
    without JavaScript; each offer has its page below it (/angebote/<slug>/)."""

    OFFERS_PER_PAGE = 20

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Ein, zwei Sätze über dem Verzeichnis, z. B. wobei die Angebote helfen."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("Verzeichnis der Angebote")
        verbose_name_plural = _("Verzeichnisse der Angebote")

    @staticmethod
    def offers(site):
        """The offers the site lists, in the current language: live, its own and the shared
        ones, not ended."""
        return in_current_language(
            Offer.objects.live().for_site(site).exclude(status=Offer.Status.ENDED)
        )

    def filter_choices(self, site):
        """Only topics, languages, towns and target groups some listed offer has: no choice
        leads nowhere."""
        shown = Offer.objects.live().for_site(site).exclude(status=Offer.Status.ENDED)
        shown_ids = shown.values("pk")
        topics = in_current_language(
            OfferTopic.objects.filter(translation_key__in=topic_keys(shown_ids))
        )
        target_groups = in_current_language(
            TargetGroup.objects.filter(
                translation_key__in=TargetGroup.objects.filter(offers__in=shown_ids).values(
                    "translation_key"
                )
            )
        )
        languages = Language.objects.filter(offers__in=shown_ids).distinct()
        # The towns of all places of the listed offers: an offer at two places is in both.
        towns = sorted(
            {
                Town(town)
                for town in OfferPlace.objects.filter(offer__in=shown_ids).values_list(
                    "place__town", flat=True
                )
            },
            key=lambda town: town.name,
        )
        return {
            "topics": list(topics),
            "languages": list(languages),
            "towns": towns,
            "target_groups": list(target_groups),
        }

    @staticmethod
    def filtered(offers, data):
        """`offers` narrowed to the form's cleaned `data` (all but "open now")."""
        if data.get("thema"):
            # Offers link a topic in their language or its German original.
            offers = offers.filter(topics__translation_key=data["thema"].translation_key)
        if data.get("zielgruppe"):
            offers = offers.filter(
                target_groups__translation_key=data["zielgruppe"].translation_key
            )
        if data.get("sprache"):
            offers = offers.filter(languages=data["sprache"])
        if data.get("ort"):
            # Any of the offer's places.
            offers = offers.filter(offer_places__place__town=data["ort"].name)
        if data.get("kostenlos"):
            offers = offers.filter(cost=Offer.Cost.FREE)
        return offers.distinct()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request)
        # Built only when a filter is asked for or the kept form is made afresh (template).
        form = SimpleLazyObject(lambda: OfferFilterForm(request.GET, **self.filter_choices(site)))
        is_filtered = any(request.GET.get(name) for name in OfferFilterForm.base_fields)
        offers, selection = Offer.objects.none(), None
        now = timezone.now()
        if not is_filtered:
            offers, selection = self.offers(site).for_listing(), ""
        elif form.is_valid():
            offers = self.filtered(self.offers(site), form.cleaned_data).for_listing()
            # Only validated values: junk in the query string never makes a key.
            selection = "&".join(
                f"{name}={getattr(value, 'pk', value)}"
                for name, value in sorted(form.cleaned_data.items())
                if value
            )
            if form.cleaned_data.get("offen"):
                # Opening hours are rules, not columns: checked here on the prefetched offers
                # (open at any of their places).
                offers = [offer for offer in offers if hours.is_open_at(offer, now)]
        page_obj = Paginator(offers, self.OFFERS_PER_PAGE).get_page(request.GET.get("page"))
        base_url = self.get_url(request)

        @functools.cache
        def shown():
            listed = list(page_obj.object_list)
            for offer in listed:
                offer.opening_status = hours.status_at(offer, now)
                offer.url = f"{base_url}{offer.slug}/"
                # A German offer on a page in another language keeps its language and direction.
                offer.language = offer.locale.language_code
                offer.direction = language_direction(offer.language)
            return listed

        # The form and the cards are kept per valid selection and page for ten minutes at most
        # (opening hours change with the clock); an invalid selection is rendered every time.
        slot = f"{now:%Y%m%d%H}{now.minute // 10}"
        context.update(
            filter_form=form,
            is_filtered=is_filtered,
            filter_key=None if selection is None else f"{selection}:{slot}",
            cards_key=None if selection is None else f"{selection}:{page_obj.number}:{slot}",
            page_obj=page_obj,
            offers=shown,
        )
        return context

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        site = self.get_site()
        base = self.get_full_url(request)
        if not base:
            return urls
        for offer in self.offers(site).only("slug", "last_published_at"):
            urls.append({"location": f"{base}{offer.slug}/", "lastmod": offer.last_published_at})
        return urls

    def offer_url(self, offer, request=None):
        return f"{self.get_url(request)}{offer.slug}/"

    def offer_full_url(self, offer, request=None):
        return f"{self.get_full_url(request)}{offer.slug}/"

    def get_offer(self, request, slug):
        site = Site.find_for_request(request)
        offer = (
            in_current_language(Offer.objects.live().for_site(site))
            .for_listing()
            .filter(slug=slug)
            .first()
        )
        if offer is None:
            raise Http404
        return offer

    @path("hsds/", name="hsds")
    def hsds(self, request):
        """The centre's offers as HSDS 3 open data (JSON, or CSV tables with ?format=csv)."""
        offers = Offer.objects.open_data(Site.find_for_request(request))
        return export_response(request, offers, self.get_full_url(request))

    @re_path(r"^(?P<slug>[-\w]+)/$", name="offer")
    def offer(self, request, slug):
        offer = self.get_offer(request, slug)
        site = Site.find_for_request(request)
        now = timezone.now()
        contacts = contacts_for_cards(offer.related_contacts.all(), site)
        # Providers and places are shown in their live version only.
        provider = offer.provider if offer.provider and offer.provider.live else None
        places = [
            {
                "place": schedule.place
                if schedule.place is not None and schedule.place.live
                else None,
                "status": hours.status_at(schedule, now),
                "week": hours.week_table(schedule),
                "closures": hours.upcoming_closures(schedule),
            }
            for schedule in hours.schedules(offer)
        ]
        return self.render(
            request,
            template="offers/offer_page.html",
            context_overrides={
                "offer": offer,
                "offer_language": offer.locale.language_code,
                "offer_direction": language_direction(offer.locale.language_code),
                # A translated offer links the German topics: shown in the page's language.
                "topics": in_current_language(
                    OfferTopic.objects.filter(
                        translation_key__in=offer.topics.values("translation_key")
                    )
                ),
                "target_groups": in_current_language(
                    TargetGroup.objects.filter(
                        translation_key__in=offer.target_groups.values("translation_key")
                    )
                ),
                "provider": provider,
                "places": places,
                "status": hours.status_at(offer, now),
                "has_hours": any(entry["week"] for entry in places),
                "several_places": len(places) > 1,
                "contacts": contacts,
                STRUCTURED_DATA_KEY: [
                    service(offer, provider, places, request, self.get_full_url(request))
                ],
            },
        )

    @re_path(r"^(?P<slug>[-\w]+)/kalender/$", name="offer_ics")
    def offer_ics(self, request, slug):
        offer = self.get_offer(request, slug)
        return openings_response(request, offer, self.get_full_url(request) + f"{offer.slug}/")
