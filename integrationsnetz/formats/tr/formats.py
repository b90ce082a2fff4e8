# "9 Aralık 2026": the day without a leading zero, as in the event dates (catalogue formats).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i"
MONTH_DAY_FORMAT = "j F"
