"""Languages of the public site: German source tree, one translated page tree per language.

German (settings.LANGUAGE_CODE) has unprefixed URLs; every other language is served under its
prefix (/en/, /ar/ …) by Django's i18n_patterns and Wagtail's localisation. A page that has no
translation yet is served from the German tree under the prefix (never a 404) and marked, so the
templates can say so in the visitor's language and mark the content lang="de".
"""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

from .site_urls import site_root_url

RTL_LANGUAGES = frozenset({"ar", "fa"})
# Languages a contact or an offer may name, beyond the site's: right to left too.
RTL_SCRIPTS = frozenset({"ar", "fa", "ps", "ur", "ckb", "he", "yi", "dv", "prs"})


def default_language():
    return settings.LANGUAGE_CODE


def current_language():
    return translation.get_language() or default_language()


def language_direction(code):
    return "rtl" if code in RTL_SCRIPTS else "ltr"


def language_name(code, german_name):
    """(name, language of the name): a spoken language named in the current language, from
    Django's translated language names; the editors' German name on German pages and for
    languages Django does not know (which is then marked German)."""
    info = LANG_INFO.get(code)
    if current_language() == default_language() or info is None or "name" not in info:
        return german_name, default_language()
    return translation.get_language_info(code)["name_translated"], current_language()


def source_root(site):
    """The German home page of `site` (the Site record may point at any translation)."""
    root = site.root_page
    if current_language() == default_language() or page_locale_code(root) == default_language():
        return root
    return root.get_translation_or_none(Locale.get_default()) or root


def page_locale_code(page):
    return page.locale.language_code


def localized_root(request):
    """The home page of the request's site in the current language, else the German one
    (looked up once per request)."""
    if request is None:
        return None
    if not hasattr(request, "localized_root"):
        site = Site.find_for_request(request)
        if site is None:
            request.localized_root = None
        elif current_language() == default_language():
            # The Site record points at the German home page (docs/mitmachen.md, "Sprachen").
            request.localized_root = site.root_page.specific_deferred
        else:
            request.localized_root = site.root_page.localized.specific_deferred
    return request.localized_root


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


def is_untranslated(page, request=None):
    """True when `page` is shown in another language than its own (no translation yet)."""
    if not isinstance(page, Page) or page.locale_id is None:
        return False
    if current_language() == default_language():
        # German pages are the source; no query for the page's locale on German URLs.
        return False
    return page_language(page, request) != current_language()


def page_language(page, request=None):
    """The language `page` is written in; no query on German URLs (only German pages there)
    nor for German pages shown under a prefix (the Site record's home page is German)."""
    if current_language() == default_language():
        return default_language()
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and page.locale_id == site.root_page.locale_id:
        return default_language()
    return page_locale_code(page)


def _locale_codes(request):
    """{locale id: language code}, looked up once per request (a handful of rows)."""
    codes = getattr(request, "locale_codes", None) if request is not None else None
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        if request is not None:
            request.locale_codes = codes
    return codes


def content_language(obj, request=None):
    """The language the text of `obj` is written in: a page's or a translatable snippet's locale;
    German for models that are not translated (their texts are the editors' German)."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return default_language()
    return _locale_codes(request).get(locale_id, default_language())


def foreign_language(obj, request=None):
    """The language of `obj`'s text when it is not the current language (a German page or snippet
    shown under a prefix, no translation yet), else "": templates mark such text with lang and
    dir, and leave everything the template itself says in the visitor's language."""
    active = current_language()
    if active == default_language() or obj is None:
        return ""
    is_page = isinstance(obj, Page)
    code = page_language(obj, request) if is_page else content_language(obj, request)
    return "" if code == active else code


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

    Each entry: code, name (in the language itself), url (absolute, from the Site record: for
    hreflang), path (the same address relative to the request's host: for links a visitor
    follows, which must work on whatever host and port the site answers on), translated (the
    page exists in that language; otherwise the url is that language's home page), current.
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
                "path": url,
                "translated": target is not None,
                # The page exists, only not in this language: its home page says so.
                "missing": isinstance(page, Page) and target is None,
                "page": target if isinstance(target, Page) else None,
                "current": code == active,
                "dir": language_direction(code),
            }
        )
    return links
