from django import template
from django.conf import settings
from django.utils.html import format_html

from .. import i18n

register = template.Library()

# The switcher adds this to the link of a language that has no translation of the page, so
# that language's home page can say why the visitor landed there.
MISSING_PARAMETER = "uebersetzung"
MISSING_VALUE = "fehlt"


def _page(context):
    return context.get("page")


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages for the switcher (see integrationsnetz.i18n.language_links)."""
    request = context.get("request")
    if request is None:
        return []
    return i18n.language_links(request, _page(context))


@register.simple_tag(takes_context=True)
def translation_state(context):
    """What the notice above the content needs: the page is shown in German because it has
    no translation (`untranslated`), or the switcher brought the visitor to this language's home
    page because the page they came from has none (`missing`)."""
    request = context.get("request")
    page = _page(context)
    untranslated = i18n.is_untranslated(page, request)
    return {
        "untranslated": untranslated,
        "source_language": i18n.page_language(page, request) if untranslated else "",
        "source_dir": (
            i18n.language_direction(i18n.page_language(page, request)) if untranslated else ""
        ),
        "missing": bool(
            request is not None and request.GET.get(MISSING_PARAMETER) == MISSING_VALUE
        ),
        "default_language": settings.LANGUAGE_CODE,
    }


@register.simple_tag(takes_context=True)
def lang_attrs(context, obj):
    """` lang="de" dir="ltr"` on an element that shows text of `obj` (a page, a snippet) when
    that text is in another language than the page around it (a German page or topic shown
    under /ar/ without a translation); nothing otherwise. Usage: <h1{% lang_attrs page %}>."""
    code = i18n.foreign_language(obj, context.get("request"))
    if not code:
        return ""
    return format_html(' lang="{}" dir="{}"', code, i18n.language_direction(code))


@register.simple_tag
def german_attrs():
    """` lang="de" dir="ltr"` under a language prefix, nothing on German pages: for text that
    is always German (names and texts from the organisation settings, which have no
    translations)."""
    if i18n.current_language() == i18n.default_language():
        return ""
    code = i18n.default_language()
    return format_html(' lang="{}" dir="{}"', code, i18n.language_direction(code))


@register.simple_tag
def visitor_attrs():
    """` lang dir` of the visitor's language under a prefix, nothing on German pages: for words
    of the template (a label, "Schließen") that stand inside content marked as another language,
    such as a German page's text shown under /fa/."""
    code = i18n.current_language()
    if code == i18n.default_language():
        return ""
    return format_html(' lang="{}" dir="{}"', code, i18n.language_direction(code))


@register.simple_tag(takes_context=True)
def in_language(context, text, obj):
    """`text` (a field of `obj`) for a sentence of the template: isolated in
    `<bdi lang="de" dir="ltr">` when `obj` is in another language than the page (see
    lang_attrs), as is. Usage: {% in_language page.body_name page as name %} before
    {% blocktranslate with body=name %}."""
    code = i18n.foreign_language(obj, context.get("request"))
    if not code or not text:
        return text
    return format_html(
        '<bdi lang="{}" dir="{}">{}</bdi>', code, i18n.language_direction(code), text
    )


@register.simple_tag
def in_german(text):
    """`text` that is always German (a name from the settings, a German example sentence)
    isolated in `<bdi lang="de" dir="ltr">` under a language prefix; as is on German pages."""
    if not text or i18n.current_language() == i18n.default_language():
        return text
    code = i18n.default_language()
    return format_html(
        '<bdi lang="{}" dir="{}">{}</bdi>', code, i18n.language_direction(code), text
    )


@register.simple_tag
def language_label(language):
    """A spoken language (an object with code, name in German and native_name) in the visitor's
    language with its own name beside it, isolated: "Arabisch (العربية)" on German pages,
    "Arabic (العربية)" under /en/, "العربية" alone under /ar/."""
    name, name_language = i18n.language_name(language.code, language.name)
    native = language.native_name
    if native and (name == native or language.code == i18n.current_language()):
        name, name_language = native, language.code
        native = ""
    if name_language != i18n.current_language():
        name = format_html(
            '<span lang="{}" dir="{}">{}</span>',
            name_language,
            i18n.language_direction(name_language),
            name,
        )
    if not native:
        return format_html("{}", name)
    return format_html(
        '{} (<bdi lang="{}" dir="{}">{}</bdi>)',
        name,
        language.code,
        i18n.language_direction(language.code),
        native,
    )
