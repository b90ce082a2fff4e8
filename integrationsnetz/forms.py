"""The GET filter forms of listings (events, contacts); admin page forms are in page_forms.py."""

from django import forms
from django.core.exceptions import ValidationError


class FilterChoiceField(forms.ChoiceField):
    """A choice among model objects by a readable key (`to_field_name`), for GET filters.

    The objects are given as a list (`objects`, e.g. from the fragment cache), so neither
    offering nor checking a choice costs a query; it renders like a ModelChoiceField and cleans
    to the chosen object. Anything else in the query string, junk such as NUL bytes (which
    PostgreSQL would refuse) included, is an invalid choice, never a server error.
    """

    def __init__(self, *, to_field_name, empty_label, label_from_instance=str, **kwargs):
        self.to_field_name = to_field_name
        self.empty_label = empty_label
        self.label_from_instance = label_from_instance
        self._by_key = {}
        super().__init__(**kwargs)

    @property
    def objects(self):
        return list(self._by_key.values())

    @objects.setter
    def objects(self, objects):
        self._by_key = {str(getattr(obj, self.to_field_name)): obj for obj in objects}
        self.choices = [("", self.empty_label)] + [
            (key, self.label_from_instance(obj)) for key, obj in self._by_key.items()
        ]

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

    def drop_fields_without_choices(self):
        """Offer only filters with something to choose; a parameter for a dropped filter is
        ignored like any unknown parameter. Subclasses call this once their choices are set."""
        for name, field in list(self.fields.items()):
            if not any(value for value, _label in field.choices):
                del self.fields[name]

    @property
    def is_filtered(self):
        """True when the visitor chose anything in this form."""
        return any(self.data.get(name) for name in self.fields)
