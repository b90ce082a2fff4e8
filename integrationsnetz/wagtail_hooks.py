from functools import reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button, ListingButton
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import (
    dashboard,
    documents,
    i18n,
    translation_export,
    translation_report,
    translation_status,
)
from .editor_checks import use_editor_checks
from .models import SearchSynonyms
from .site_permissions import edits_all_sites, sites_for_user

hooks.register("before_serve_document", documents.refuse_unpublished_documents)


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


@hooks.register("construct_explorer_page_queryset")
def explorer_keeps_to_the_editors_pages(parent_page, pages, request):
    """Another centre's page does not open in the explorer, not even as an empty listing.

    Wagtail's explorer starts at the first common ancestor of the editor's pages and lists only
    pages they may explore, but opens any page below that ancestor. A centre's home page and
    its translations are siblings under the root, so that ancestor is the root, and another
    centre's home page would open, with its title and no children. Refused like any admin page
    the user may not see (Wagtail turns PermissionDenied into its message on the dashboard).
    """
    if parent_page.is_root():
        return pages
    explorable = PagePermissionPolicy().explorable_instances(request.user)
    if not explorable.filter(pk=parent_page.pk).exists():
        raise PermissionDenied
    return pages


@hooks.register("construct_explorer_page_queryset")
def translation_dates_in_page_listing(parent_page, pages, request):
    """The dates the listing needs to mark out-of-date translations (the button below)."""
    return translation_status.with_source_dates(pages)


@hooks.register("register_page_listing_buttons")
def outdated_translation_button(page, user, next_url=None):
    """ "Übersetzung veraltet" beside a translation whose German page changed after it was
    published; it leads to wagtail-localize's "Übersetzungen aktualisieren"."""
    changed = translation_status.outdated_since(page)
    source_id = getattr(page, "translation_source_id", None)
    if changed is None or source_id is None:
        return
    title = gettext_lazy(
        "Die deutsche Seite wurde am %(date)s geändert. „Übersetzte Seiten aktualisieren“ bringt "
        "die Änderung in die Übersetzung; danach die Übersetzung veröffentlichen."
    ) % {"date": date_format(changed, "SHORT_DATE_FORMAT")}
    yield ListingButton(
        gettext_lazy("Übersetzung veraltet"),
        reverse("wagtail_localize:update_translations", args=[source_id]),
        classname="translation-outdated",
        icon_name="warning",
        attrs={"title": title},
        priority=5,
    )


@hooks.register("insert_site_head_links")
def language_alternates(request, page):
    """`<link rel="alternate" hreflang>` for every language the page exists in, and x-default."""
    links = i18n.language_links(request, page)
    return render_to_string(
        "components/language_alternates.html",
        {"languages": links, "default_language": settings.LANGUAGE_CODE},
    )


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "berichte/uebersetzungen/",
            translation_report.missing_translations,
            name="missing_translations",
        ),
        path(
            "uebersetzungen/po-bereich/<int:page_id>/",
            translation_export.section_po_files,
            name="section_po_files",
        ),
    ]


@hooks.register("register_page_listing_more_buttons")
def section_po_files_button(page, user, next_url=None):
    """ "PO-Dateien für den Bereich" on German pages the user may edit (translation_export.py)."""
    # The listing prefetches the pages' locales: no query per row.
    is_german = page.depth > 1 and page.locale.language_code == settings.LANGUAGE_CODE
    if is_german and page.permissions_for_user(user).can_edit():
        yield Button(
            translation_export.TITLE,
            reverse("section_po_files", args=[page.pk]),
            icon_name="download",
            priority=60,
        )


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        translation_report.TITLE,
        reverse("missing_translations"),
        icon_name="site",
        order=900,
    )


class SearchSynonymsViewSet(SnippetViewSet):
    model = SearchSynonyms
    icon = "search"
    menu_label = gettext_lazy("Gleichbedeutende Suchwörter")
    menu_name = "search-synonyms"
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["words"]


register_snippet(SearchSynonymsViewSet)
