from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from integrationsnetz.forms import FilterChoiceField, FilterForm

from .dates import parse_month


class EventFilterForm(FilterForm):
    """The calendar's filter: `?kategorie=<category slug>&monat=<YYYY-MM>`."""

    kategorie = FilterChoiceField(label=_("Kategorie"), empty_label=_("Alle Kategorien"))
    monat = forms.ChoiceField(required=False, label=_("Monat"))

    def __init__(self, data, *, categories, months, **kwargs):
        """`categories`: the categories to offer (a list or a queryset); `months`: the months
        with upcoming events, as dates of their first day."""
        super().__init__(data, **kwargs)
        self.offered_months = list(months)
        # A well-formed month without events stays selectable, so the visitor sees what they
        # chose next to the empty result instead of a silently reset list.
        chosen = parse_month(self.data.get("monat", ""))
        if chosen is not None and chosen.date() not in months:
            months = sorted([*months, chosen.date()])
        self.fields["monat"].choices = [
            ("", _("Alle Monate")),
            *(
                (month.strftime("%Y-%m"), date_format(month, "YEAR_MONTH_FORMAT"))
                for month in months
            ),
        ]
        self.offer(kategorie=categories)

    def clean_monat(self):
        return parse_month(self.cleaned_data["monat"]) if self.cleaned_data["monat"] else None
