"""The checks an event must pass before it is saved (EventPage.clean), with the editors'
German messages; an all-day event's start and end become whole days."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def event_errors(event):
    """{field name: message} for every problem at once; empty when the event is fine."""
    errors = {}
    check_dates(event, errors)
    if not (event.venue_name or event.city or event.online_url):
        errors["venue_name"] = _(
            "Bitte geben Sie einen Veranstaltungsort oder einen Link zur Online-Veranstaltung an."
        )
    if not event.is_free and not event.cost.strip():
        errors["cost"] = _(
            "Bitte geben Sie die Kosten an oder setzen Sie den Haken bei „Kostenlos“."
        )
    if event.registration_required and not (
        event.registration_url or event.registration_contact_id
    ):
        errors["registration_url"] = _(
            "Bitte geben Sie an, wie man sich anmeldet: einen Link oder eine Person "
            "unter „Anmeldung bei“."
        )
    if (
        event.registration_deadline
        and event.start
        and event.registration_deadline > timezone.localdate(event.start)
    ):
        errors["registration_deadline"] = _(
            "Der Anmeldeschluss darf nicht nach dem Tag der Veranstaltung liegen."
        )
    return errors


def check_dates(event, errors):
    if event.start is None:
        return
    if event.all_day:
        first_day = timezone.localdate(event.start)
        last_day = timezone.localdate(event.end) if event.end else first_day
        if last_day < first_day:
            errors["end"] = _("Das Ende muss nach dem Beginn liegen.")
            return
        # Stored as local midnight of the first day to the last second of the last day,
        # so "upcoming" (end >= now) holds until the last day is over.
        event.start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time()))
        event.end = timezone.make_aware(
            datetime.datetime.combine(last_day, datetime.time(23, 59, 59))
        )
    elif event.end is None:
        errors["end"] = _("Bitte geben Sie an, wann die Veranstaltung endet.")
    elif event.end.timestamp() <= event.start.timestamp():
        # As instants: Python compares two datetimes of the same zone by their wall-clock
        # times, so 02:30 summer time and the hour later, 02:30 winter time, the night the
        # clocks go back, would count as equal.
        errors["end"] = _("Das Ende muss nach dem Beginn liegen.")
