from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from contacts.forms import language_filter_field
from integrationsnetz.forms import FilterChoiceField, FilterForm
from integrationsnetz.slugs import german_slug


@dataclass(frozen=True)
class Town:
    """A town of the filter: the places' spelling, and a slug for the address."""

    name: str

    @property
    def slug(self):
        return german_slug(self.name)

    def __str__(self):
        return self.name


class OfferFilterForm(FilterForm):
    """The directory's filter: `?thema=…&sprache=…&ort=…&zielgruppe=…&kostenlos=1&offen=1`."""

    thema = FilterChoiceField(label=_("Thema"), empty_label=_("Alle Themen"))
    sprache = language_filter_field()
    ort = FilterChoiceField(label=_("Ort"), empty_label=_("Alle Orte"))
    zielgruppe = FilterChoiceField(label=_("Für wen"), empty_label=_("Alle Zielgruppen"))
    kostenlos = forms.BooleanField(required=False, label=_("Nur kostenlose Angebote"))
    offen = forms.BooleanField(required=False, label=_("Nur jetzt geöffnete"))

    def __init__(self, data, *, topics, languages, towns, target_groups, **kwargs):
        super().__init__(data, **kwargs)
        self.offer(thema=topics, sprache=languages, ort=towns, zielgruppe=target_groups)
