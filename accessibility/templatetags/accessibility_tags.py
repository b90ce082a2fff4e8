from django import template

from ..forms import BarrierReportForm, fill_token
from ..preferences import COOKIE_NAME, TEXT_SIZES, Preferences

register = template.Library()


@register.simple_tag(takes_context=True)
def display_preferences(context):
    """The visitor's contrast and text-size choice, read from the `darstellung` cookie only."""
    request = context.get("request")
    if request is None:
        return Preferences()
    # VaryOnDisplayPreferencesMiddleware adds `Vary: Cookie` to what depends on it.
    request.reads_display_preferences = True
    return Preferences.from_cookie(request.COOKIES.get(COOKIE_NAME))


@register.inclusion_tag("components/preferences.html", takes_context=True)
def preferences_switcher(context, preferences):
    request = context.get("request")
    return {
        "preferences": preferences,
        "sizes": [(size, size == preferences.text_size) for size in TEXT_SIZES],
        "next": request.get_full_path() if request is not None else "/",
    }


@register.inclusion_tag("components/barrier_report_form.html", takes_context=True)
def barrier_report_form(context, org):
    """A new "Barriere melden" form with the page it was opened from, for a page that offers
    it (the statement); the report view renders the form it checked itself. The inclusion tag
    passes the CSRF token on."""
    return {
        "form": BarrierReportForm.for_request(context["request"]),
        "fill_token": fill_token(),
        "org": org,
    }
