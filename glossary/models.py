import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from integrationsnetz.i18n import in_current_language
from integrationsnetz.models import CentreSectionPage
from integrationsnetz.slugs import german_slug

from .forms import GlossaryFilterForm


def normalise(text):
    """A term as it is compared: case, spacing and soft hyphens ignored."""
    text = text.replace("\u00ad", "")
    return " ".join(text.casefold().split())


def initial(text):
    """The letter a term is listed under: "Ä" under "A", "Ü" under "U", others as they are."""
    text = text.strip()
    if not text:
        return ""
    base = unicodedata.normalize("NFD", text[0])[0]
    return base.upper()


class GlossaryTermQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class GlossaryTerm(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """A word from offices and law ("Aufenthaltstitel") explained in plain language. Shared by
    all sites; edited as drafts and approved through the workflow "Freigabe durch die
    Koordination"; only the published version reaches the public."""

    term = models.CharField(
        _("Begriff"),
        max_length=120,
        help_text=_("So, wie er in Briefen und auf Ämtern vorkommt, z. B. „Aufenthaltstitel“."),
    )
    slug = models.SlugField(
        _("Kürzel für Adressen"),
        max_length=120,
        blank=True,
        help_text=_(
            "Sprungmarke im Glossar, z. B. „aufenthaltstitel“. Leer lassen, um es aus dem "
            "Begriff zu bilden. Übersetzungen behalten es."
        ),
    )
    other_forms = models.CharField(
        _("Andere Wortformen"),
        max_length=300,
        blank=True,
        help_text=_(
            "Durch Komma getrennt, z. B. „Aufenthaltstitels, Aufenthaltstiteln“. Ein im Text "
            "markiertes Wort in einer dieser Formen zeigt ebenfalls diese Erklärung."
        ),
    )
    explanation = models.TextField(
        _("Erklärung in einfacher Sprache"),
        help_text=_(
            "Zwei, drei kurze Sätze ohne Fachwörter: Was ist das, wozu braucht man es, wer "
            "stellt es aus?"
        ),
    )
    easy_language = models.TextField(
        _("Erklärung in Leichter Sprache"),
        blank=True,
        help_text=_(
            "Optional. Kurze Sätze, ein Gedanke pro Satz, nach den Regeln der Leichten Sprache."
        ),
    )
    example = models.CharField(
        _("Beispielsatz"),
        max_length=300,
        blank=True,
        help_text=_(
            "Optional. Ein Satz aus dem Alltag, z. B. „Mein Aufenthaltstitel gilt bis Mai.“"
        ),
    )

    objects = GlossaryTermQuerySet.as_manager()

    panels = [
        FieldPanel("term"),
        FieldPanel("explanation"),
        FieldPanel("easy_language"),
        FieldPanel("example"),
        FieldPanel("other_forms"),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("other_forms"),
        index.SearchField("explanation"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("Begriff")
        verbose_name_plural = _("Begriffe")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="glossary_term_slug_locale"),
        ]

    def __str__(self):
        return self.term

    def clean(self):
        super().clean()
        if not self.slug and self.term:
            self.slug = german_slug(self.term)[:120]

    @property
    def anchor(self):
        return f"begriff-{self.slug}"

    @property
    def initial(self):
        return initial(self.term)

    def spellings(self):
        """The term and its other forms, normalised."""
        forms = [self.term, *self.other_forms.split(",")]
        return {normalise(form) for form in forms if form.strip()}


def published_terms():
    """The published terms in the current language, German ones where none is translated."""
    return in_current_language(GlossaryTerm.objects.filter(live=True))


class GlossaryPage(CentreSectionPage):
    """The glossary A–Z: every published term in the page's language, filtered by letter or a
    word (without JavaScript: links and a GET form)."""

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_("Ein, zwei Sätze: Wofür ist das Glossar da?"),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("Glossar")
        verbose_name_plural = _("Glossare")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = list(published_terms().order_by("term"))
        letters = sorted({term.initial for term in terms if term.initial})
        form = GlossaryFilterForm(request.GET, letters=letters)
        shown = terms
        if form.is_valid():
            shown = form.filter(terms)
        context.update({"form": form, "letters": letters, "terms": shown, "all_count": len(terms)})
        return context
