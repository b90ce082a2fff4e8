"""Phone numbers: checked, stored and shown the way German offices write them (DIN 5008).

Editors type numbers in many ways ("05651/302-30308", "(05651) 30230308", "+49 5651 302-30308").
`normalise_phone` checks such an input and returns the international form that is stored,
"+49 5651 302-30308". A hyphen before the last digits marks the extension (Durchwahl); it is
kept when the editor gave one, since it tells callers which part reaches the switchboard.
From any stored or typed number, `phone_display` derives the national form for people in
Germany ("05651 302-30308") and `phone_href` the `tel:` link ("tel:+49565130230308").

Generic on purpose: contact persons and the organisation's own phone number both use it.
"""

import functools
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

import phonenumbers
from phonenumbers import NumberParseException, ValidationResult

DEFAULT_REGION = "DE"
GERMANY = 49

ALLOWED_CHARACTERS = re.compile(r"[\d\s+\-/().]+")
EXAMPLE = "05651 302-30308"

MESSAGES = {
    "characters": _(
        "Bitte verwenden Sie nur Ziffern, Leerzeichen und die Zeichen + - / ( ), "
        "z. B. „%(example)s“."
    ),
    "area_code": _(
        "Bitte geben Sie die Telefonnummer mit Vorwahl ein (beginnend mit 0 oder +49), "
        "z. B. „%(example)s“."
    ),
    "too_short": _(
        "Die Telefonnummer ist zu kurz. Bitte prüfen Sie die Ziffern und die Vorwahl, "
        "z. B. „%(example)s“."
    ),
    "too_long": _(
        "Die Telefonnummer ist zu lang. Bitte geben Sie nur eine Nummer ein, z. B. „%(example)s“."
    ),
    "invalid": _(
        "Das ist keine gültige Telefonnummer. Bitte prüfen Sie die Vorwahl und die Ziffern, "
        "z. B. „%(example)s“."
    ),
}

PARSE_ERRORS = {
    NumberParseException.TOO_LONG: "too_long",
    NumberParseException.TOO_SHORT_NSN: "too_short",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
}


@dataclass(frozen=True)
class _Parts:
    number: phonenumbers.PhoneNumber
    area_code: str
    subscriber: str

    @property
    def e164(self):
        return phonenumbers.format_number(self.number, phonenumbers.PhoneNumberFormat.E164)

    @property
    def international(self):
        if self.number.country_code != GERMANY or not self.area_code:
            return phonenumbers.format_number(
                self.number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
        return f"+{GERMANY} {self.area_code} {self.subscriber}"

    @property
    def national(self):
        if self.number.country_code != GERMANY:
            return self.international
        if not self.area_code:
            return phonenumbers.format_number(self.number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return f"0{self.area_code} {self.subscriber}"


def _error(code):
    return ValidationError(MESSAGES[code], code=f"phone_{code}", params={"example": EXAMPLE})


# Every contact card shows its number three times (text, link, structured data): parsing
# with phonenumbers costs far more than the rest of a card, so valid numbers are remembered.
@functools.lru_cache(maxsize=4096)
def _parse(value):
    """Split a typed or stored number into its parts, or raise a German ValidationError."""
    value = value.strip()
    if not ALLOWED_CHARACTERS.fullmatch(value):
        raise _error("characters")
    digits = re.sub(r"\D", "", value)
    # Without a leading 0 or +, "30230308" would silently become a Berlin number.
    if not (value.startswith("+") or digits.startswith("0")):
        raise _error("area_code")
    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
    except NumberParseException as error:
        raise _error(PARSE_ERRORS.get(error.error_type, "invalid")) from None

    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == ValidationResult.TOO_LONG:
        raise _error("too_long")
    if possible in (ValidationResult.TOO_SHORT, ValidationResult.INVALID_LENGTH):
        raise _error("too_short")
    if not phonenumbers.is_valid_number(number):
        raise _error("invalid")

    national = phonenumbers.national_significant_number(number)
    area_length = phonenumbers.length_of_national_destination_code(number)
    area_code, subscriber = national[:area_length], national[area_length:]
    if "-" in value:
        extension = re.sub(r"\D", "", value.rsplit("-", 1)[1])
        if 0 < len(extension) < len(subscriber) and subscriber.endswith(extension):
            subscriber = f"{subscriber[: -len(extension)]}-{extension}"
    return _Parts(number=number, area_code=area_code, subscriber=subscriber)


def normalise_phone(value):
    """The stored form of a phone number ("+49 5651 302-30308"); "" stays "".

    Raises ValidationError with a German message for anything that is not a dialable number.
    """
    if not value or not value.strip():
        return ""
    return _parse(value).international


def validate_phone(value):
    """A field validator: accepts what `normalise_phone` accepts."""
    normalise_phone(value)


def phone_display(value):
    """The national form for display ("05651 302-30308"); unreadable values are returned as is."""
    if not value:
        return ""
    try:
        return _parse(value).national
    except ValidationError:
        return value


def phone_href(value):
    """The link target ("tel:+49565130230308"), or "" if the value is no valid number."""
    if not value:
        return ""
    try:
        return f"tel:{_parse(value).e164}"
    except ValidationError:
        return ""


class PhoneNumberField(models.CharField):
    """A phone number that is checked and stored in the international form on `full_clean`.

    Admin forms run `full_clean`, so editors may type "05651/302-30308" and the database holds
    "+49 5651 302-30308"; junk gets the German message of `validate_phone` next to the field.
    """

    default_validators = [validate_phone]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 40)
        super().__init__(*args, **kwargs)

    def clean(self, value, model_instance):
        return normalise_phone(super().clean(value, model_instance))
