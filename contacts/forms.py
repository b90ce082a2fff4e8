from django.utils.translation import gettext_lazy as _

from integrationsnetz.forms import FilterChoiceField, FilterForm
from integrationsnetz.i18n import current_language, language_name

# First strong isolate and pop directional isolate: an <option> holds no <bdi>.
ISOLATE = "\u2068{}\u2069"


def language_label(language):
    """ "Arabisch (العربية)" on German pages, "Arabic (العربية)" under /en/, "العربية" under
    /ar/: the name in the visitor's language, the native name beside it, isolated."""
    name, name_language = language_name(language.code, language.name)
    native = language.native_name
    if language.code == current_language() and native:
        return native
    if name_language != current_language():
        # A German name under a prefix (Django has none in the visitor's language).
        name = ISOLATE.format(name)
    if native and native != name:
        return f"{name} ({ISOLATE.format(native)})"
    return name


def language_filter_field():
    """ "Gesprochene Sprache": the languages by their code, with their native names."""
    return FilterChoiceField(
        to_field_name="code",
        label=_("Gesprochene Sprache"),
        empty_label=_("Alle Sprachen"),
        label_from_instance=language_label,
        # Each label is in the visitor's language (German names only where Django has none).
        mark_language=False,
    )


class ContactFilterForm(FilterForm):
    """The directory's filter: `?thema=<topic slug>&sprache=<language code>`."""

    thema = FilterChoiceField(label=_("Thema"), empty_label=_("Alle Themen"))
    sprache = language_filter_field()

    def __init__(self, data, *, topics, languages, **kwargs):
        """`topics`, `languages`: the objects to offer (lists or querysets)."""
        super().__init__(data, **kwargs)
        self.offer(thema=topics, sprache=languages)
