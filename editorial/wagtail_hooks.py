from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks
from wagtail.documents.views.chooser import viewset as document_chooser_viewset
from wagtail.images.views.chooser import viewset as image_chooser_viewset

from . import choosers
from .roles import set_up_centre_roles

# Wagtail registers these chooser viewsets itself and makes their URLs after every
# wagtail_hooks module is loaded: the column "Zentrum" in each (editorial.choosers).
image_chooser_viewset.choose_view_class = choosers.CentreImageChooseView
image_chooser_viewset.choose_results_view_class = choosers.CentreImageChooseResultsView
document_chooser_viewset.choose_view_class = choosers.CentreDocumentChooseView
document_chooser_viewset.choose_results_view_class = choosers.CentreDocumentChooseResultsView


@hooks.register("populate_centre", order=100)
def roles_of_a_new_centre(centre):
    """After the pages: the groups get permissions on the centre's home page and collection."""
    set_up_centre_roles(centre)


@hooks.register("construct_page_action_menu")
def no_publishing_past_the_sign_off(menu_items, request, context):
    """Where a workflow applies, "Freigabe" publishes by approving ("Freigeben und
    Veröffentlichen"); a plain "Veröffentlichen" next to it would skip the sign-off."""
    if request.user.is_superuser:
        return
    page = context.get("page")
    if page is None or page.pk is None:
        page = context.get("parent_page")
    if page is None or page.get_workflow() is None:
        return
    menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("insert_editor_js")
def reading_time_rounded_up():
    return format_html('<script src="{}"></script>', static("js/admin-reading-time.js"))
