from django import template

from wagtail.models import Page, Site

from integrationsnetz import page_cache

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


def _menu_entries(root, request):
    return [
        {"pk": item.pk, "path": item.path, "title": item.title, "url": item.get_url(request)}
        for item in root.get_children()
        .live()
        .public()
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


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    current = _current_page(context)
    root = site_root(context)
    if current is None or root is None or current.pk == root.pk:
        return {"ancestors": [], "current": None}
    request = context.get("request")

    def trail():
        return [
            {"title": page.title, "url": page.get_url(request)}
            for page in current.get_ancestors().filter(depth__gte=root.depth).live()
        ]

    # A change of an ancestor purges this path too (page_cache.affected).
    ancestors = page_cache.remember(request, "breadcrumbs", trail, per_path=True)
    return {"ancestors": ancestors, "current": current, "request": request}
