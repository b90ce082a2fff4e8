from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
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

from integrationsnetz.i18n import in_current_language
from integrationsnetz.localize import in_visitor_language
from integrationsnetz.models import CentreSectionPage, OrganisationSettings
from integrationsnetz.phone import PhoneNumberField
from integrationsnetz.slugs import german_slug
from integrationsnetz.snippets import CentreWorkflowMixin, SiteScopedQuerySet, SlugFromNameMixin
from integrationsnetz.structured_data import organisation, person

from .admin_forms import ContactAdminForm
from .forms import ContactFilterForm

# What a contact card shows beyond the contact's own columns and its photo.
CARD_PREFETCH = ("photo__renditions", "languages", "topics")


class Topic(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("Name"),
        max_length=100,
        help_text=_(
            "z. B. „Flucht und Asyl“. Erscheint als Filter im Verzeichnis der Ansprechpersonen."
        ),
    )
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=100,
        blank=True,
        help_text=_(
            "Erscheint in Filteradressen, z. B. „integrationskurse“. "
            "Leer lassen, um es aus dem Namen zu bilden."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        # Unique per language: a translation keeps the slug, so filter addresses stay the same.
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="contacts_topic_name_locale"),
            models.UniqueConstraint(fields=["slug", "locale"], name="contacts_topic_slug_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.slug and self.name:
            self.slug = german_slug(self.name)[:100]


class Language(index.Indexed, models.Model):
    name = models.CharField(
        _("Sprache"), max_length=60, unique=True, help_text=_("Auf Deutsch, z. B. „Arabisch“.")
    )
    native_name = models.CharField(
        _("Name in der Sprache selbst"),
        max_length=60,
        blank=True,
        help_text=_("z. B. „العربية“ für Arabisch. Hilft Menschen, die wenig Deutsch lesen."),
    )
    code = models.SlugField(
        _("Sprachcode"),
        max_length=12,
        unique=True,
        help_text=_("Kürzel nach ISO 639-1, z. B. „ar“ für Arabisch oder „fa“ für Farsi."),
    )

    panels = [FieldPanel("name"), FieldPanel("native_name"), FieldPanel("code")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("native_name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")

    def __str__(self):
        return self.name


class ContactQuerySet(SiteScopedQuerySet):
    def for_cards(self, renditions=True):
        """Everything a contact card shows, in a constant number of queries.

        `renditions=False` for cards kept in the fragment cache: prefetched renditions would be
        kept with them, and Wagtail looks no further than a prefetched list, so a rendition
        made after it (on the first visit) would be looked up again on every visit. Without,
        Wagtail's rendition cache serves them.
        """
        prefetch = CARD_PREFETCH if renditions else CARD_PREFETCH[1:]
        return self.select_related("photo").prefetch_related(*prefetch)


class Contact(
    SlugFromNameMixin,
    CentreWorkflowMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A contact person. Edited as drafts, approved through the workflow of its centre
    ("Freigabe durch die Koordination (<Zentrum>)"), and shown on the public site only in its
    live (published) version."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("Website"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contacts",
        help_text=_(
            "Auf welcher Website (welchem WIR-Zentrum) die Person erscheint. Leer lassen nur "
            "für Personen, die alle Zentren teilen, z. B. eine Ansprechperson beim Land; "
            "solche Einträge darf nur bearbeiten, wer für alle Websites zuständig ist."
        ),
    )
    name = models.CharField(_("Name"), max_length=150, help_text=_("Vor- und Nachname."))
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=150,
        blank=True,
        help_text=_(
            "Wird für die vCard-Adresse verwendet, z. B. „julia-kapinus“. "
            "Leer lassen, um es aus dem Namen zu bilden."
        ),
    )
    role = models.CharField(
        _("Funktion"), max_length=150, help_text=_("z. B. „WIR-Koordinatorin“.")
    )
    unit = models.CharField(
        _("Organisationseinheit"),
        max_length=200,
        blank=True,
        help_text=_(
            "z. B. „WIR-Vielfaltszentrum, Fachbereich Jugend, Familie, Senioren und Soziales“."
        ),
    )
    phone = PhoneNumberField(
        _("Telefon"),
        blank=True,
        help_text=_(
            "Mit Vorwahl, z. B. „05651 302-30308“; die Durchwahl nach einem Bindestrich. "
            "Wird beim Speichern einheitlich geschrieben."
        ),
    )
    email = models.EmailField(
        _("E-Mail-Adresse"),
        blank=True,
        help_text=_("Die dienstliche Adresse, z. B. „vorname.nachname@werra-meissner-kreis.de“."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Das Bild braucht in der Bildverwaltung einen Alternativtext."),
    )
    office_hours = models.TextField(
        _("Sprechzeiten"),
        blank=True,
        help_text=_("z. B. „Mo–Do 9–12 Uhr und nach Vereinbarung“. Eine Zeile je Angabe."),
    )
    languages = ParentalManyToManyField(
        Language,
        verbose_name=_("Gesprochene Sprachen"),
        blank=True,
        related_name="contacts",
        help_text=_("Sprachen, in denen die Person berät, Deutsch eingeschlossen."),
    )
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("Themen"),
        blank=True,
        related_name="contacts",
        help_text=_(
            "Wofür ist die Person ansprechbar? Danach kann im Verzeichnis gefiltert werden."
        ),
    )

    slug_fallback = "ansprechperson"

    objects = ContactQuerySet.as_manager()
    # Offers an editor only the sites they work on (contacts.admin_forms).
    base_form_class = ContactAdminForm

    panels = [
        FieldPanel("site"),
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("role"), FieldPanel("unit")],
            heading=_("Person"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("office_hours")],
            heading=_("Erreichbarkeit"),
        ),
        FieldPanel("photo"),
        FieldPanel("languages"),
        FieldPanel("topics"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.AutocompleteField("role"),
        index.SearchField("unit"),
        index.SearchField("email"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields(
            "languages", [index.SearchField("name"), index.SearchField("native_name")]
        ),
        index.FilterField("live"),
        # The site search keeps to the site's own and the shared contacts (for_site).
        index.FilterField("site_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="contacts_contact_slug_locale"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Wagtail indexes on post_save, before ClusterableModel has written the topics and
        # languages: index again so that "Arabisch" finds the people who speak it.
        index.insert_or_update_object(self)

    @property
    def vcard_url(self):
        """The .vcf download; "" while an unsaved contact has no slug yet (admin preview)."""
        return reverse("contacts:vcard", args=[self.slug]) if self.slug else ""

    @staticmethod
    def prefetch_for_cards(contacts):
        """Load what the cards of already fetched contacts show, in a constant number of queries."""
        prefetch_related_objects(
            [contact for contact in contacts if contact], "photo", *CARD_PREFETCH
        )

    def duplicates(self):
        """Other contacts with the same name and e-mail address (case ignored)."""
        return Contact.objects.exclude(pk=self.pk).filter(
            name__iexact=self.name.strip(), email__iexact=self.email.strip()
        )

    def get_preview_template(self, request, mode_name):
        return "contacts/contact_preview.html"


def public_contacts(request):
    """The contacts the public may see on the site serving `request` (its own and the shared
    ones): the site search starts here, the directory and cards use for_site as well."""
    return Contact.objects.live().for_site(Site.find_for_request(request))


def contacts_for_cards(links, site):
    """The contacts of RelatedContact rows, in the editor's order, loaded for contact cards.

    Reads the rows' contact ids rather than joining, so it serves a page preview too, whose
    rows are not saved yet. One query for the contacts plus the card prefetches. Only the
    contacts `site` may show (its own and shared ones) are returned. News and events keep the
    cards in the fragment cache, so the photos' renditions come from Wagtail's cache
    (for_cards).
    """
    ids = [link.contact_id for link in links]
    contacts = Contact.objects.live().for_site(site).for_cards(renditions=False).in_bulk(ids)
    return localize_cards([contacts[pk] for pk in ids if pk in contacts], site)


def localize_cards(contacts, site):
    """Contacts loaded for cards, each in the visitor's language where it is translated (role,
    unit, office hours), else German (marked by the template); their topics likewise
    as `card_topics`. Two queries on other languages' addresses, none on German ones."""
    contacts = in_visitor_language(
        contacts, Contact.objects.live().for_site(site).for_cards(renditions=False)
    )
    topics = [topic for contact in contacts for topic in contact.topics.all()]
    shown = dict(zip([topic.pk for topic in topics], in_visitor_language(topics), strict=True))
    for contact in contacts:
        contact.card_topics = [shown[topic.pk] for topic in contact.topics.all()]
    return contacts


class RelatedContact(Orderable):
    """A contact person attached to a page; news and events subclass it with a ParentalKey and
    show the contacts with `contacts_for_cards` and `components/related_contacts.html`."""

    contact = models.ForeignKey(
        Contact,
        verbose_name=_("Ansprechperson"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Eine Person aus „Ansprechpersonen“; ihre Karte erscheint am Ende der Seite. Neue "
            "Personen legen Sie dort an."
        ),
    )

    panels = [FieldPanel("contact")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")


class ContactIndexPage(CentreSectionPage):
    """The directory of all contact persons, filterable by topic and by language spoken."""

    CONTACTS_PER_PAGE = 24

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_(
            "Ein, zwei Sätze über dem Verzeichnis, z. B. wofür man sich an wen wenden kann."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("Verzeichnis der Ansprechpersonen")
        verbose_name_plural = _("Verzeichnisse der Ansprechpersonen")

    def get_contacts(self, site, topic=None, language=None):
        """The site's contacts for cards in the page's language, optionally only those with
        this topic and language."""
        contacts = in_current_language(Contact.objects.live().for_site(site))
        # The cards are kept in the fragment cache (get_context).
        contacts = contacts.for_cards(renditions=False)
        if topic is not None:
            # Contacts link the topic in their language or its German original.
            contacts = contacts.filter(topics__translation_key=topic.translation_key)
        if language is not None:
            contacts = contacts.filter(languages=language)
        return contacts

    def filter_choices(self, site):
        """The topics and languages the filter offers: only those someone on this site has, so
        no choice leads nowhere."""
        shown = Contact.objects.live().for_site(site).values("pk")
        topics = in_current_language(Topic.objects.filter(contacts__in=shown)).distinct()
        languages = Language.objects.filter(contacts__in=shown).distinct()
        return {"topics": list(topics), "languages": list(languages)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request)
        # Built only when a filter is asked for or the kept form is made afresh (template).
        form = SimpleLazyObject(lambda: ContactFilterForm(request.GET, **self.filter_choices(site)))
        is_filtered = any(request.GET.get(name) for name in ("thema", "sprache"))
        contacts, selection = Contact.objects.none(), None
        if not is_filtered:
            contacts, selection = self.get_contacts(site), ":"
        elif form.is_valid():
            topic, language = form.cleaned_data.get("thema"), form.cleaned_data.get("sprache")
            contacts = self.get_contacts(site, topic=topic, language=language)
            # Only known slugs and codes: junk in the query string never makes a key.
            selection = f"{topic.slug if topic else ''}:{language.code if language else ''}"
        page_obj = Paginator(contacts, self.CONTACTS_PER_PAGE).get_page(request.GET.get("page"))

        def people():
            employer = organisation(OrganisationSettings.for_request(request), request, full=False)
            return [person(contact, request, employer) for contact in page_obj.object_list]

        context.update(
            filter_form=form,
            is_filtered=is_filtered,
            # The key of the kept form: the valid selection (None: rendered every time).
            filter_key=selection,
            page_obj=page_obj,
            # Read only when the kept cards are made afresh (template).
            contacts=SimpleLazyObject(lambda: localize_cards(list(page_obj.object_list), site)),
            has_contacts=bool(page_obj.paginator.count),
            # The validated selection and page number: the key of the kept cards and structured
            # data (templates); None for every invalid selection (they all show nobody).
            listing_key=selection and f"{selection}:{page_obj.number}",
            structured_data_items=people,
        )
        return context
