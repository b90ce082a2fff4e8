"""The GET filter forms of listings (events, contacts); admin page forms are in page_forms.py."""

from django import forms
from django.core.exceptions import ValidationError


class FilterChoiceField(forms.ModelChoiceField):
    """A choice among model objects by a readable key (`to_field_name`), for GET filters.

    Junk in the query string such as NUL bytes (which PostgreSQL refuses) is an invalid
    choice like any unknown value, never a server error.
    """

    def to_python(self, value):
        if isinstance(value, str) and "\x00" in value:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


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
            if isinstance(field, forms.ModelChoiceField):
                offers = bool(field.queryset)
            else:
                offers = any(value for value, _label in field.choices)
            if not offers:
                del self.fields[name]

    @property
    def is_filtered(self):
        """True when the visitor chose anything in this form."""
        return any(self.data.get(name) for name in self.fields)
