from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .preferences import COOKIE_MAX_AGE, COOKIE_NAME, Preferences

NEXT_MAX_LENGTH = 2000


def _safe_next(request):
    """The page to return to: a path on this site, never another host (no open redirect)."""
    target = request.GET.get("next", "")
    if (
        len(target) <= NEXT_MAX_LENGTH
        and target.startswith("/")
        # Also refuses "//host" and "/\\host", which browsers read as another host.
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    return "/"


# A GET form, not POST: public pages carry no CSRF token, so they stay cacheable, and the
# choice is an idempotent display preference; a foreign site that links here can do no more
# than switch someone's theme. never_cache keeps the Set-Cookie response out of every cache.
@require_safe
@never_cache
def set_preferences(request):
    """Store the visitor's contrast/text-size choice in the cookie and go back (no JS needed)."""
    current = Preferences.from_cookie(request.COOKIES.get(COOKIE_NAME))
    chosen = current.choose(
        kontrast=request.GET.get("kontrast"), schrift=request.GET.get("schrift")
    )
    response = redirect(_safe_next(request))
    response.status_code = 303
    response["X-Robots-Tag"] = "noindex"
    if chosen.is_default:
        response.delete_cookie(COOKIE_NAME, samesite="Lax")
    else:
        response.set_cookie(
            COOKIE_NAME,
            chosen.to_cookie(),
            max_age=COOKIE_MAX_AGE,
            samesite="Lax",
            secure=request.is_secure(),
            # preferences.js keeps the cookie in step when it switches without a reload.
            httponly=False,
        )
    return response
