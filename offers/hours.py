"""Opening hours in Europe/Berlin: is an offer open now, when does it open today, the week's table,
the next opening times (for the .ics download) and Hessen's public holidays.

An offer may be given at several places (OfferPlace), each with its own hours: `schedules(offer)`
splits the offer's rules and closures by place (HSDS: a service_at_location with its schedules).
A rule without a place belongs to the offer's first place, a closure without a place to all of
them. Every function takes such a Schedule or an offer; for an offer, `status_at` is its status at
any place (open if open somewhere), the others use all its rules.

Works on an offer whose `offer_places`, `opening_rules` and `closures` are prefetched
(Offer.objects.for_listing), so a whole page of cards costs no query here. "Nur nach
Terminvereinbarung" is its own state and never shown as closed: the complaint users of other
directories make most.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class Weekday(models.IntegerChoices):
    MONDAY = 0, gettext_lazy("Montag")
    TUESDAY = 1, gettext_lazy("Dienstag")
    WEDNESDAY = 2, gettext_lazy("Mittwoch")
    THURSDAY = 3, gettext_lazy("Donnerstag")
    FRIDAY = 4, gettext_lazy("Freitag")
    SATURDAY = 5, gettext_lazy("Samstag")
    SUNDAY = 6, gettext_lazy("Sonntag")


# How far ahead "opens next" and the .ics file look.
LOOKAHEAD_DAYS = 14


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


def easter_sunday(year):
    """The Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def hessen_holidays(year):
    """{date: name} of the public holidays in Hessen."""
    easter = easter_sunday(year)

    def after_easter(days):
        return easter + datetime.timedelta(days=days)

    return {
        datetime.date(year, 1, 1): _("Neujahr"),
        after_easter(-2): _("Karfreitag"),
        after_easter(1): _("Ostermontag"),
        datetime.date(year, 5, 1): _("Tag der Arbeit"),
        after_easter(39): _("Christi Himmelfahrt"),
        after_easter(50): _("Pfingstmontag"),
        after_easter(60): _("Fronleichnam"),
        datetime.date(year, 10, 3): _("Tag der Deutschen Einheit"),
        datetime.date(year, 12, 25): _("1. Weihnachtstag"),
        datetime.date(year, 12, 26): _("2. Weihnachtstag"),
    }


@dataclass
class Schedule:
    """The hours of an offer at one of its places (`place` None: an offer without places)."""

    offer: object
    place: object
    rules: list
    closures: list


def schedules(offer):
    """One Schedule per place of the offer, in the offer's order of places."""
    rules, closures = list(offer.opening_rules.all()), list(offer.closures.all())
    places = [link.place for link in offer.offer_places.all()]
    if not places:
        return [Schedule(offer, None, rules, closures)]
    place_ids = [place.pk for place in places]

    def place_of(rule):
        # No place, or one the offer no longer lists: the first place.
        return rule.place_id if rule.place_id in place_ids else place_ids[0]

    return [
        Schedule(
            offer,
            place,
            [rule for rule in rules if place_of(rule) == place.pk],
            [
                closure
                for closure in closures
                if closure.place_id is None or closure.place_id == place.pk
            ],
        )
        for place in places
    ]


def as_schedule(item):
    """A Schedule as it is, an offer as one Schedule of all its rules and closures."""
    if isinstance(item, Schedule):
        return item
    return Schedule(item, None, list(item.opening_rules.all()), list(item.closures.all()))


def closed_reason(item, day):
    """Why the offer is closed all day on `day` ("" if it is not): a closure or a holiday."""
    schedule = as_schedule(item)
    for closure in schedule.closures:
        if closure.covers(day):
            return closure.reason or _("Schließtag")
    if schedule.offer.closed_on_public_holidays:
        return hessen_holidays(day.year).get(day, "")
    return ""


def rules_on(item, day):
    """The weekly times that apply on `day`, by start time; none on a closed day."""
    schedule = as_schedule(item)
    offer = schedule.offer
    if offer.status != offer.Status.ACTIVE or closed_reason(schedule, day):
        return []
    return sorted(
        (rule for rule in schedule.rules if rule.applies_on(day)),
        key=lambda rule: rule.opens,
    )


def _hhmm(value):
    return time_format(value, "TIME_FORMAT")


@dataclass
class Status:
    """What the directory shows about an offer at one moment."""

    kind: (
        # open, appointment, appointment_only, opens_later, closed, holiday, temporarily_closed,
        # ended, no_hours
        str
    )
    until: datetime.time | None = None
    opens: datetime.time | None = None
    reason: str = ""
    # When closed today: the next opening (an aware datetime) within LOOKAHEAD_DAYS, if any.
    next_opening: datetime.datetime | None = None
    # For an offer at several towns: the town this status is about ("Eschwege").
    where: str = ""

    @property
    def is_open(self):
        return self.kind == "open"

    @property
    def label(self):
        text = self.label_here
        if text and self.where:
            return _("%(status)s (%(town)s)") % {"status": text, "town": self.where}
        return text

    @property
    def label_here(self):
        if self.kind == "open":
            return _("Jetzt geöffnet bis %(time)s Uhr") % {"time": _hhmm(self.until)}
        if self.kind == "appointment":
            return _("Heute nur mit Termin")
        if self.kind == "appointment_only":
            return _("Nur nach Terminvereinbarung")
        if self.kind == "opens_later":
            return _("Öffnet heute um %(time)s Uhr") % {"time": _hhmm(self.opens)}
        if self.kind == "temporarily_closed":
            return _("Vorübergehend geschlossen")
        if self.kind == "ended":
            return _("Angebot beendet")
        if self.kind == "no_hours":
            return ""
        if self.kind == "holiday":
            today = _("Heute geschlossen (%(reason)s)") % {"reason": self.reason}
        else:
            today = _("Heute geschlossen")
        if self.next_opening is None:
            return today
        return _("%(today)s. Wieder geöffnet: %(day)s, %(time)s Uhr") % {
            "today": today,
            "day": date_format(self.next_opening, "l"),
            "time": _hhmm(self.next_opening.time()),
        }


def status_at(item, moment=None):
    """The Status at `moment` (an aware datetime; now by default), in Berlin time: of a
    Schedule, or of an offer at any of its places."""
    if isinstance(item, Schedule):
        return _status_of(item, moment)
    offer = item
    if offer.status == offer.Status.TEMPORARILY_CLOSED:
        return Status("temporarily_closed")
    if offer.status == offer.Status.ENDED:
        return Status("ended")
    found = [(schedule, _status_of(schedule, moment)) for schedule in schedules(offer)]
    schedule, best = min(found, key=lambda pair: _rank(pair[1]))
    towns = {item.place.town for item, _status in found if item.place is not None}
    if len(towns) > 1 and best.kind != "no_hours":
        best.where = schedule.place.town
    return best


# Which place's status an offer at several places shows: open anywhere first, then the one
# opening soonest; appointments before "closed", so appointments are never hidden.
RANKS = ["open", "opens_later", "appointment", "appointment_only", "holiday", "closed"]


def _rank(status):
    rank = RANKS.index(status.kind) if status.kind in RANKS else len(RANKS)
    if status.kind == "opens_later":
        return (rank, status.opens.isoformat())
    if status.kind in ("holiday", "closed"):
        # Both "closed today": the one that opens again soonest.
        upcoming = status.next_opening.isoformat() if status.next_opening else "9999"
        return (RANKS.index("holiday"), upcoming)
    return (rank, "")


def _status_of(schedule, moment=None):
    offer = schedule.offer
    if offer.status == offer.Status.TEMPORARILY_CLOSED:
        return Status("temporarily_closed")
    if offer.status == offer.Status.ENDED:
        return Status("ended")
    local = (moment or timezone.now()).astimezone(local_zone())
    day, now = local.date(), local.time()
    rules = schedule.rules
    if not rules:
        return Status("no_hours")
    reason = closed_reason(schedule, day)
    if reason:
        return Status("holiday", reason=reason, next_opening=_next_opening(schedule, local))
    today = rules_on(schedule, day)
    for rule in today:
        if rule.opens <= now < rule.closes and not rule.by_appointment:
            return Status("open", until=rule.closes)
    later = [rule for rule in today if rule.opens > now and not rule.by_appointment]
    if later:
        return Status("opens_later", opens=later[0].opens)
    if any(rule.by_appointment and now < rule.closes for rule in today):
        return Status("appointment")
    if all(rule.by_appointment for rule in rules):
        # Only ever by appointment: never shown as closed, on any day or at any hour.
        return Status("appointment_only")
    return Status("closed", next_opening=_next_opening(schedule, local))


def _next_opening(schedule, local):
    """The start of the next time without appointment after today, else None."""
    tomorrow = datetime.datetime.combine(
        local.date() + datetime.timedelta(days=1), datetime.time(0), tzinfo=local.tzinfo
    )
    for begins, _ends, rule in next_openings(schedule, tomorrow, days=LOOKAHEAD_DAYS):
        if not rule.by_appointment:
            return begins
    return None


def is_open_at(offer, moment=None):
    return status_at(offer, moment).is_open


@dataclass
class TableRow:
    weekday: int
    name: str
    times: list  # of OpeningRule


def week_table(item, today=None):
    """The weekly times that apply from `today` on (rules expired are left out), Monday first,
    days without times omitted."""
    today = today or timezone.localdate()
    rules = as_schedule(item).rules
    rows = []
    for weekday, name in Weekday.choices:
        times = sorted(
            (
                rule
                for rule in rules
                if rule.weekday == weekday
                and (rule.valid_until is None or rule.valid_until >= today)
            ),
            key=lambda rule: (rule.opens, rule.valid_from or datetime.date.min),
        )
        if times:
            rows.append(TableRow(weekday, str(name), times))
    return rows


def upcoming_closures(item, today=None):
    today = today or timezone.localdate()
    return sorted(
        (closure for closure in as_schedule(item).closures if closure.until >= today),
        key=lambda closure: closure.first_day,
    )


def next_openings(item, start=None, days=LOOKAHEAD_DAYS):
    """[(start, end, rule)] of the opening times in the next `days` days, as aware datetimes in
    Berlin time; times already over are left out. For an offer: at all its places, by time."""
    if not isinstance(item, Schedule):
        return sorted(
            (
                opening
                for schedule in schedules(item)
                for opening in next_openings(schedule, start, days)
            ),
            key=lambda opening: opening[:2],
        )
    zone = local_zone()
    start = (start or timezone.now()).astimezone(zone)
    schedule = item
    openings = []
    for offset in range(days):
        day = start.date() + datetime.timedelta(days=offset)
        for rule in rules_on(schedule, day):
            begins = datetime.datetime.combine(day, rule.opens, tzinfo=zone)
            ends = datetime.datetime.combine(day, rule.closes, tzinfo=zone)
            if ends > start:
                openings.append((begins, ends, rule))
    return openings
