"""The GET filter forms of listings (events, contacts); admin page forms are in page_forms.py."""

from django import forms
from django.core.exceptions import ValidationError

from .i18n import foreign_language, language_direction


class MarkedSelect(forms.Select):
    """A select whose options carry lang and dir where their text is in another language than
    the page (a German topic under /ar/ that has no translation yet)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.option_languages = {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        code = self.option_languages.get(str(value))
        if code:
            option["attrs"] = {**option["attrs"], "lang": code, "dir": language_direction(code)}
        return option


class FilterChoiceField(forms.ChoiceField):
    """A choice among model objects by a readable key (`to_field_name`, the slug unless said
    otherwise), for GET filters, which are never required.

    The objects are given as a list (`objects`, e.g. from the fragment cache), so neither
    offering nor checking a choice costs a query; it renders like a ModelChoiceField and cleans
    to the chosen object. Anything else in the query string, junk such as NUL bytes (which
    PostgreSQL would refuse) included, is an invalid choice, never a server error.
    """

    widget = MarkedSelect

    def __init__(
        self,
        *,
        empty_label,
        to_field_name="slug",
        label_from_instance=str,
        required=False,
        mark_language=True,
        **kwargs,
    ):
        self.to_field_name = to_field_name
        self.empty_label = empty_label
        self.label_from_instance = label_from_instance
        # Options of objects in another language than the page get lang and dir (MarkedSelect).
        self.mark_language = mark_language
        self._by_key = {}
        super().__init__(required=required, **kwargs)

    @property
    def objects(self):
        return list(self._by_key.values())

    @objects.setter
    def objects(self, objects):
        self._by_key = {str(getattr(obj, self.to_field_name)): obj for obj in objects}
        self.choices = [("", self.empty_label)] + [
            (key, self.label_from_instance(obj)) for key, obj in self._by_key.items()
        ]
        if self.mark_language and isinstance(self.widget, MarkedSelect):
            languages = {key: foreign_language(obj) for key, obj in self._by_key.items()}
            self.widget.option_languages = {key: code for key, code in languages.items() if code}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        found = self._by_key.get(value) if isinstance(value, str) else None
        if found is None:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return found

    def validate(self, value):
        # The choice was checked in to_python; ChoiceField's check compares strings.
        forms.Field.validate(self, value)


class FilterForm(forms.Form):
    """A GET filter form of a listing, bound to the query string and rendered by
    `components/filter_form.html`. An unknown or malformed value makes the form invalid,
    which the listing shows as an empty result, never as an error page.
    """

    def __init__(self, data, **kwargs):
        kwargs.setdefault("auto_id", "filter-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(data, **kwargs)

    def offer(self, **objects):
        """Offer `objects` in the FilterChoiceFields of these names (lists or querysets), and
        drop the filters with nothing to choose."""
        for name, offered in objects.items():
            self.fields[name].objects = offered
        self.drop_fields_without_choices()

    def drop_fields_without_choices(self):
        """Offer only filters with something to choose; a parameter for a dropped filter is
        ignored like any unknown parameter. Subclasses call this once their choices are set."""
        for name, field in list(self.fields.items()):
            # Fields without choices (a checkbox) always stay.
            if hasattr(field, "choices") and not any(value for value, _label in field.choices):
                del self.fields[name]

    @property
    def is_filtered(self):
        """True when the visitor chose anything in this form."""
        return any(self.data.get(name) for name in self.fields)
