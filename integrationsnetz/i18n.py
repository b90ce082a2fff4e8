"""Languages of the public site: German source tree, one translated page tree per language.

German (settings.LANGUAGE_CODE) has unprefixed URLs; every other language is served under its
prefix (/en/, /ar/ …) by Django's i18n_patterns and Wagtail's localisation. A page that has no
translation yet is served from the German tree under the prefix (never a 404) and marked, so the
templates can say so in the visitor's language and mark the content lang="de".
"""

import contextlib

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

from . import page_cache
from .site_urls import site_root_url

RTL_LANGUAGES = frozenset({"ar", "fa"})


def default_language():
    return settings.LANGUAGE_CODE


def current_language():
    return translation.get_language() or default_language()


def language_direction(code):
    return "rtl" if code in RTL_LANGUAGES else "ltr"


def source_root(site):
    """The German home page of `site` (the Site record may point at any translation)."""
    root = site.root_page
    if (
        current_language() == default_language()
        or locale_code(root.locale_id) == default_language()
    ):
        return root
    return root.get_translation_or_none(Locale.get_default()) or root


# {locale id: language code}: locales are made once per language and not renamed (a new code
# would change every address of the language); a change clears this process's memory
# (signals.py), other processes follow on their next start.
_locale_codes = {}


def locale_code(locale_id):
    """The language code of a locale, asked of the database once per process."""
    code = _locale_codes.get(locale_id)
    if code is None:
        code = _locale_codes[locale_id] = Locale.objects.get(pk=locale_id).language_code
    return code


def forget_locales():
    _locale_codes.clear()


def localized_root(request):
    """The home page of the request's site in the current language, else the German one."""
    if request is None:
        return None
    if not hasattr(request, "_localized_root"):
        site = Site.find_for_request(request)
        if site is None:
            request._localized_root = None
        elif current_language() == default_language():
            # The Site record points at the German home page (README, "Sprachen").
            request._localized_root = site.root_page
        else:
            # Kept per site and language until a change to a home page (which purges the
            # site): Wagtail would ask for the active Locale and the translation every time.
            request._localized_root = page_cache.remember(
                request, "localized-home", lambda: site.root_page.localized.specific
            )
    return request._localized_root


def serve(request, path):
    """Wagtail's page view, falling back to the German page when a translation is missing."""
    from wagtail.views import serve as wagtail_serve

    if current_language() == default_language():
        _route_german(request, path)
    else:
        _route_translated(request, path)
    return wagtail_serve(request, path)


def _route_translated(request, path):
    """Routing under a language prefix: from the home page in that language (kept, see
    localized_root), else from the German one, whose page is then shown in German."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    root = localized_root(request)
    if root is None:
        request._wagtail_route_for_request = None
        return
    components = [component for component in path.split("/") if component]
    source = source_root(Site.find_for_request(request))

    def route_from(home):
        # `specific` is kept on the page object (both homes are): the home page itself, served
        # from here, needs every field.
        with contextlib.suppress(Http404):
            return home.specific.route(request, components)
        return None

    def tree():
        # Which tree has this address, kept per address (a translation published or
        # unpublished there purges it): looking in vain costs queries on every request.
        return "translated" if source.pk == root.pk or route_from(root) else "german"

    chosen = page_cache.remember(request, "route-tree", tree, per_path=True)
    request._wagtail_route_for_request = route_from(root if chosen == "translated" else source)


def _route_german(request, path):
    """Wagtail's Page.route_for_request for German addresses, from the Site record's home page.

    Wagtail routes from `site.root_page.localized`, which asks the database for the active
    Locale on every request; on German addresses that is the Site record's (German) home page
    itself (README, "Sprachen"), so the route is found without that query.
    """
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = Site.find_for_request(request)
    route = None
    if site is not None:
        components = [component for component in path.split("/") if component]
        with contextlib.suppress(Http404):
            route = site.root_page.specific.route(request, components)
    request._wagtail_route_for_request = route


def in_current_language(queryset):
    """Snippets (TranslatableMixin) in the current language, German ones where none is translated.

    Joins on the locale instead of looking it up, so it costs no query of its own.
    """
    default, active = default_language(), current_language()
    if active == default:
        return queryset.filter(locale__language_code=default)
    translated = queryset.model.objects.filter(locale__language_code=active).values(
        "translation_key"
    )
    return queryset.filter(
        Q(locale__language_code=active)
        | (Q(locale__language_code=default) & ~Q(translation_key__in=translated))
    )


def is_untranslated(page):
    """True when `page` is shown in another language than its own (no translation yet)."""
    if not isinstance(page, Page) or page.locale_id is None:
        return False
    if current_language() == default_language():
        # German pages are the source; no query for the page's locale on German URLs.
        return False
    return locale_code(page.locale_id) != current_language()


def page_language(page):
    """The language `page` is written in; no query on German URLs (only German pages there)."""
    if current_language() == default_language():
        return default_language()
    return locale_code(page.locale_id)


def _absolute(request, url):
    if url.startswith(("http://", "https://")):
        return url
    return site_root_url(request) + url


def language_links(request, page):
    """Cached per request: the head links and the switcher ask for the same list."""
    key = page.pk if isinstance(page, Page) else None
    cache = request.__dict__.setdefault("_language_links", {}) if request is not None else {}
    if key not in cache:
        cache[key] = _language_links(request, page)
    return cache[key]


def _language_links(request, page):
    """One entry per language for the switcher and the hreflang links.

    Each entry: code, name (in the language itself), url (absolute), translated (the page
    exists in that language; otherwise the url is that language's home page), current.
    """
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    root = source_root(site)
    keys = {root.translation_key}
    if isinstance(page, Page):
        keys.add(page.translation_key)
    translations, homes = {}, {}
    # One query for the page's and the home page's translations in every language.
    for found in Page.objects.filter(translation_key__in=keys).live().select_related("locale"):
        code = found.locale.language_code
        if isinstance(page, Page) and found.translation_key == page.translation_key:
            translations[code] = found
        if found.translation_key == root.translation_key:
            homes[code] = found
    active = current_language()
    match = getattr(request, "resolver_match", None)
    # A page address without a page (404): every language's home page, no alternates.
    is_page_route = match is None or match.url_name == "wagtail_serve"
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        with translation.override(code):
            if not isinstance(page, Page) and not is_page_route:
                # A view of our own (search, contact card …): the same path under the prefix.
                url = translate_url(request.get_full_path(), code)
                target = url
            elif target is not None:
                url = target.get_url(request=request)
            elif code in homes:
                url = homes[code].get_url(request=request)
            else:
                # No home page in that language yet: the German home under the prefix.
                url = source_root(site).get_url(request=request)
                if code != default_language():
                    url = f"/{code}{url}"
        links.append(
            {
                "code": code,
                "name": name,
                "url": _absolute(request, url) if url else "",
                "translated": target is not None,
                # The page exists, only not in this language: its home page says so.
                "missing": isinstance(page, Page) and target is None,
                "page": target if isinstance(target, Page) else None,
                "current": code == active,
                "dir": language_direction(code),
            }
        )
    return links
