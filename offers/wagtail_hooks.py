from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from integrationsnetz.snippet_permissions import entries_for_user
from integrationsnetz.snippet_views import (
    SiteScopedViewSet,
    register_site_permission_policy,
    site_label,
)

from .models import (
    Offer,
    OfferIndexPage,
    OfferTopic,
    Organisation,
    Place,
    TargetGroup,
    due_for_check,
)
from .search import offer_words, offers_when_nothing_is_found, search_offers

# Offers, providers and places are scoped to the editor's centres as contacts are.
register_site_permission_policy(Offer, Organisation, Place)


class OfferViewSet(SiteScopedViewSet):
    model = Offer
    icon = "info-circle"
    menu_label = gettext_lazy("Angebote")
    menu_name = "offers"
    list_display = [
        "name",
        "provider",
        "status",
        "last_checked",
        SiteScopedViewSet.site_column,
    ]
    list_filter = ["status", "cost", "topics"]
    ordering = ["name"]


class OrganisationViewSet(SiteScopedViewSet):
    model = Organisation
    icon = "group"
    menu_label = gettext_lazy("Träger")
    menu_name = "offer-organisations"
    list_display = [
        "name",
        "kind",
        SiteScopedViewSet.site_column,
    ]
    list_filter = ["kind"]


class PlaceViewSet(SiteScopedViewSet):
    model = Place
    icon = "site"
    menu_label = gettext_lazy("Orte")
    menu_name = "offer-places"
    list_display = [
        "name",
        "town",
        SiteScopedViewSet.site_column,
    ]


class OfferTopicViewSet(SnippetViewSet):
    model = OfferTopic
    icon = "tag"
    menu_label = gettext_lazy("Themenbereiche")
    menu_name = "offer-topics"
    list_display = ["name", "slug", "sort_order"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "user"
    menu_label = gettext_lazy("Zielgruppen")
    menu_name = "offer-target-groups"
    list_display = ["name", "slug"]


class OffersGroup(SnippetViewSetGroup):
    items = (OfferViewSet, OrganisationViewSet, PlaceViewSet, OfferTopicViewSet, TargetGroupViewSet)
    menu_icon = "info-circle"
    menu_label = gettext_lazy("Angebote")
    menu_name = "offers-group"


register_snippet(OffersGroup)

CHECK_TITLE = gettext_lazy("Angebote prüfen")


def offers_to_check(user):
    """The German originals: a translation is checked with its original."""
    offers = Offer.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return due_for_check(entries_for_user(user, offers.select_related("site", "provider")))


def check_listing(request):
    """ "Angebote prüfen": the editor's offers nobody has checked for six months."""
    if not request.user.has_perm("offers.change_offer"):
        raise PermissionDenied
    offers = list(offers_to_check(request.user))
    rows = [
        {
            "offer": offer,
            "url": reverse(Offer.snippet_viewset.get_url_name("edit"), args=[offer.pk]),
            "site": site_label(offer),
        }
        for offer in offers
    ]
    return TemplateResponse(
        request, "offers/admin/offers_to_check.html", {"rows": rows, "page_title": CHECK_TITLE}
    )


@hooks.register("register_admin_urls")
def offers_admin_urls():
    return [path("angebote-pruefen/", check_listing, name="offers_to_check")]


@hooks.register("register_reports_menu_item")
def offers_to_check_menu_item():
    return MenuItem(CHECK_TITLE, reverse("offers_to_check"), icon_name="info-circle", order=800)


class OffersToCheckPanel(Component):
    name = "offers_to_check"
    template_name = "offers/admin/offers_to_check_panel.html"
    order = 120

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count, "url": reverse("offers_to_check"), "heading": CHECK_TITLE}


@hooks.register("construct_homepage_panels")
def offers_to_check_panel(request, panels):
    if not request.user.has_perm("offers.change_offer"):
        return
    count = offers_to_check(request.user).count()
    if count:
        panels.append(OffersToCheckPanel(count))


# Offers in the site search (/suche/).
hooks.register("register_site_search", search_offers)
hooks.register("register_search_vocabulary", offer_words)
hooks.register("register_search_help", offers_when_nothing_is_found)


# After the contacts directory (order 30): the same place in the main menu as on the demo site.
@hooks.register("populate_centre", order=40)
def directory_of_a_new_centre(centre):
    centre.ensure_page(
        OfferIndexPage(
            title=_("Angebote"),
            slug="angebote",
            show_in_menus=True,
            intro=_("Hier finden Sie Beratung, Kurse und Hilfe in Ihrer Nähe."),
        )
    )
