from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import dashboard, i18n, translation_report
from .editor_checks import use_editor_checks
from .site_permissions import edits_all_sites, sites_for_user


@hooks.register("construct_wagtail_userbar")
def editor_checks_in_userbar(request, items, page):
    use_editor_checks(items)
    # Read by PrivateEditorPagesMiddleware: this response is for an editor's eyes only.
    request.shows_editor_userbar = True


@hooks.register("construct_homepage_panels")
def workflow_panels_on_dashboard(request, panels):
    dashboard.construct_panels(request, panels)


@hooks.register("construct_page_chooser_queryset")
def pages_of_the_editors_sites(pages, request):
    """An editor of one WIR centre chooses (and links to) only that centre's pages."""
    if edits_all_sites(request.user):
        return pages
    roots = [site.root_page.path for site in sites_for_user(request.user)]
    if not roots:
        return pages.none()
    return pages.filter(reduce(or_, (Q(path__startswith=path) for path in roots)))


@hooks.register("insert_site_head_links")
def language_alternates(request):
    """`<link rel="alternate" hreflang>` for every language the page exists in, and x-default."""
    route = getattr(request, "_wagtail_route_for_request", None)
    links = i18n.language_links(request, route[0] if route else None)
    return render_to_string(
        "components/language_alternates.html",
        {"languages": links, "default_language": settings.LANGUAGE_CODE},
    )


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "berichte/fehlende-uebersetzungen/",
            translation_report.missing_translations,
            name="missing_translations",
        )
    ]


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        translation_report.TITLE,
        reverse("missing_translations"),
        icon_name="site",
        order=900,
    )
