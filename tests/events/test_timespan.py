import pytest

from events.timespan import format_timespan

from ..factories import local


@pytest.mark.parametrize(
    ("start", "end", "all_day", "expected"),
    [
        (
            local(2026, 12, 2, 16),
            local(2026, 12, 2, 18),
            False,
            "Mittwoch, 2. Dezember 2026, 16:00 bis 18:00 Uhr",
        ),
        (
            local(2026, 12, 2, 9, 30),
            local(2026, 12, 3, 12),
            False,
            "2. Dezember 2026, 9:30 Uhr bis 3. Dezember 2026, 12:00 Uhr",
        ),
        (local(2027, 3, 21), local(2027, 3, 21, 23, 59), True, "Sonntag, 21. März 2027"),
        (local(2027, 9, 19), local(2027, 9, 26, 23, 59), True, "19. bis 26. September 2027"),
        (local(2027, 9, 28), local(2027, 10, 4, 23, 59), True, "28. September bis 4. Oktober 2027"),
        (
            local(2027, 12, 30),
            local(2028, 1, 2, 23, 59),
            True,
            "30. Dezember 2027 bis 2. Januar 2028",
        ),
    ],
)
def test_time_spans_read_as_german_text(start, end, all_day, expected):
    assert format_timespan(start, end, all_day) == expected


def test_time_span_as_html_marks_up_machine_readable_times():
    html = format_timespan(local(2026, 10, 25, 1, 30), local(2026, 10, 25, 4), False, html=True)

    assert html == (
        '<time datetime="2026-10-25">Sonntag, 25. Oktober 2026</time>, '
        '<time datetime="2026-10-25T01:30:00+02:00">1:30</time> bis '
        '<time datetime="2026-10-25T04:00:00+01:00">4:00</time> Uhr'
    )
