# "9 دسامبر 2026", "16:00": the Gregorian calendar and Latin digits (docs/sprachen.md).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"
