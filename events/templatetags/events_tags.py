from django import template

from events.models import EventIndexPage
from integrationsnetz.i18n import localized_root

register = template.Library()

UPCOMING_ON_HOME_PAGE = 3


@register.inclusion_tag("components/upcoming_events.html", takes_context=True)
def upcoming_events(context):
    """A section with the next events of this site as cards, for the home page."""
    request = context.get("request")
    root = localized_root(request)
    # No public() here: upcoming_events() applies it to the events, which covers the index.
    index = EventIndexPage.objects.child_of(root).live().first() if root else None
    events = list(index.upcoming_events()[:UPCOMING_ON_HOME_PAGE]) if index else []
    return {"index": index, "events": events, "request": request}
