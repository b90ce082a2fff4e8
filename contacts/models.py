from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index


class Topic(index.Indexed, models.Model):
    name = models.CharField(_("Name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=100,
        unique=True,
        help_text=_("Erscheint in Filteradressen, z. B. „integrationskurse“."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")

    def __str__(self):
        return self.name


class Language(models.Model):
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

    class Meta:
        ordering = ["name"]
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")

    def __str__(self):
        return self.name


class ContactQuerySet(models.QuerySet):
    def for_cards(self):
        """Everything a contact card shows, in a constant number of queries."""
        return self.select_related("photo").prefetch_related("languages", "topics")


class Contact(PreviewableMixin, RevisionMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("Name"), max_length=150, help_text=_("Vor- und Nachname."))
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=150,
        unique=True,
        help_text=_("Wird für die vCard-Adresse verwendet, z. B. „julia-kapinus“."),
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
    phone = models.CharField(
        _("Telefon"),
        max_length=40,
        blank=True,
        help_text=_("Mit Vorwahl, z. B. „05651 302-30308“."),
    )
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
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
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("Themen"), blank=True, related_name="contacts"
    )

    objects = ContactQuerySet.as_manager()

    panels = [
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
        index.SearchField("unit"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "contacts/contact_preview.html"


class RelatedContact(Orderable):
    """A contact person attached to a page; news and events subclass it with a ParentalKey."""

    contact = models.ForeignKey(
        Contact,
        verbose_name=_("Ansprechperson"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("contact")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("Ansprechperson")
        verbose_name_plural = _("Ansprechpersonen")
