import datetime
import hashlib
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
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
from integrationsnetz import page_cache
from integrationsnetz.blocks import BODY_HELP, BodyBlock
from integrationsnetz.i18n import in_current_language
from integrationsnetz.models import PROMOTE_PANELS, LeadImageMixin, OrganisationSettings
from integrationsnetz.page_forms import RoutedParentPageForm
from integrationsnetz.view_restrictions import KnownRestrictionsMixin, public

from .dates import group_by_month, months_with_events, next_month
from .forms import EventFilterForm
from .ical import calendar_response
from .structured_data import event_data
from .timespan import format_timespan

PAST_EVENTS_PER_PAGE = 10
# The calendar's pages: a phone shows a few months at a time, not a year's programme.
UPCOMING_EVENTS_PER_PAGE = 20
ACCESSIBILITY_FIELDS = (
    "step_free",
    "accessible_toilet",
    "induction_loop",
    "sign_language",
    "easy_language",
)


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


class EventIndexPage(RoutablePageMixin, KnownRestrictionsMixin, Page):
    CATEGORY_PARAMETER = "kategorie"
    MONTH_PARAMETER = "monat"

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Ein, zwei Sätze über dem Veranstaltungskalender."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    promote_panels = PROMOTE_PANELS
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["integrationsnetz.HomePage"]
    subpage_types = ["events.EventPage"]
    # What the page keeps besides the frame: read with its route (HomePage.route).
    kept_fragments = ("event-filters",)
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Veranstaltungskalender")
        verbose_name_plural = _("Veranstaltungskalender")

    def events(self):
        """The published events below this page, in no set order."""
        return public(EventPage.objects.child_of(self).live())

    def upcoming_events(self, now=None):
        return self.events().upcoming(now).for_cards()

    def past_events(self, now=None):
        return self.events().past(now).for_cards()

    def get_context(self, request, *args, archive=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if archive:
            context.update(self._archive_context(request))
        else:
            context.update(self._calendar_context(request))
        return context

    def _calendar_choices(self, now):
        return {
            "categories": list(in_current_language(EventCategory.objects.all())),
            "spans": list(self.events().upcoming(now).values_list("start", "end")),
        }

    def _calendar_context(self, request):
        now = timezone.now()
        # The choices and the events of each offered filter are kept until an event below, a
        # category or the calendar changes (page_cache.py, signals.py). What has ended since
        # they were kept is left out here, so they never show a past event.
        kept = page_cache.remember(
            request, "event-filters", lambda: self._calendar_choices(now), per_path=True
        )
        months = months_with_events([span for span in kept["spans"] if span[1] >= now], now)
        form = EventFilterForm(request.GET, categories=kept["categories"], months=months)
        events, floor, selection = [], now, None
        if form.is_valid():
            category, month = form.cleaned_data.get("kategorie"), form.cleaned_data.get("monat")

            def chosen():
                events = self.events().upcoming(now).for_cards(renditions=False)
                if category is not None:
                    # Events link the category in their language or its German original.
                    events = events.filter(category__translation_key=category.translation_key)
                if month is not None:
                    events = events.filter(start__lt=next_month(month), end__gte=month)
                return list(events)

            if month is not None:
                floor = max(now, month)
            if month is None or month.date() in months:
                # Only offered choices make keys: other months in the query string do not.
                chosen_month = month.strftime("%Y-%m") if month else ""
                selection = f"{category.slug if category else ''}:{chosen_month}"
                events = page_cache.remember(request, f"events:{selection}", chosen, per_path=True)
            else:
                events = chosen()
            events = [event for event in events if event.end >= now]

        feed_url = self.get_full_url(request) + self.reverse_subpage("ical_feed")
        page_obj = Paginator(events, UPCOMING_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        shown = list(page_obj.object_list)
        month_groups = group_by_month(shown, floor)
        # The cards are kept by what they show: the events (an event that has ended drops out
        # of the key at once) and the month of the floor they are grouped from.
        shown_ids = ",".join(str(event.pk) for event in shown)
        digest = hashlib.md5(shown_ids.encode(), usedforsecurity=False).hexdigest()
        return {
            "filter_form": form,
            # The key of the kept filter form (template): the validated, offered selection and
            # the first month offered (months drop out as time passes). None when invalid.
            "filter_key": selection and f"{selection}:{months[0] if months else ''}",
            "month_groups": month_groups,
            "page_obj": page_obj,
            "event_count": page_obj.paginator.count,
            "cards_key": f"{floor:%Y-%m}:{digest}" if shown else None,
            "feed_url": feed_url,
            # webcal:// makes browsers hand the address to the calendar program to subscribe.
            "webcal_url": re.sub(r"^https?://", "webcal://", feed_url),
            "archive_url": self.get_url(request) + self.reverse_subpage("archive"),
        }

    def _archive_context(self, request):
        # Renditions from Wagtail's cache.
        events = self.events().past().for_cards(renditions=False)
        page_obj = Paginator(events, PAST_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
        return {"page_obj": page_obj, "past_events": page_obj.object_list}

    def get_cached_paths(self):
        # The page cache and a frontend cache purge these with the calendar (page_cache.py).
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


class EventPage(LeadImageMixin, RoutablePageMixin, KnownRestrictionsMixin, Page):
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
    kept_fragments = ("event-page", "html:lead-image", "html:contacts")
    # Refuses slugs such as "archiv" that the calendar's own routes would answer.
    base_form_class = RoutedParentPageForm

    search_result_type = _("Veranstaltung")

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
        self._clean_dates(errors)
        if not (self.venue_name or self.city or self.online_url):
            errors["venue_name"] = _(
                "Bitte geben Sie einen Veranstaltungsort oder einen Link zur "
                "Online-Veranstaltung an."
            )
        if not self.is_free and not self.cost.strip():
            errors["cost"] = _(
                "Bitte geben Sie die Kosten an oder setzen Sie den Haken bei „Kostenlos“."
            )
        if self.registration_required and not (
            self.registration_url or self.registration_contact_id
        ):
            errors["registration_url"] = _(
                "Bitte geben Sie an, wie man sich anmeldet: einen Link oder eine Person "
                "unter „Anmeldung bei“."
            )
        if (
            self.registration_deadline
            and self.start
            and self.registration_deadline > timezone.localdate(self.start)
        ):
            errors["registration_deadline"] = _(
                "Der Anmeldeschluss darf nicht nach dem Tag der Veranstaltung liegen."
            )
        if errors:
            raise ValidationError(errors)

    def _clean_dates(self, errors):
        if self.start is None:
            return
        if self.all_day:
            first_day = timezone.localdate(self.start)
            last_day = timezone.localdate(self.end) if self.end else first_day
            if last_day < first_day:
                errors["end"] = _("Das Ende muss nach dem Beginn liegen.")
                return
            # Stored as local midnight of the first day to the last second of the last day,
            # so "upcoming" (end >= now) holds until the last day is over.
            self.start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time()))
            self.end = timezone.make_aware(
                datetime.datetime.combine(last_day, datetime.time(23, 59, 59))
            )
        elif self.end is None:
            errors["end"] = _("Bitte geben Sie an, wann die Veranstaltung endet.")
        elif self.end <= self.start:
            errors["end"] = _("Das Ende muss nach dem Beginn liegen.")

    @property
    def first_day(self):
        return timezone.localdate(self.start)

    @property
    def last_day(self):
        return timezone.localdate(self.end)

    @property
    def when_text(self):
        """The time span in German words, e.g. "Mittwoch, 2. Dezember 2026, 16:00 bis 18:00 Uhr"."""
        return format_timespan(self.start, self.end, self.all_day)

    @property
    def when_html(self):
        """As when_text, with `<time datetime>` elements around each date and time."""
        return format_timespan(self.start, self.end, self.all_day, html=True)

    @property
    def address_lines(self):
        locality = " ".join(part for part in (self.postal_code, self.city) if part)
        return [line for line in (self.venue_name, self.street, locality) if line]

    @property
    def location_text(self):
        """The place on one line, e.g. for calendar files; the online link if there is no place."""
        return ", ".join(self.address_lines) or self.online_url

    @property
    def place_text(self):
        """The short place for cards: the town, or "Online"."""
        if self.city or self.venue_name:
            return self.city or self.venue_name
        return _("Online")

    @property
    def card_meta(self):
        """Place, category and cost for a card, e.g. "Eschwege · Begegnung · kostenlos"."""
        cost = _("kostenlos") if self.is_free else self.cost
        category = self.category.name if self.category_id else ""
        return " · ".join(str(part) for part in (self.place_text, category, cost) if part)

    @property
    def accessibility_features(self):
        """The accessibility features that apply, as German labels."""
        return [
            self._meta.get_field(name).verbose_name
            for name in ACCESSIBILITY_FIELDS
            if getattr(self, name)
        ]

    @property
    def registration_deadline_passed(self):
        return bool(
            self.registration_deadline and self.registration_deadline < timezone.localdate()
        )

    @property
    def is_over(self):
        return self.end < timezone.now()

    def search_result_date(self):
        return self.first_day

    def search_result_is_past(self):
        return self.is_over

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def shown():
            site = Site.find_for_request(request)
            contacts = contacts_for_cards(self.related_contacts.all(), site)
            languages = list(self.languages.all())
            registration_contact = None
            if self.registration_contact_id:
                registration_contact = (
                    Contact.objects.live()
                    .for_site(site)
                    .filter(pk=self.registration_contact_id)
                    .first()
                )
            return {
                "contacts": contacts,
                "registration_contact": registration_contact,
                "event_languages": languages,
                "structured_data_items": [event_data(self, request, contacts, languages)],
                "lead_image": self.lead_image,
                "category": self.category,
            }

        # Kept until the event, a contact it shows or its category changes (page_cache.py).
        context.update(page_cache.remember(request, "event-page", shown, per_path=True))
        self.lead_image = context.pop("lead_image")
        self.category = context.pop("category")
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
