"""Month arithmetic for the event calendar: month starts, the month filter and month groups."""

import datetime
import itertools
import re

from django.utils import timezone
from django.utils.formats import date_format

MONTH_PATTERN = re.compile(r"^([0-9]{4})-([0-9]{2})$")
# How many months a long-running event adds to the month filter at most.
MONTH_OPTIONS_PER_EVENT = 12


def month_start(value):
    """The first moment of the local month of an aware datetime (or a date)."""
    day = timezone.localdate(value) if isinstance(value, datetime.datetime) else value
    return timezone.make_aware(datetime.datetime(day.year, day.month, 1))


def next_month(start):
    """The first moment of the month after the local month starting at `start`."""
    if start.month == 12:
        return timezone.make_aware(datetime.datetime(start.year + 1, 1, 1))
    return timezone.make_aware(datetime.datetime(start.year, start.month + 1, 1))


def parse_month(value):
    """The start of the month in `value` ("2026-11"), or None for anything else."""
    match = MONTH_PATTERN.match(value)
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    # Far-off years are junk; they would overflow the date arithmetic around them.
    if not 1 <= month <= 12 or not 1900 <= year <= 9998:
        return None
    return timezone.make_aware(datetime.datetime(year, month, 1))


def months_with_events(spans, now):
    """The months (as dates) in which at least one of the (start, end) spans takes place,
    from the month of `now` on; a long event adds at most MONTH_OPTIONS_PER_EVENT months."""
    months = set()
    for start, end in spans:
        current = month_start(max(start, now))
        for _step in range(MONTH_OPTIONS_PER_EVENT):
            if current > end:
                break
            months.add(current.date())
            current = next_month(current)
    return sorted(months)


def group_by_month(events, floor):
    """[{"month": date, "events": [...]}, ...] for events ordered by start.

    An event is listed under the month it starts in, or, if it began before `floor` (it is
    running now, or started before the chosen month), under the month of `floor`.
    """
    groups = []
    for event in events:
        month = timezone.localdate(max(event.start, floor)).replace(day=1)
        if not groups or groups[-1]["month"] != month:
            groups.append({"month": month, "events": []})
        groups[-1]["events"].append(event)
    return groups


def collapse_weekly_series(events, limit):
    """The first `limit` of `events` (soonest first), each weekly series (same title, dates a
    multiple of seven days apart) only once, at its next date: [(event, weekday or "")], the
    weekday e.g. "Mittwoch" for a series, so the weekly Sprachcafé does not push out one-off
    events. Events that share a title but are not weekly are all shown."""
    groups = {}
    for event in events:
        groups.setdefault(event.title.strip().casefold(), []).append(event)
    weekly = set()
    for key, group in groups.items():
        days = [event.first_day for event in group]
        if len(days) > 1 and all((b - a).days % 7 == 0 for a, b in itertools.pairwise(days)):
            weekly.add(key)
    collapsed, shown = [], set()
    for event in events:
        key = event.title.strip().casefold()
        if key in weekly:
            if key in shown:
                continue
            shown.add(key)
            collapsed.append((event, date_format(event.first_day, "l")))
        else:
            collapsed.append((event, ""))
        if len(collapsed) == limit:
            break
    return collapsed
