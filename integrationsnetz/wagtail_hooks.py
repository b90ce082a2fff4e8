from functools import reduce
from operator import or_

from django.db.models import Q

from wagtail import hooks

from . import dashboard
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
