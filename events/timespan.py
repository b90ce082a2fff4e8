"""An event's time span in German words, as plain text or with `<time datetime>` elements."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

DAY_WITH_WEEKDAY = "l, j. F Y"
DAY = "j. F Y"
TIME = "G:i"


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
                "day": _part(html, first_day.isoformat(), date_format(first_day, DAY_WITH_WEEKDAY))
            }
        else:
            # "19. bis 26. September 2027", "28. September bis 4. Oktober 2027"
            if (first_day.year, first_day.month) == (last_day.year, last_day.month):
                start_format = "j."
            elif first_day.year == last_day.year:
                start_format = "j. F"
            else:
                start_format = DAY
            pattern = gettext("%(start)s bis %(end)s")
            parts = {
                "start": _part(html, first_day.isoformat(), date_format(first_day, start_format)),
                "end": _part(html, last_day.isoformat(), date_format(last_day, DAY)),
            }
    elif start.date() == end.date():
        pattern = gettext("%(day)s, %(start)s bis %(end)s Uhr")
        parts = {
            "day": _part(html, start.date().isoformat(), date_format(start, DAY_WITH_WEEKDAY)),
            "start": _part(html, start.isoformat(), date_format(start, TIME)),
            "end": _part(html, end.isoformat(), date_format(end, TIME)),
        }
    else:
        pattern = gettext("%(start)s Uhr bis %(end)s Uhr")
        parts = {
            "start": _part(html, start.isoformat(), date_format(start, f"{DAY}, {TIME}")),
            "end": _part(html, end.isoformat(), date_format(end, f"{DAY}, {TIME}")),
        }
    if html:
        # The pattern is escaped, the parts are already safe HTML.
        return mark_safe(conditional_escape(pattern) % parts)
    return pattern % parts
