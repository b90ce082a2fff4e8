from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from integrationsnetz.snippet_views import SiteScopedViewSet, register_site_permission_policy

from .models import Contact, ContactIndexPage, Language, Topic
from .search import contact_words, contacts_when_nothing_is_found, search_contacts

register_site_permission_policy(Contact)


class ContactViewSet(SiteScopedViewSet):
    model = Contact
    icon = "user"
    menu_label = gettext_lazy("Ansprechpersonen")
    menu_name = "contacts"
    list_display = [
        "name",
        "role",
        "unit",
        SiteScopedViewSet.site_column,
    ]
    list_filter = ["topics", "languages"]
    ordering = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = gettext_lazy("Themen")
    menu_name = "contact-topics"
    list_display = ["name", "slug"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    menu_label = gettext_lazy("Sprachen")
    menu_name = "contact-languages"
    list_display = ["name", "native_name", "code"]


class ContactsGroup(SnippetViewSetGroup):
    items = (ContactViewSet, TopicViewSet, LanguageViewSet)
    menu_icon = "group"
    menu_label = gettext_lazy("Ansprechpersonen")
    menu_name = "contacts-group"


register_snippet(ContactsGroup)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_a_duplicate_contact(request, instance):
    """Saving a contact with the name and e-mail address of another one warns the editor and
    links to the existing entry; it does not refuse, since two people may share a name."""
    if not isinstance(instance, Contact):
        return
    duplicate = instance.duplicates().first()
    if duplicate is None:
        return
    edit_url = reverse(Contact.snippet_viewset.get_url_name("edit"), args=[quote(duplicate.pk)])
    messages.warning(
        request,
        _(
            "Es gibt schon eine Ansprechperson „%(name)s“ mit derselben E-Mail-Adresse. Bitte "
            "prüfen Sie, ob dieselbe Person doppelt angelegt wurde."
        )
        % {"name": duplicate.name},
        buttons=[messages.button(edit_url, _("Vorhandenen Eintrag öffnen"))],
    )


# Contact persons in the site search (/suche/).
hooks.register("register_site_search", search_contacts)
hooks.register("register_search_vocabulary", contact_words)
# Contacts in the visitor's language when a search finds nothing.
hooks.register("register_search_help", contacts_when_nothing_is_found)


# Order: Aktuelles, Veranstaltungen, Ansprechpersonen (the order of the main menu).
@hooks.register("populate_centre", order=30)
def directory_of_a_new_centre(centre):
    centre.ensure_page(
        ContactIndexPage(
            title=_("Ansprechpersonen"),
            slug="ansprechpartner",
            show_in_menus=True,
            intro=_("Hier finden Sie die Menschen in unserem Zentrum, die Ihnen weiterhelfen."),
        )
    )
