from django.templatetags.static import static
from django.urls import path, re_path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents.views.chooser import viewset as document_chooser_viewset
from wagtail.images.views.chooser import viewset as image_chooser_viewset

from . import choosers, guide
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


@hooks.register("insert_editor_js")
def translation_editor_in_german():
    """Two phrases wagtail-localize's editor script writes in English, in German."""
    return format_html(
        '<script src="{}" data-heading="{}" data-more-actions="{}"></script>',
        static("js/admin-translation-editor.js"),
        gettext("Übersetzung: %(source)s → %(target)s"),
        gettext("Weitere Aktionen"),
    )


@hooks.register("register_admin_urls")
def editor_guide_urls():
    return [
        path("handbuch/", guide.guide, name="editor_guide"),
        re_path(
            rf"^handbuch/bilder/(?P<name>{guide.PICTURE_NAME})$",
            guide.picture,
            name="editor_guide_picture",
        ),
    ]


@hooks.register("register_help_menu_item")
def editor_guide_menu_item():
    return MenuItem(
        guide.TITLE, reverse("editor_guide"), name="handbuch", icon_name="help", order=1000
    )


@hooks.register("construct_help_menu")
def our_guide_instead_of_wagtails(request, menu_items):
    """Wagtail's English editor guide and release notes make way for our own guide."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name != "editor-guide" and not item.name.startswith("whats-new-in-wagtail")
    ]
