"""Opening hours at fixed moments, in Europe/Berlin time, on offers kept in memory."""

import datetime
from zoneinfo import ZoneInfo

from offers import hours
from offers.models import Closure, Offer, OfferPlace, OpeningRule, Place

BERLIN = ZoneInfo("Europe/Berlin")
UTC = datetime.UTC
MONDAY, TUESDAY, WEDNESDAY = 0, 1, 2


def rule(weekday, opens, closes, kind=OpeningRule.Kind.OPEN, **fields):
    return OpeningRule(
        weekday=weekday,
        opens=datetime.time.fromisoformat(opens),
        closes=datetime.time.fromisoformat(closes),
        kind=kind,
        **fields,
    )


def offer_with(*rules, closures=(), **fields):
    offer = Offer(name="Migrationsberatung", **fields)
    offer.opening_rules = list(rules)
    offer.closures = list(closures)
    return offer


def berlin(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def test_a_weekday_inside_the_hours_is_open_until_the_closing_time():
    offer = offer_with(rule(TUESDAY, "09:00", "12:00"))

    status = hours.status_at(offer, berlin(2027, 3, 16, 10, 30))

    assert status.kind == "open"
    assert status.until == datetime.time(12)
    assert status.label == "Jetzt geöffnet bis 12:00 Uhr"


def test_before_the_hours_the_offer_opens_later_today():
    offer = offer_with(rule(TUESDAY, "14:00", "17:00"), rule(TUESDAY, "09:00", "12:00"))

    assert hours.status_at(offer, berlin(2027, 3, 16, 8)).label == "Öffnet heute um 09:00 Uhr"
    # Between the two times of the day.
    assert hours.status_at(offer, berlin(2027, 3, 16, 12, 30)).label == (
        "Öffnet heute um 14:00 Uhr"
    )


def test_after_the_hours_it_is_closed_and_says_when_it_opens_again():
    offer = offer_with(rule(TUESDAY, "09:00", "12:00"), rule(WEDNESDAY, "10:00", "11:00"))

    status = hours.status_at(offer, berlin(2027, 3, 16, 12))

    assert status.kind == "closed"
    assert status.next_opening == berlin(2027, 3, 17, 10)
    assert status.label == "Heute geschlossen. Wieder geöffnet: Mittwoch, 10:00 Uhr"


def test_a_day_without_hours_is_closed():
    offer = offer_with(rule(TUESDAY, "09:00", "12:00"))

    assert not hours.is_open_at(offer, berlin(2027, 3, 15, 10))


def test_appointment_only_is_never_shown_as_closed():
    offer = offer_with(rule(MONDAY, "09:00", "15:00", kind=OpeningRule.Kind.APPOINTMENT))

    status = hours.status_at(offer, berlin(2027, 3, 15, 10))

    assert status.kind == "appointment"
    assert status.label == "Heute nur mit Termin"
    assert not status.is_open
    assert hours.status_at(offer, berlin(2027, 3, 15, 7)).label == "Heute nur mit Termin"


def test_appointment_only_is_not_closed_after_its_times_or_on_other_days():
    offer = offer_with(rule(MONDAY, "09:00", "15:00", kind=OpeningRule.Kind.APPOINTMENT))

    for moment in (berlin(2027, 3, 15, 16), berlin(2027, 3, 16, 10), berlin(2027, 3, 21, 12)):
        status = hours.status_at(offer, moment)
        assert status.kind == "appointment_only", moment
        assert status.label == "Nur nach Terminvereinbarung"
        assert "geschlossen" not in status.label


def test_a_closure_closes_the_offer_with_its_reason():
    offer = offer_with(
        rule(TUESDAY, "09:00", "12:00"),
        closures=[
            Closure(
                first_day=datetime.date(2027, 12, 23),
                last_day=datetime.date(2028, 1, 2),
                reason="Weihnachtsferien",
            )
        ],
    )

    status = hours.status_at(offer, berlin(2027, 12, 28, 10))

    assert status.kind == "holiday"
    assert status.label.startswith("Heute geschlossen (Weihnachtsferien)")
    assert status.next_opening == berlin(2028, 1, 4, 9)
    assert hours.is_open_at(offer, berlin(2028, 1, 4, 10))


def test_a_public_holiday_in_hessen_closes_the_offer_unless_it_opens_on_holidays():
    # 29 March 2027 is Easter Monday.
    offer = offer_with(rule(MONDAY, "09:00", "12:00"))
    easter_monday = berlin(2027, 3, 29, 10)

    assert hours.status_at(offer, easter_monday).label.startswith("Heute geschlossen (Ostermontag)")
    offer.closed_on_public_holidays = False
    assert hours.is_open_at(offer, easter_monday)


def test_hessen_holidays_include_corpus_christi_and_not_reformation_day():
    holidays = hours.hessen_holidays(2027)

    assert holidays[datetime.date(2027, 5, 27)] == "Fronleichnam"
    assert holidays[datetime.date(2027, 5, 6)] == "Christi Himmelfahrt"
    assert datetime.date(2027, 10, 31) not in holidays
    assert hours.easter_sunday(2026) == datetime.date(2026, 4, 5)


def test_hours_are_berlin_time_on_both_sides_of_the_daylight_saving_change():
    # Summer time starts on 28 March 2027: 9:30 in Berlin is 8:30 UTC before, 7:30 UTC after.
    offer = offer_with(rule(TUESDAY, "09:00", "12:00"))

    assert hours.is_open_at(offer, datetime.datetime(2027, 3, 23, 8, 30, tzinfo=UTC))
    assert hours.is_open_at(offer, datetime.datetime(2027, 3, 30, 7, 30, tzinfo=UTC))
    assert not hours.is_open_at(offer, datetime.datetime(2027, 3, 30, 6, 30, tzinfo=UTC))
    assert not hours.is_open_at(offer, datetime.datetime(2027, 3, 30, 10, 30, tzinfo=UTC))


def test_a_rule_valid_only_until_a_date_ends_after_it():
    offer = offer_with(rule(TUESDAY, "09:00", "12:00", valid_until=datetime.date(2027, 6, 30)))

    assert hours.is_open_at(offer, berlin(2027, 6, 29, 10))
    assert not hours.is_open_at(offer, berlin(2027, 7, 6, 10))
    assert hours.week_table(offer, today=datetime.date(2027, 7, 1)) == []


def test_a_rule_valid_from_a_date_starts_then():
    offer = offer_with(rule(TUESDAY, "09:00", "12:00", valid_from=datetime.date(2027, 9, 1)))

    assert not hours.is_open_at(offer, berlin(2027, 8, 31, 10))
    assert hours.is_open_at(offer, berlin(2027, 9, 7, 10))


def test_a_temporarily_closed_offer_says_so_whatever_its_hours():
    offer = offer_with(rule(TUESDAY, "09:00", "12:00"), status=Offer.Status.TEMPORARILY_CLOSED)

    status = hours.status_at(offer, berlin(2027, 3, 16, 10))

    assert status.label == "Vorübergehend geschlossen"
    assert hours.next_openings(offer, berlin(2027, 3, 15, 0)) == []


def test_next_openings_are_aware_berlin_times_and_skip_what_is_over():
    offer = offer_with(rule(TUESDAY, "09:00", "12:00"), rule(WEDNESDAY, "09:00", "10:00"))

    openings = hours.next_openings(offer, berlin(2027, 3, 16, 11), days=7)

    assert [(start, end) for start, end, _rule in openings] == [
        (berlin(2027, 3, 16, 9), berlin(2027, 3, 16, 12)),
        (berlin(2027, 3, 17, 9), berlin(2027, 3, 17, 10)),
    ]


def test_the_week_table_lists_days_monday_first_with_their_times_in_order():
    offer = offer_with(
        rule(WEDNESDAY, "14:00", "16:00"),
        rule(MONDAY, "09:00", "12:00"),
        rule(WEDNESDAY, "09:00", "11:00"),
    )

    table = hours.week_table(offer, today=datetime.date(2027, 3, 15))

    assert [row.name for row in table] == ["Montag", "Mittwoch"]
    assert [time.opens.hour for time in table[1].times] == [9, 14]


def at_two_places(*rules, closures=()):
    """The Migrationsberatung in Eschwege (the first place) and Witzenhausen."""
    eschwege = Place(pk=1, name="Kreishaus", town="Eschwege")
    witzenhausen = Place(pk=2, name="Bürgerhaus", town="Witzenhausen")
    offer = offer_with(*rules, closures=closures)
    offer.offer_places = [OfferPlace(place=eschwege), OfferPlace(place=witzenhausen)]
    return offer


def test_an_offer_open_at_one_place_is_open_and_says_where():
    offer = at_two_places(
        rule(MONDAY, "09:00", "12:00"), rule(TUESDAY, "09:00", "12:00", place_id=2)
    )
    eschwege, witzenhausen = hours.schedules(offer)
    tuesday = berlin(2027, 3, 16, 10)

    assert hours.status_at(eschwege, tuesday).kind == "closed"
    assert hours.status_at(witzenhausen, tuesday).label == "Jetzt geöffnet bis 12:00 Uhr"
    assert hours.is_open_at(offer, tuesday)
    assert hours.status_at(offer, tuesday).label == "Jetzt geöffnet bis 12:00 Uhr (Witzenhausen)"
    # A rule without a place is at the first place.
    assert [rule.weekday for rule in eschwege.rules] == [MONDAY]
    assert hours.status_at(offer, berlin(2027, 3, 15, 10)).label == (
        "Jetzt geöffnet bis 12:00 Uhr (Eschwege)"
    )


def test_appointment_only_at_one_place_is_never_shown_as_closed():
    offer = at_two_places(
        rule(TUESDAY, "09:00", "12:00"),
        rule(WEDNESDAY, "09:00", "12:00", OpeningRule.Kind.APPOINTMENT, place_id=2),
    )
    eschwege, witzenhausen = hours.schedules(offer)
    wednesday = berlin(2027, 3, 17, 10)

    assert hours.status_at(witzenhausen, wednesday).label == "Heute nur mit Termin"
    assert hours.status_at(eschwege, wednesday).kind == "closed"
    assert hours.status_at(offer, wednesday).label == "Heute nur mit Termin (Witzenhausen)"
    # On Thursday: closed in Eschwege, Witzenhausen only ever by appointment.
    assert hours.status_at(witzenhausen, berlin(2027, 3, 18, 10)).kind == "appointment_only"
    assert not hours.is_open_at(offer, wednesday)


def test_a_closure_of_one_place_closes_only_that_place_and_one_without_place_all():
    offer = at_two_places(
        rule(TUESDAY, "09:00", "12:00"),
        rule(TUESDAY, "14:00", "17:00", place_id=2),
        closures=[
            Closure(first_day=datetime.date(2027, 3, 16), reason="Renovierung", place_id=2),
            Closure(first_day=datetime.date(2027, 3, 23), reason="Betriebsausflug"),
        ],
    )
    eschwege, witzenhausen = hours.schedules(offer)

    assert hours.status_at(eschwege, berlin(2027, 3, 16, 10)).kind == "open"
    assert hours.status_at(witzenhausen, berlin(2027, 3, 16, 15)).label.startswith(
        "Heute geschlossen (Renovierung)"
    )
    for schedule in (eschwege, witzenhausen):
        assert hours.status_at(schedule, berlin(2027, 3, 23, 10)).reason == "Betriebsausflug"


def test_the_next_openings_of_an_offer_cover_all_its_places_in_time_order():
    offer = at_two_places(
        rule(WEDNESDAY, "09:00", "10:00"), rule(TUESDAY, "14:00", "17:00", place_id=2)
    )

    openings = hours.next_openings(offer, berlin(2027, 3, 15, 0), days=7)

    assert [(start.day, rule.place_id) for start, _end, rule in openings] == [(16, 2), (17, None)]
