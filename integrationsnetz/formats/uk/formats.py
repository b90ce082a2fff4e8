# "9 грудня 2026": the day without a leading zero and the month in the genitive (E), as
# Ukrainian writes a date in running text; a month on its own stays nominative (F).
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
MONTH_DAY_FORMAT = "j E"
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"
