from dataclasses import dataclass

from django import template

from wagtail.models import Page

from integrationsnetz import page_cache

from ..i18n import localized_root
from ..view_restrictions import public

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site that serves this request, in the current language."""
    return localized_root(context.get("request"))


def _menu_entries(root, request):
    return [
        {"pk": item.pk, "path": item.path, "title": item.title, "url": item.get_url(request)}
        for item in public(root.get_children().live())
        .in_menu()
        .only("id", "title", "url_path", "path", "depth")
    ]


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    root = site_root(context)
    current = _current_page(context)
    if root is None:
        return {"items": [], "request": request}
    # The entries are the same on every page of the site: kept until the site changes.
    entries = page_cache.remember(request, "menu", lambda: _menu_entries(root, request))
    items = []
    for entry in entries:
        if current is None:
            state = None
        elif current.pk == entry["pk"]:
            state = "page"
        elif current.path.startswith(entry["path"]):
            state = "true"
        else:
            state = None
        items.append({**entry, "current": state})
    return {"items": items, "request": request}


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str
    full_url: str


def breadcrumb_pages(current, root, request):
    """The breadcrumbs from the home page `root` to `current` (as Crumbs); [] on the home page.
    The visible breadcrumbs and the BreadcrumbList of the structured data use this."""
    if current is None or root is None or current.pk == root.pk:
        return []

    def trail():
        pages = [*current.get_ancestors().filter(depth__gte=root.depth).live(), current]
        return [
            Crumb(page.title, page.get_url(request), page.get_full_url(request)) for page in pages
        ]

    # Both callers render the same page object: computed once per request, and kept until a
    # change of the page or an ancestor purges this path (page_cache.affected).
    if getattr(current, "_breadcrumb_root", None) != root.pk:
        current._breadcrumb_trail = page_cache.remember(
            request, "breadcrumbs", trail, per_path=True
        )
        current._breadcrumb_root = root.pk
    return current._breadcrumb_trail


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context.get("request")
    trail = breadcrumb_pages(_current_page(context), site_root(context), request)
    if not trail:
        return {"ancestors": [], "current": None}
    return {"ancestors": trail[:-1], "current": trail[-1], "request": request}
