import datetime

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from integrationsnetz.bench_data import add_children

from .models import EventCategory, EventIndexPage, EventPage


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


@hooks.register("bench_centre")
def bench_events(centre, amounts):
    """`amounts["events"]` events in the centre's calendar, a third of them past."""
    index = EventIndexPage.objects.child_of(centre.home).first()
    count = amounts.get("events", 0)
    if index is None or not count or EventPage.objects.child_of(index).exists():
        return
    today = timezone.localdate()
    events = []
    for number in range(1, count + 1):
        day = today + datetime.timedelta(days=number - count // 3)
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(18)))
        events.append(
            EventPage(
                title=f"Veranstaltung {number}",
                slug=f"veranstaltung-{number}",
                teaser="Ein Anreißer, wie ihn eine Veranstaltung im Kalender zeigt.",
                start=start,
                end=start + datetime.timedelta(hours=2),
                venue_name="Rathaus",
                city="Musterstadt",
            )
        )
    add_children(index, events)
