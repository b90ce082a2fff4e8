from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from .forms import USED_TOKEN_MESSAGE, BarrierReportForm, fill_token, renewed_fill_token
from .paths import same_site_path
from .preferences import COOKIE_MAX_AGE, COOKIE_NAME, Preferences
from .reports import accept, rate_limited


def _safe_next(request):
    """The page to return to: a path on this site, never another host (no open redirect)."""
    return same_site_path(request, request.GET.get("next", "")) or "/"


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


def _private(response):
    # Forms with a CSRF token and answers about one visitor's report: never in a shared cache.
    patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def barrier_report(request):
    """The "Barriere melden" form on its own page; the statement page shows the same form."""
    if request.method == "POST":
        form = BarrierReportForm(request.POST)
        # Only accepted reports count towards the limit: rejected junk closes nothing.
        limited = form.is_valid() and rate_limited(request)
        if limited:
            form.add_error(
                None,
                _(
                    "Von Ihrem Anschluss kamen in der letzten Stunde sehr viele Meldungen. Bitte "
                    "warten Sie etwas und senden Sie das Formular dann noch einmal, oder "
                    "schreiben Sie uns eine E-Mail."
                ),
            )
        elif form.is_valid():
            try:
                report = accept(form, request)
            except IntegrityError:
                # The same form sent twice at the same moment: the first one was stored.
                form.add_error(None, ValidationError(USED_TOKEN_MESSAGE, code="used"))
            else:
                query = (
                    urlencode({"zurueck": report.page_url})
                    if report.page_url.startswith("/")
                    else ""
                )
                thanks = reverse("accessibility:barrier_report_thanks")
                # 303: reloading the confirmation never sends the report again (PRG).
                response = redirect(f"{thanks}?{query}" if query else thanks)
                response.status_code = 303
                return _private(response)
        status = 429 if limited else 200
        if form.has_error(NON_FIELD_ERRORS, "used"):
            token = fill_token()
        else:
            token = renewed_fill_token(request.POST.get("started"))
    else:
        form = BarrierReportForm.for_request(request)
        status = 200
        token = fill_token()
    response = TemplateResponse(
        request,
        "accessibility/barrier_report.html",
        {"report_form": form, "fill_token": token},
        status=status,
    )
    return _private(response)


@require_safe
@never_cache
def barrier_report_thanks(request):
    back = same_site_path(request, request.GET.get("zurueck", ""))
    response = TemplateResponse(request, "accessibility/barrier_report_thanks.html", {"back": back})
    return _private(response)
