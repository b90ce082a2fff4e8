# "9 ديسمبر 2026", "16:00": Latin digits (docs/sprachen.md), no comma between month and year
# (Django's "j F، Y" put the comma in the wrong place once a date met left-to-right text).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"
