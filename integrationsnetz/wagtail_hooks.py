from wagtail import hooks

from . import dashboard
from .editor_checks import use_editor_checks


@hooks.register("construct_wagtail_userbar")
def editor_checks_in_userbar(request, items, page):
    use_editor_checks(items)
    # Read by PrivateEditorPagesMiddleware: this response is for an editor's eyes only.
    request.shows_editor_userbar = True


@hooks.register("construct_homepage_panels")
def workflow_panels_on_dashboard(request, panels):
    dashboard.construct_panels(request, panels)
