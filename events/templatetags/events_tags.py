from django import template

from wagtail.models import Site

from events.models import EventIndexPage
from integrationsnetz import page_cache

register = template.Library()

UPCOMING_ON_HOME_PAGE = 3


@register.inclusion_tag("components/upcoming_events.html", takes_context=True)
def upcoming_events(context):
    """A section with the next events of this site as cards, for the home page."""
    request = context.get("request")

    def next_events():
        site = Site.find_for_request(request) if request else None
        # No public() here: upcoming_events() applies it to the events, which covers the index.
        index = EventIndexPage.objects.child_of(site.root_page).live().first() if site else None
        return index, list(index.upcoming_events()[:UPCOMING_ON_HOME_PAGE]) if index else []

    # A publish below the calendar purges the home page's path too (page_cache.affected).
    index, events = page_cache.remember(request, "upcoming-events", next_events, per_path=True)
    return {"index": index, "events": events, "request": request}
