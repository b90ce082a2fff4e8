import uuid
from functools import wraps

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import URLPattern, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from integrationsnetz.slugs import german_slug

from .models import Contact, ContactIndexPage, Language, Topic
from .permissions import (
    ContactPermissionPolicy,
    contacts_for_user,
    user_may_edit_contact,
    user_may_see_contact,
)
from .search import search_contacts

# Before any view asks for it: every admin view and bulk action checks contacts by site.
register_permission_policy(Contact, ContactPermissionPolicy(Contact))


def site_label(contact):
    return str(contact.site) if contact.site_id else _("Alle Websites (geteilt)")


class ContactChooserMixin:
    def get_object_list(self):
        return contacts_for_user(self.request.user, super().get_object_list())


class ContactChooseView(ContactChooserMixin, ChooseView):
    pass


class ContactChooseResultsView(ContactChooserMixin, ChooseResultsView):
    pass


class ContactChosenView(SnippetChosenView):
    def get_object(self, pk):
        contact = super().get_object(pk)
        if not user_may_see_contact(self.request.user, contact):
            raise Contact.DoesNotExist
        return contact


class ContactChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return contacts_for_user(self.request.user, super().get_objects(pks))


class ContactChooserViewSet(SnippetChooserViewSet):
    """The chooser offers an editor their own sites' contacts and the shared ones."""

    choose_view_class = ContactChooseView
    choose_results_view_class = ContactChooseResultsView
    chosen_view_class = ContactChosenView
    chosen_multiple_view_class = ContactChosenMultipleView


def scoped_to_site(view):
    """Every admin view of one contact (edit, delete, publish, lock, history, workflow …)
    answers only for a contact of the editor's sites: another site's contact does not exist
    for them (404), a shared one may only be changed by editors of all sites (403)."""

    @wraps(view)
    def scoped_view(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            contact = Contact.objects.filter(pk=unquote(str(pk))).only("pk", "site").first()
            if contact is not None and not user_may_edit_contact(request.user, contact):
                if contact.site_id is None:
                    raise PermissionDenied
                raise Http404
        return view(request, *args, **kwargs)

    return scoped_view


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = gettext_lazy("Ansprechpersonen")
    menu_name = "contacts"
    list_display = [
        "name",
        "role",
        "unit",
        Column("site", label=gettext_lazy("Website"), accessor=site_label),
    ]
    list_filter = ["topics", "languages"]
    ordering = ["name"]
    chooser_viewset_class = ContactChooserViewSet

    def get_queryset(self, request):
        return contacts_for_user(request.user, Contact.objects.select_related("site"))

    def get_urlpatterns(self):
        return [
            URLPattern(
                pattern.pattern,
                scoped_to_site(pattern.callback),
                pattern.default_args,
                pattern.name,
            )
            for pattern in super().get_urlpatterns()
        ]


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


@hooks.register("bench_centre")
def bench_contacts(centre, amounts):
    """`amounts["contacts"]` published contacts of the centre, for `bench_pages`."""
    count = amounts.get("contacts", 0)
    if not count or Contact.objects.filter(site=centre.site).exists():
        return
    prefix = german_slug(centre.name)[:100]
    german = Locale.get_default()
    Contact.objects.bulk_create(
        [
            Contact(
                site=centre.site,
                name=f"Ansprechperson {number}",
                slug=f"{prefix}-{number}",
                role="Beratung",
                unit=centre.name,
                email=f"person{number}@example.org",
                locale=german,
                translation_key=uuid.uuid4(),
            )
            for number in range(1, count + 1)
        ]
    )
