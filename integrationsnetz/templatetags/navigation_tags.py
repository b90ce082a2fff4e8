from django import template

from wagtail.models import Page, Site

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site that serves this request."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


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


def breadcrumb_pages(current, root):
    """The pages of the breadcrumbs, from the home page `root` to `current`; [] on the home
    page. The visible breadcrumbs and the BreadcrumbList of the structured data use this."""
    if current is None or root is None or current.pk == root.pk:
        return []
    # Both callers render the same page object: ask the database once.
    if getattr(current, "_breadcrumb_root", None) != root.pk:
        ancestors = current.get_ancestors().filter(depth__gte=root.depth).live()
        current._breadcrumb_trail = [*ancestors, current]
        current._breadcrumb_root = root.pk
    return current._breadcrumb_trail


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    trail = breadcrumb_pages(_current_page(context), site_root(context))
    if not trail:
        return {"ancestors": [], "current": None}
    return {"ancestors": trail[:-1], "current": trail[-1], "request": context.get("request")}
