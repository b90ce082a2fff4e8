# "December 9, 2026": the month written out, as in the event dates (catalogue formats).
DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, g:i A"
