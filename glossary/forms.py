import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from integrationsnetz.forms import FilterForm


def folded(text):
    """Lower case without accents and soft hyphens: "Sprachcafé" matches "sprachcafe"."""
    decomposed = unicodedata.normalize("NFD", text.replace("\u00ad", "").casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class GlossaryFilterForm(FilterForm):
    """The glossary's filter: `?buchstabe=A` and/or `?q=<word>`, without JavaScript."""

    buchstabe = forms.ChoiceField(label=_("Anfangsbuchstabe"), required=False)
    q = forms.CharField(
        label=_("Begriff suchen"),
        required=False,
        max_length=100,
        error_messages={"max_length": _("Bitte geben Sie höchstens 100 Zeichen ein.")},
    )

    def __init__(self, data, *, letters, **kwargs):
        kwargs.setdefault("auto_id", "glossar-%s")
        super().__init__(data, **kwargs)
        self.fields["buchstabe"].choices = [("", _("Alle"))] + [
            (letter, letter) for letter in letters
        ]
        self.fields["buchstabe"].error_messages["invalid_choice"] = _(
            "Unter diesem Buchstaben gibt es keinen Begriff. Bitte wählen Sie einen aus der Liste."
        )

    def filter(self, terms):
        """The terms matching the valid selection (a list of GlossaryTerm)."""
        letter = self.cleaned_data.get("buchstabe")
        query = folded(" ".join(self.cleaned_data.get("q", "").replace("\x00", "").split()))
        if letter:
            terms = [term for term in terms if term.initial == letter]
        if query:
            terms = [
                term
                for term in terms
                if query in folded(term.term)
                or query in folded(term.other_forms)
                or query in folded(term.explanation)
            ]
        return terms
