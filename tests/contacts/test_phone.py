from django.core.exceptions import ValidationError
from django.template import Context, Template

import pytest

from integrationsnetz.phone import normalise_phone, phone_display, phone_href


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("05651/302-30308", "+49 5651 302-30308"),
        ("+49 5651 302-30308", "+49 5651 302-30308"),
        ("0049 5651 302-30308", "+49 5651 302-30308"),
        ("(05651) 302-30308", "+49 5651 302-30308"),
        ("05651 302 30308", "+49 5651 30230308"),
        ("(05651) 30230308", "+49 5651 30230308"),
        ("05651-30230308", "+49 5651 30230308"),
        ("  0561 709-0 ", "+49 561 709-0"),
        ("", ""),
    ],
)
def test_german_inputs_are_stored_in_international_din_5008_form(typed, stored):
    assert normalise_phone(typed) == stored


def test_display_is_national_din_5008_and_link_is_e164():
    assert phone_display("+49 5651 302-30308") == "05651 302-30308"
    assert phone_display("05651/302-30308") == "05651 302-30308"
    assert phone_href("+49 5651 302-30308") == "tel:+49565130230308"
    assert phone_href("(05651) 30230308") == "tel:+49565130230308"


def test_foreign_numbers_are_shown_internationally():
    assert phone_display("+43 1 5880") == "+43 1 5880"
    assert phone_href("+43 1 5880") == "tel:+4315880"


@pytest.mark.parametrize(
    ("junk", "message"),
    [
        ("abc", "Bitte verwenden Sie nur Ziffern"),
        ("05651 302-30308 (Zentrale)", "Bitte verwenden Sie nur Ziffern"),
        ("0800-FLOWERS", "Bitte verwenden Sie nur Ziffern"),
        ("123", "mit Vorwahl"),
        ("30230308", "mit Vorwahl"),
        ("05651", "keine gültige Telefonnummer"),
        ("+999 123", "keine gültige Telefonnummer"),
        ("056513023030812345678", "zu lang"),
    ],
)
def test_junk_is_rejected_with_a_german_message(junk, message):
    with pytest.raises(ValidationError) as error:
        normalise_phone(junk)
    assert message in error.value.messages[0]
    assert "05651 302-30308" in error.value.messages[0]


def test_unreadable_values_are_shown_as_typed_and_not_linked():
    assert phone_display("bitte über Zentrale") == "bitte über Zentrale"
    assert phone_href("bitte über Zentrale") == ""


def test_template_filters_format_any_phone_string():
    template = Template(
        '{% load phone_tags %}<a href="{{ number|phone_href }}">{{ number|phone_display }}</a>'
    )
    html = template.render(Context({"number": "05651/302-30308"}))
    assert html == '<a href="tel:+49565130230308">05651 302-30308</a>'
