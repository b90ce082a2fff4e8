from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EventCategory, EventIndexPage


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    menu_label = _("Veranstaltungskategorien")
    menu_name = "event-categories"
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(EventCategoryViewSet)


# Order: Aktuelles, Veranstaltungen, Ansprechpersonen (the order of the main menu).
@hooks.register("populate_centre", order=20)
def calendar_of_a_new_centre(centre):
    centre.ensure_page(
        EventIndexPage(
            title="Veranstaltungen",
            slug="veranstaltungen",
            show_in_menus=True,
            intro=gettext("Termine unseres Zentrums: Beratung, Begegnung und Information."),
        )
    )
