from django import template
from django.utils.html import format_html_join

from wagtail import hooks
from wagtail.models import Page, Site

from integrationsnetz import structured_data as structured_data_module
from integrationsnetz.i18n import localized_root
from integrationsnetz.site_urls import absolute_url
from integrationsnetz.structured_data import (
    STRUCTURED_DATA_KEY,
    breadcrumb_list,
    document,
    image_url,
    json_ld,
)

from .navigation_tags import breadcrumb_pages

register = template.Library()

# Domain apps add `<link>` elements to every page's head through this hook, so the base
# template knows no domain app: a function taking the request and the page (or None) and
# returning HTML (or "").
HEAD_LINKS_HOOK = "insert_site_head_links"
# 1.91:1, what OpenGraph and Twitter cards show large.
OG_IMAGE_FILTER = "fill-1200x630|format-jpeg"


@register.simple_tag(takes_context=True)
def site_head_links(context):
    """The `<link>` elements that domain apps add to every page's head, e.g. news feeds."""
    request = context.get("request")
    if request is None:
        return ""
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    return format_html_join(
        "", "{}", ((hook(request, page),) for hook in hooks.get_hooks(HEAD_LINKS_HOOK))
    )


def _description(page, request):
    """The page's description: search description, teaser or intro, else the site's."""
    for value in (
        getattr(page, "search_description", ""),
        getattr(page, "teaser", ""),
        getattr(page, "intro", ""),
    ):
        if value:
            return value
    site = Site.find_for_request(request) if request else None
    if site is None:
        return ""
    home = site.root_page.specific_deferred
    return home.search_description or getattr(home, "intro", "") or ""


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address: the path of the request on the Site record's host (no query)."""
    request = context.get("request")
    return absolute_url(request, request.path) if request is not None else ""


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context, organisation=None):
    """Canonical URL, description, OpenGraph and Twitter card tags for every page.

    Absolute URLs come from the Site record, never from the request's Host header.
    """
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    image = getattr(page, "lead_image", None)
    image_alt = getattr(page, "lead_image_alt_text", "") if image else ""
    if image is None and organisation is not None and organisation.logo_id:
        image, image_alt = organisation.logo, organisation.name
    is_article = page is not None and hasattr(page, "search_result_date")
    return {
        "canonical": canonical_url(context),
        "description": _description(page, request),
        "title": (page.seo_title or page.title) if page else "",
        "site_name": organisation.name if organisation else "",
        "og_type": "article" if is_article else "website",
        "image_url": image_url(request, image, OG_IMAGE_FILTER) if image else "",
        "image_alt": image_alt,
    }


@register.simple_tag(takes_context=True)
def structured_data(context, organisation=None):
    """The page's JSON-LD blocks: its own items, the organisation on the home page and the
    breadcrumbs (the same pages the visible breadcrumbs show)."""
    request = context.get("request")
    if request is None:
        return ""
    items = context.get(STRUCTURED_DATA_KEY) or []
    # A page's items may come as a callable, made only when the fragment renders afresh.
    items = list(items() if callable(items) else items)
    page = context.get("page")
    if isinstance(page, Page):
        site = Site.find_for_request(request)
        if site is not None and page.pk == site.root_page_id:
            org = structured_data_module.organisation(organisation, request)
            if org:
                items.insert(0, org)
        # From the home page in the page's language, as the visible breadcrumbs.
        trail = breadcrumb_pages(page, localized_root(request), request)
        if trail:
            items.append(breadcrumb_list(trail))
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        ((json_ld(document(item)),) for item in items),
    )
