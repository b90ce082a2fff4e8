import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, Site, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from contacts.models import Contact, RelatedContact, contacts_for_cards
from integrationsnetz.blocks import BODY_HELP, BodyBlock
from integrationsnetz.models import (
    PROMOTE_PANELS,
    CentreSectionPage,
    LeadImageMixin,
    OrganisationSettings,
    ViewRestrictionsMixin,
)
from integrationsnetz.page_forms import RoutedParentPageForm
from integrationsnetz.structured_data import STRUCTURED_DATA_KEY

from .calendar import archive_context, calendar_context
from .display import EventDisplay
from .ical import calendar_response
from .structured_data import event_data
from .validation import event_errors
from .vocabulary import SEARCH_RESULT_TYPE


class EventCategory(TranslatableMixin, models.Model):
    name = models.CharField(
        _("Name"),
        max_length=100,
        help_text=_("z. B. „Begegnung“ oder „Information und Beratung“. Erscheint im Filter."),
    )
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=100,
        help_text=_("Erscheint in Filteradressen, z. B. „begegnung“."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Veranstaltungskategorie")
        verbose_name_plural = _("Veranstaltungskategorien")
        # Unique per language: a translation keeps the slug, so filter addresses stay the same.
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="events_category_name_locale"),
            models.UniqueConstraint(fields=["slug", "locale"], name="events_category_slug_locale"),
        ]

    def __str__(self):
        return self.name


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Events that have not ended yet (a running event counts), soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "end", "pk")

    def past(self, now=None):
        """Events that have ended, the most recent first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-end", "-pk")

    def for_cards(self, renditions=True):
        """Everything an event card shows, in a constant number of queries.

        `renditions=False` for cards kept in the fragment cache: Wagtail looks no further than
        prefetched renditions, so a kept list would miss those made after it; without, Wagtail's
        rendition cache serves them.
        """
        cards = self.select_related("category", "lead_image", "locale")
        return cards.prefetch_related("lead_image__renditions") if renditions else cards


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventIndexPage(RoutablePageMixin, CentreSectionPage):
    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Ein, zwei Sätze über dem Veranstaltungskalender."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("Veranstaltungskalender")
        verbose_name_plural = _("Veranstaltungskalender")

    def events(self):
        """The published events below this page, in no set order."""
        return EventPage.objects.child_of(self).live().public()

    def upcoming_events(self, now=None):
        return self.events().upcoming(now).for_cards()

    def past_events(self, now=None):
        return self.events().past(now).for_cards()

    def get_context(self, request, *args, archive=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if archive:
            context.update(archive_context(self.events(), request))
            return context
        categories = EventCategory.objects.all()
        context.update(calendar_context(self.events(), categories, request))
        feed_url = self.get_full_url(request) + self.reverse_subpage("ical_feed")
        context.update(
            {
                "feed_url": feed_url,
                # The same calendar relative to the request's host: a download that works on
                # any host and port the site answers on (the subscription needs the Site
                # record's).
                "feed_path": self.get_url(request) + self.reverse_subpage("ical_feed"),
                # webcal:// makes browsers hand the address to the calendar program.
                "webcal_url": re.sub(r"^https?://", "webcal://", feed_url),
                "archive_url": self.get_url(request) + self.reverse_subpage("archive"),
            }
        )
        return context

    def get_cached_paths(self):
        # Purged from Varnish with the calendar (integrationsnetz/caching.py).
        return ["/", "archiv/", "kalender/"]

    @path("archiv/", name="archive")
    def archive(self, request):
        return self.render(request, archive=True, template="events/event_index_page_archive.html")

    @path("kalender/", name="ical_feed")
    def ical_feed(self, request):
        organisation = OrganisationSettings.for_request(request)
        name = self.title
        if organisation.name:
            name = _("%(title)s – %(organisation)s") % {
                "title": self.title,
                "organisation": organisation.name,
            }
        return calendar_response(
            request, self.upcoming_events(), filename=f"{self.slug}.ics", name=name
        )


class EventPage(EventDisplay, LeadImageMixin, RoutablePageMixin, ViewRestrictionsMixin, Page):
    teaser = models.TextField(
        _("Anreißer"),
        max_length=300,
        help_text=_(
            "Ein, zwei Sätze (höchstens 300 Zeichen): Worum geht es, für wen ist es? "
            "Erscheint im Kalender, in Kalenderdateien und für Suchmaschinen."
        ),
    )
    start = models.DateTimeField(
        _("Beginn"),
        help_text=_("Datum und Uhrzeit des Beginns (deutsche Zeit)."),
    )
    end = models.DateTimeField(
        _("Ende"),
        blank=True,
        help_text=_(
            "Datum und Uhrzeit des Endes. Bei ganztägigen Veranstaltungen genügt der letzte "
            "Tag; leer lassen, wenn sie nur einen Tag dauert."
        ),
    )
    all_day = models.BooleanField(
        _("Ganztägig"),
        default=False,
        help_text=_(
            "Für Veranstaltungen ohne feste Uhrzeit, z. B. eine Aktionswoche. Die Uhrzeiten "
            "werden dann ignoriert: Die Veranstaltung gilt vom ersten Tag 0 Uhr bis zum "
            "letzten Tag 23:59 Uhr."
        ),
    )

    venue_name = models.CharField(
        _("Veranstaltungsort"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „Kreishaus Eschwege, Sitzungssaal“."),
    )
    street = models.CharField(
        _("Straße und Hausnummer"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „Schlossplatz 1“."),
    )
    postal_code = models.CharField(
        _("Postleitzahl"), max_length=10, blank=True, help_text=_("z. B. „37269“.")
    )
    city = models.CharField(
        _("Ort"),
        max_length=100,
        blank=True,
        help_text=_("z. B. „Eschwege“. Erscheint auf der Karte im Kalender."),
    )
    online_url = models.URLField(
        _("Link zur Online-Veranstaltung"),
        blank=True,
        help_text=_(
            "Nur für Online-Veranstaltungen oder wenn man auch online teilnehmen kann. "
            "Es braucht einen Ort oder einen Link."
        ),
    )

    is_free = models.BooleanField(
        _("Kostenlos"),
        default=True,
        help_text=_("Haken entfernen, wenn die Teilnahme etwas kostet, und den Betrag angeben."),
    )
    cost = models.CharField(
        _("Kosten"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „5 €, ermäßigt 3 €“. Nur nötig, wenn die Teilnahme etwas kostet."),
    )
    languages = ParentalManyToManyField(
        "contacts.Language",
        verbose_name=_("Sprachen der Veranstaltung"),
        blank=True,
        related_name="events",
        help_text=_("In welchen Sprachen wird gesprochen oder übersetzt?"),
    )

    registration_required = models.BooleanField(
        _("Anmeldung erforderlich"),
        default=False,
        help_text=_("Dann bitte angeben, wie man sich anmeldet: ein Link oder eine Person."),
    )
    registration_url = models.URLField(
        _("Link zur Anmeldung"),
        blank=True,
        help_text=_("z. B. ein Anmeldeformular."),
    )
    registration_contact = models.ForeignKey(
        Contact,
        verbose_name=_("Anmeldung bei"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die Person, bei der man sich per Telefon oder E-Mail anmeldet."),
    )
    registration_deadline = models.DateField(
        _("Anmeldeschluss"),
        null=True,
        blank=True,
        help_text=_("Optional. Spätestens am Tag der Veranstaltung."),
    )

    step_free = models.BooleanField(
        _("Stufenlos erreichbar"),
        default=False,
        help_text=_("Eingang und Veranstaltungsraum ohne Stufen, z. B. über Rampe oder Aufzug."),
    )
    accessible_toilet = models.BooleanField(
        _("Barrierefreies WC"),
        default=False,
        help_text=_("Eine rollstuhlgerechte Toilette ist vor Ort."),
    )
    induction_loop = models.BooleanField(
        _("Induktionsschleife"),
        default=False,
        help_text=_("Eine Höranlage für Menschen mit Hörgerät ist vorhanden."),
    )
    sign_language = models.BooleanField(
        _("Gebärdensprachdolmetschung"),
        default=False,
        help_text=_("Die Veranstaltung wird in Deutsche Gebärdensprache gedolmetscht."),
    )
    easy_language = models.BooleanField(
        _("Leichte Sprache"),
        default=False,
        help_text=_("Die Veranstaltung oder Unterlagen gibt es in Leichter Sprache."),
    )
    accessibility_notes = models.TextField(
        _("Weitere Hinweise zur Barrierefreiheit"),
        blank=True,
        help_text=_(
            "z. B. „Der Aufzug ist über den Hofeingang erreichbar.“ oder wen man wegen "
            "Unterstützung vorab ansprechen kann."
        ),
    )

    category = models.ForeignKey(
        EventCategory,
        verbose_name=_("Kategorie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Danach können Besucherinnen und Besucher den Kalender filtern."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True, help_text=BODY_HELP)

    objects = EventPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("teaser"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Wann"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldPanel("online_url"),
            ],
            heading=_("Wo"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldPanel("cost"),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("category"),
            ],
            heading=_("Teilnahme"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_required"),
                FieldPanel("registration_url"),
                FieldPanel("registration_contact"),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Anmeldung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free"),
                FieldPanel("accessible_toilet"),
                FieldPanel("induction_loop"),
                FieldPanel("sign_language"),
                FieldPanel("easy_language"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Barrierefreiheit"),
            help_text=_("Nur ankreuzen, was sicher zutrifft."),
        ),
        InlinePanel(
            "related_contacts",
            label=_("Veranstaltet von"),
            heading=_("Veranstaltet von"),
            help_text=_("Die Ansprechpersonen für Fragen zur Veranstaltung."),
        ),
        LeadImageMixin.lead_image_panel,
        FieldPanel("body"),
    ]
    promote_panels = PROMOTE_PANELS
    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    # What the page keeps besides the frame: read with its route (HomePage.route).
    # Refuses slugs such as "archiv" that the calendar's own routes would answer.
    base_form_class = RoutedParentPageForm

    search_result_type = SEARCH_RESULT_TYPE

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        # Collected, not raised one by one, so the editor sees every problem at once.
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        errors.update(event_errors(self))
        if errors:
            raise ValidationError(errors)

    def search_result_date(self):
        return self.first_day

    def search_result_is_past(self):
        return self.is_over

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request)

        def contacts():
            return contacts_for_cards(self.related_contacts.all(), site)

        def registration_contact():
            if not self.registration_contact_id:
                return None
            return Contact.objects.live().for_site(site).filter(pk=self.registration_contact_id)

        # Callables: the template's fragments call them only when they render afresh.
        context.update(
            {
                "contacts": contacts,
                "registration_contact": lambda: (registration_contact() or [None])[0],
                "event_languages": self.languages.all,
                STRUCTURED_DATA_KEY: lambda: [
                    event_data(self, request, contacts(), list(self.languages.all()))
                ],
            }
        )
        return context

    def get_cached_paths(self):
        return ["/", "kalender/"]

    @path("kalender/", name="ical")
    def ical(self, request):
        return calendar_response(request, [self], filename=f"{self.slug}.ics")


class EventOrganiser(RelatedContact):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_contacts")

    class Meta(RelatedContact.Meta):
        verbose_name = _("Veranstalter*in")
        verbose_name_plural = _("Veranstaltet von")
