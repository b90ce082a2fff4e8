from django.utils.translation import gettext_lazy as _

from integrationsnetz.forms import FilterChoiceField, FilterForm


def language_label(language):
    """ "Arabisch (العربية)": the native name helps people who read little German."""
    if language.native_name and language.native_name != language.name:
        return f"{language.name} ({language.native_name})"
    return language.name


class ContactFilterForm(FilterForm):
    """The directory's filter: `?thema=<topic slug>&sprache=<language code>`."""

    thema = FilterChoiceField(
        to_field_name="slug",
        required=False,
        label=_("Thema"),
        empty_label=_("Alle Themen"),
    )
    sprache = FilterChoiceField(
        to_field_name="code",
        required=False,
        label=_("Gesprochene Sprache"),
        empty_label=_("Alle Sprachen"),
        label_from_instance=language_label,
    )

    def __init__(self, data, *, topics, languages, **kwargs):
        """`topics`, `languages`: the objects to offer (lists or querysets)."""
        super().__init__(data, **kwargs)
        self.fields["thema"].objects = topics
        self.fields["sprache"].objects = languages
        self.drop_fields_without_choices()
