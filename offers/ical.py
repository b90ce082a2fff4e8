"""The next opening times of an offer as an iCalendar file (RFC 5545), to keep in a calendar: the
times at all its places, each event with the address of its place."""

import datetime
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext

from icalendar import Calendar, Event

from integrationsnetz.site_urls import site_root_url

from . import hours

PRODID = "-//integrationsnetz//Angebote//DE"


def build_calendar(offer, request, url, start=None):
    hostname = urlsplit(site_root_url(request)).hostname
    now = timezone.now()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    language = {"LANGUAGE": offer.locale.language_code} if offer.locale_id else {}
    openings, schedules = [], hours.schedules(offer)
    for schedule in schedules:
        place = schedule.place
        location = f"{place.name}, {place.address_line}" if place and place.live else ""
        openings += [
            (begins, ends, rule, place, location)
            for begins, ends, rule in hours.next_openings(schedule, start)
        ]
    openings.sort(key=lambda opening: opening[:2])
    for begins, ends, rule, place, location in openings:
        entry = Event()
        # At several places the place is in the uid: the same time at two places is two events.
        at = f"-{place.pk}" if len(schedules) > 1 else ""
        entry.add("uid", f"offer-{offer.pk}{at}-{begins:%Y%m%dT%H%M}@{hostname}")
        entry.add("dtstamp", (offer.last_published_at or now).astimezone(datetime.UTC))
        summary = offer.name
        if rule.by_appointment:
            summary = gettext("%(name)s (nur nach Terminvereinbarung)") % {"name": offer.name}
        entry.add("summary", summary, parameters=language)
        entry.add("dtstart", begins)
        entry.add("dtend", ends)
        if location:
            entry.add("location", location)
        entry.add("url", url)
        entry.add("description", offer.short_description, parameters=language)
        calendar.add_component(entry)
    today = timezone.localdate()
    calendar.add_missing_timezones(
        first_date=today - datetime.timedelta(days=1),
        last_date=today + datetime.timedelta(days=hours.LOOKAHEAD_DAYS + 1),
    )
    return calendar


def openings_response(request, offer, url):
    calendar = build_calendar(offer, request, url)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, f"{offer.slug}.ics")
    return response
