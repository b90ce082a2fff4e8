from django import template

from events.dates import collapse_weekly_series
from events.models import EventIndexPage
from integrationsnetz import page_cache
from integrationsnetz.i18n import localized_root

register = template.Library()

UPCOMING_ON_HOME_PAGE = 3
# How many upcoming events are looked at to find three different ones (weekly series collapse).
UPCOMING_LOOKAHEAD = 40


@register.inclusion_tag("components/upcoming_events.html", takes_context=True)
def upcoming_events(context):
    """A section with the next events of this site as cards, for the home page."""
    request = context.get("request")

    def next_events():
        root = localized_root(request)
        # No public() here: upcoming_events() applies it to the events, which covers the index.
        index = EventIndexPage.objects.child_of(root).live().first() if root else None
        events = list(index.upcoming_events()[:UPCOMING_LOOKAHEAD]) if index else []
        items = [
            {"event": event, "weekday": weekday}
            for event, weekday in collapse_weekly_series(events, UPCOMING_ON_HOME_PAGE)
        ]
        return index, items

    # A publish below the calendar purges the home page's path too (page_cache.affected).
    index, items = page_cache.remember(request, "upcoming-events", next_events, per_path=True)
    return {"index": index, "items": items, "request": request}
