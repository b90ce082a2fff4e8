from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Contact, Language, Topic


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Ansprechpersonen")
    menu_name = "contacts"
    list_display = ["name", "role", "unit"]
    list_filter = ["topics", "languages"]
    ordering = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Themen")
    menu_name = "contact-topics"
    list_display = ["name", "slug"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = _("Sprachen")
    menu_name = "contact-languages"
    list_display = ["name", "native_name", "code"]


class ContactsGroup(SnippetViewSetGroup):
    items = (ContactViewSet, TopicViewSet, LanguageViewSet)
    menu_icon = "group"
    menu_label = _("Ansprechpersonen")
    menu_name = "contacts-group"


register_snippet(ContactsGroup)
