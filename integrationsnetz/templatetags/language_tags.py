from django import template
from django.conf import settings

from .. import i18n

register = template.Library()

# The switcher adds this to the link of a language that has no translation of the page, so
# that language's home page can say why the visitor landed there.
MISSING_PARAMETER = "uebersetzung"
MISSING_VALUE = "fehlt"


def _page(context):
    page = context.get("page")
    if page is None:
        request = context.get("request")
        route = getattr(request, "_wagtail_route_for_request", None) if request else None
        page = route[0] if route else None
    return page


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
    untranslated = i18n.is_untranslated(page)
    return {
        "untranslated": untranslated,
        "source_language": i18n.locale_code(page.locale_id) if untranslated else "",
        "source_dir": (
            i18n.language_direction(i18n.locale_code(page.locale_id)) if untranslated else ""
        ),
        "missing": bool(
            request is not None and request.GET.get(MISSING_PARAMETER) == MISSING_VALUE
        ),
        "default_language": settings.LANGUAGE_CODE,
    }
