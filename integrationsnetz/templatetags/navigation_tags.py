from dataclasses import dataclass

from django import template

from wagtail.models import Page

from ..i18n import foreign_language, language_direction, localized_root

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site that serves this request, in the current language."""
    return localized_root(context.get("request"))


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    root = site_root(context)
    current = _current_page(context)
    if root is None:
        return {"items": [], "request": request}
    items = []
    for item in (
        root.get_children().live().public().in_menu().only("id", "title", "url_path", "path")
    ):
        if current is None:
            state = None
        elif current.pk == item.pk:
            state = "page"
        elif current.path.startswith(item.path):
            state = "true"
        else:
            state = None
        items.append({"title": item.title, "url": item.get_url(request), "current": state})
    return {"items": items, "request": request}


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str
    full_url: str
    # The title's language where it is not the page's (a German page under /ar/), else "".
    language: str = ""

    @property
    def direction(self):
        return language_direction(self.language) if self.language else ""


def breadcrumb_pages(current, root, request):
    """The breadcrumbs from the home page `root` to `current` (as Crumbs); [] on the home page.
    The visible breadcrumbs and the BreadcrumbList of the structured data use this."""
    if current is None or root is None or current.pk == root.pk:
        return []

    pages = [*current.get_ancestors().filter(depth__gte=root.depth).live(), current]
    return [
        Crumb(
            page.title,
            page.get_url(request),
            page.get_full_url(request),
            foreign_language(page, request),
        )
        for page in pages
    ]


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context.get("request")
    trail = breadcrumb_pages(_current_page(context), site_root(context), request)
    if not trail:
        return {"ancestors": [], "current": None}
    return {"ancestors": trail[:-1], "current": trail[-1], "request": request}
