from django import template

from events.dates import collapse_weekly_series
from events.models import EventIndexPage
from integrationsnetz.i18n import localized_root

register = template.Library()

UPCOMING_ON_HOME_PAGE = 3
# How many upcoming events are looked at to find three different ones (weekly series collapse).
UPCOMING_LOOKAHEAD = 40


@register.inclusion_tag("components/upcoming_events.html", takes_context=True)
def upcoming_events(context):
    """A section with the next events of this site as cards, for the home page."""
    request = context.get("request")
    root = localized_root(request)
    index = EventIndexPage.objects.child_of(root).live().public().first() if root else None
    events = list(index.upcoming_events()[:UPCOMING_LOOKAHEAD]) if index else []
    items = [
        {"event": event, "weekday": weekday}
        for event, weekday in collapse_weekly_series(events, UPCOMING_ON_HOME_PAGE)
    ]
    return {"index": index, "items": items, "request": request}
