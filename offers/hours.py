"""Opening hours in Europe/Berlin: is an offer open now, when does it open today, the week's table,
the next opening times (for the .ics download) and Hessen's public holidays.

Works on an offer whose `opening_rules` and `closures` are prefetched (Offer.objects.for_listing),
so a whole page of cards costs no query here. "Nur nach Terminvereinbarung" is its own state and
never shown as closed: the complaint users of other directories make most.
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


def closed_reason(offer, day):
    """Why the offer is closed all day on `day` ("" if it is not): a closure or a holiday."""
    for closure in offer.closures.all():
        if closure.covers(day):
            return closure.reason or _("Schließtag")
    if offer.closed_on_public_holidays:
        return hessen_holidays(day.year).get(day, "")
    return ""


def rules_on(offer, day):
    """The offer's weekly times that apply on `day`, by start time; none on a closed day."""
    if offer.status != offer.Status.ACTIVE or closed_reason(offer, day):
        return []
    return sorted(
        (rule for rule in offer.opening_rules.all() if rule.applies_on(day)),
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

    @property
    def is_open(self):
        return self.kind == "open"

    @property
    def label(self):
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


def status_at(offer, moment=None):
    """The offer's Status at `moment` (an aware datetime; now by default), in Berlin time."""
    if offer.status == offer.Status.TEMPORARILY_CLOSED:
        return Status("temporarily_closed")
    if offer.status == offer.Status.ENDED:
        return Status("ended")
    local = (moment or timezone.now()).astimezone(local_zone())
    day, now = local.date(), local.time()
    rules = list(offer.opening_rules.all())
    if not rules:
        return Status("no_hours")
    reason = closed_reason(offer, day)
    if reason:
        return Status("holiday", reason=reason, next_opening=_next_opening(offer, local))
    today = rules_on(offer, day)
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
    return Status("closed", next_opening=_next_opening(offer, local))


def _next_opening(offer, local):
    """The start of the next time without appointment after today, else None."""
    tomorrow = datetime.datetime.combine(
        local.date() + datetime.timedelta(days=1), datetime.time(0), tzinfo=local.tzinfo
    )
    for begins, _ends, rule in next_openings(offer, tomorrow, days=LOOKAHEAD_DAYS):
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


def week_table(offer, today=None):
    """The weekly times that apply from `today` on (rules expired are left out), Monday first,
    days without times omitted."""
    today = today or timezone.localdate()
    rows = []
    for weekday, name in Weekday.choices:
        times = sorted(
            (
                rule
                for rule in offer.opening_rules.all()
                if rule.weekday == weekday
                and (rule.valid_until is None or rule.valid_until >= today)
            ),
            key=lambda rule: (rule.opens, rule.valid_from or datetime.date.min),
        )
        if times:
            rows.append(TableRow(weekday, str(name), times))
    return rows


def upcoming_closures(offer, today=None):
    today = today or timezone.localdate()
    return sorted(
        (closure for closure in offer.closures.all() if closure.until >= today),
        key=lambda closure: closure.first_day,
    )


def next_openings(offer, start=None, days=LOOKAHEAD_DAYS):
    """[(start, end, rule)] of the opening times in the next `days` days, as aware datetimes in
    Berlin time; times already over are left out."""
    zone = local_zone()
    start = (start or timezone.now()).astimezone(zone)
    openings = []
    for offset in range(days):
        day = start.date() + datetime.timedelta(days=offset)
        for rule in rules_on(offer, day):
            begins = datetime.datetime.combine(day, rule.opens, tzinfo=zone)
            ends = datetime.datetime.combine(day, rule.closes, tzinfo=zone)
            if ends > start:
                openings.append((begins, ends, rule))
    return openings
