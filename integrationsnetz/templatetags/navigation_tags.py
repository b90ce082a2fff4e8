from django import template

from wagtail.models import Page

from ..i18n import localized_root

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
    root = site_root(context)
    current = _current_page(context)
    items = []
    if root is not None:
        for item in (
            root.get_children()
            .live()
            .public()
            .in_menu()
            .only("id", "title", "url_path", "path", "depth")
        ):
            if current is None:
                state = None
            elif current.pk == item.pk:
                state = "page"
            elif current.path.startswith(item.path):
                state = "true"
            else:
                state = None
            items.append({"page": item, "current": state})
    return {"items": items, "request": context.get("request")}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    current = _current_page(context)
    root = site_root(context)
    if current is None or root is None or current.pk == root.pk:
        return {"ancestors": [], "current": None}
    ancestors = current.get_ancestors().filter(depth__gte=root.depth).live()
    return {"ancestors": ancestors, "current": current, "request": context.get("request")}
