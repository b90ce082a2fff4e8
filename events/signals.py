"""A changed event category makes the calendars and events that show it stale (caching.py)."""

from integrationsnetz import caching
from integrationsnetz.signals import when_changed

from .models import EventCategory, EventIndexPage


@when_changed(EventCategory)
def purge_category(sender, instance, **kwargs):
    caching.snippet_changed(instance, index_pages=EventIndexPage.objects.live())
