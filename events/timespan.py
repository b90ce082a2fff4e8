"""An event's time span in words of the page's language, as text or with `<time>` elements.

The date formats are translatable (Django's date-filter syntax): each catalogue says how its
language writes a day, a day with weekday and a time; DATE_FORMAT is Django's own per language.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext

DAY = "DATE_FORMAT"


def _day_with_weekday():
    return pgettext("Datumsformat: Wochentag und Tag", "l, j. F Y")


def _time():
    return pgettext("Zeitformat", "G:i")


def _day_and_time():
    return pgettext("Datumsformat: Tag und Uhrzeit", "j. F Y, G:i")


def _first_day(same_month, same_year):
    """The first day of a range of days, as short as the last day allows."""
    if same_month:
        return pgettext("Datumsformat: erster Tag im selben Monat", "j.")
    if same_year:
        return pgettext("Datumsformat: erster Tag im selben Jahr", "j. F")
    return DAY


def _part(html, machine_value, text):
    if html:
        return format_html('<time datetime="{}">{}</time>', machine_value, text)
    return text


def format_timespan(start, end, all_day, html=False):
    """E.g. "Mittwoch, 2. Dezember 2026, 16:00 bis 18:00 Uhr".

    `start` and `end` are aware datetimes; all-day events show their days only.
    """
    start, end = timezone.localtime(start), timezone.localtime(end)
    if all_day:
        first_day, last_day = start.date(), end.date()
        if first_day == last_day:
            pattern = "%(day)s"
            parts = {
                "day": _part(
                    html, first_day.isoformat(), date_format(first_day, _day_with_weekday())
                )
            }
        else:
            # "19. bis 26. September 2027", "28. September bis 4. Oktober 2027"
            start_format = _first_day(
                (first_day.year, first_day.month) == (last_day.year, last_day.month),
                first_day.year == last_day.year,
            )
            pattern = gettext("%(start)s bis %(end)s")
            parts = {
                "start": _part(html, first_day.isoformat(), date_format(first_day, start_format)),
                "end": _part(html, last_day.isoformat(), date_format(last_day, DAY)),
            }
    elif start.date() == end.date():
        pattern = gettext("%(day)s, %(start)s bis %(end)s Uhr")
        parts = {
            "day": _part(html, start.date().isoformat(), date_format(start, _day_with_weekday())),
            "start": _part(html, start.isoformat(), date_format(start, _time())),
            "end": _part(html, end.isoformat(), date_format(end, _time())),
        }
    else:
        pattern = gettext("%(start)s Uhr bis %(end)s Uhr")
        parts = {
            "start": _part(html, start.isoformat(), date_format(start, _day_and_time())),
            "end": _part(html, end.isoformat(), date_format(end, _day_and_time())),
        }
    if html:
        # The pattern is escaped, the parts are already safe HTML.
        return mark_safe(conditional_escape(pattern) % parts)
    return pattern % parts
