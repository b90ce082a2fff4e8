"""iCalendar (RFC 5545) files of events: one event to download, or the feed of all upcoming ones."""

import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.translation import gettext

from icalendar import Calendar, Event

from integrationsnetz.site_urls import site_root_url

PRODID = "-//integrationsnetz//Veranstaltungen//DE"


def event_uid(event, hostname):
    """Stable across edits, so calendar programs update the entry instead of adding a second."""
    return f"event-{event.pk}@{hostname}"


def event_description(event):
    """Plain text: the teaser and what someone needs to decide whether to go."""
    lines = [event.teaser, ""]
    cost = gettext("kostenlos") if event.is_free else event.cost
    lines.append(gettext("Kosten: %(cost)s") % {"cost": cost})
    if event.registration_required:
        if event.registration_deadline:
            deadline = date_format(event.registration_deadline, "DATE_FORMAT")
            lines.append(
                gettext("Anmeldung erforderlich bis %(deadline)s") % {"deadline": deadline}
            )
        else:
            lines.append(gettext("Anmeldung erforderlich"))
    if event.online_url:
        lines.append(gettext("Online-Teilnahme: %(url)s") % {"url": event.online_url})
    return "\n".join(lines).strip()


def build_calendar(events, request, name=None):
    """A Calendar with one VEVENT per event and the VTIMEZONE its times refer to.

    With a `name` it is a feed to subscribe to; without, a file to import.
    """
    hostname = urlsplit(site_root_url(request)).hostname
    local_zone = ZoneInfo(settings.TIME_ZONE)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
        # How often subscribers should look for changes (RFC 7986, and Outlook's variant).
        calendar.add(
            "refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"}
        )
        calendar.add("x-published-ttl", "PT6H")

    now = timezone.now()
    first_year = last_year = now.year
    for page in events:
        entry = Event()
        entry.add("uid", event_uid(page, hostname))
        entry.add("dtstamp", (page.last_published_at or now).astimezone(datetime.UTC))
        # The language of the event's text (RFC 5545 LANGUAGE): its page's, which is German
        # when the event has no translation yet.
        language = {"LANGUAGE": page.locale.language_code} if page.locale_id else {}
        entry.add("summary", page.title, parameters=language)
        if page.all_day:
            # DTEND of a whole-day event is exclusive: the day after the last day.
            entry.add("dtstart", page.first_day)
            entry.add("dtend", page.last_day + datetime.timedelta(days=1))
        else:
            entry.add("dtstart", page.start.astimezone(local_zone))
            entry.add("dtend", page.end.astimezone(local_zone))
        location = page.location_text
        if location:
            entry.add("location", location)
        entry.add("url", page.get_full_url(request))
        entry.add("description", event_description(page), parameters=language)
        if page.category_id:
            entry.add("categories", [page.category.name])
        calendar.add_component(entry)
        first_year = min(first_year, page.start.year)
        last_year = max(last_year, page.end.year)

    calendar.add_missing_timezones(
        first_date=datetime.date(first_year - 1, 1, 1),
        last_date=datetime.date(last_year + 2, 1, 1),
    )
    return calendar


def calendar_response(request, events, filename, name=None):
    calendar = build_calendar(events, request, name=name)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    # A single event is a file to open; the feed is read by calendar programs directly.
    response["Content-Disposition"] = content_disposition_header(name is None, filename)
    return response
