from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EventCategory


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    menu_label = _("Veranstaltungskategorien")
    menu_name = "event-categories"
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(EventCategoryViewSet)
