"""Import of HSDS 3 open data into the directory (`manage.py import_hsds FILE --centre HOST`).

A JSON document or ZIP of CSV tables as hsds.py exports them. Everything is checked first; a
broken file imports nothing and the error names the table, row and field in German. Records
are matched by id, so a second run changes nothing.

Each service_at_location makes the offer given at that place (OfferPlace, in the file's order);
a schedule of a service_at_location is a weekly time at its place, a schedule of the service
alone one of an offer without places (or at its first place).
"""

import csv
import datetime
import io
import json
import uuid
import zipfile
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction

from contacts.models import Language
from integrationsnetz.phone import normalise_phone

from .hsds import ACCESSIBILITY, APPOINTMENT_NOTE, DAYS, FEE, STATUS, TABLES
from .models import Offer, OfferPlace, OpeningRule, Organisation, Place


class HSDSError(Exception):
    """A file that cannot be imported; the message says where, in German."""


def read_file(path):
    """The tables of a JSON document or a ZIP of CSV files."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                tables = {}
                for name in TABLES:
                    if f"{name}.csv" in archive.namelist():
                        text = archive.read(f"{name}.csv").decode("utf-8-sig")
                        tables[name] = [
                            {key: value for key, value in row.items() if value not in ("", None)}
                            for row in csv.DictReader(io.StringIO(text))
                        ]
                return tables
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile) as error:
        raise HSDSError(f"Die Datei lässt sich nicht lesen: {error}") from error
    except json.JSONDecodeError as error:
        raise HSDSError(
            f"Die Datei ist kein gültiges JSON (Zeile {error.lineno}, Spalte {error.colno})."
        ) from error
    if not isinstance(data, dict):
        raise HSDSError("Die Datei muss ein JSON-Objekt mit den HSDS-Tabellen enthalten.")
    return data


class Checker:
    """Reads a table's rows, each error naming table, row (from 1) and field."""

    def __init__(self, tables):
        self.tables = tables

    def rows(self, table):
        rows = self.tables.get(table, [])
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise HSDSError(f"Tabelle „{table}“: erwartet wird eine Liste von Zeilen.")
        return list(enumerate(rows, start=1))

    @staticmethod
    def fail(table, number, field, problem):
        raise HSDSError(f"Tabelle „{table}“, Zeile {number}, Feld „{field}“: {problem}")

    def text(self, table, number, row, field, required=False, max_length=None):
        value = row.get(field, "")
        if not isinstance(value, str):
            value = "" if value is None else str(value)
        value = value.strip()
        if required and not value:
            self.fail(table, number, field, "fehlt, ist aber Pflicht.")
        if max_length and len(value) > max_length:
            self.fail(table, number, field, f"ist länger als {max_length} Zeichen.")
        return value

    def uuid(self, table, number, row, field, required=True):
        value = self.text(table, number, row, field, required=required)
        if not value:
            return None
        try:
            return uuid.UUID(value)
        except ValueError:
            self.fail(table, number, field, f"„{value}“ ist keine UUID.")

    def number(self, table, number, row, field, kind=int):
        value = row.get(field)
        if value in (None, ""):
            return None
        try:
            result = kind(str(value).strip())
        except (ValueError, InvalidOperation):
            self.fail(table, number, field, f"„{value}“ ist keine Zahl.")
        if kind is int and not 0 <= result <= 120:
            self.fail(table, number, field, f"„{value}“ liegt nicht zwischen 0 und 120.")
        return result

    def date(self, table, number, row, field):
        value = self.text(table, number, row, field)
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            self.fail(table, number, field, f"„{value}“ ist kein Datum (JJJJ-MM-TT).")

    def time(self, table, number, row, field):
        value = self.text(table, number, row, field, required=True)
        try:
            return datetime.time.fromisoformat(value)
        except ValueError:
            self.fail(table, number, field, f"„{value}“ ist keine Uhrzeit (HH:MM).")


def parse(tables):
    """The records to import, checked: {"organisations": {...}, "places": {...}, ...}."""
    check = Checker(tables)
    organisations, places, offers = {}, {}, {}
    for number, row in check.rows("organizations"):
        key = check.uuid("organizations", number, row, "id")
        organisations[key] = {
            "name": check.text("organizations", number, row, "name", True, 200),
            "description": check.text("organizations", number, row, "description"),
            "email": check.text("organizations", number, row, "email", max_length=254),
            "website": check.text("organizations", number, row, "website", max_length=200),
            "phone": "",
        }
    for number, row in check.rows("locations"):
        key = check.uuid("locations", number, row, "id")
        places[key] = {
            "name": check.text("locations", number, row, "name", True, 200),
            "transit": check.text("locations", number, row, "transportation"),
            "latitude": check.number("locations", number, row, "latitude", Decimal),
            "longitude": check.number("locations", number, row, "longitude", Decimal),
            "street": "",
            "postal_code": "",
            "town": "",
            "accessibility_note": "",
            **dict.fromkeys(ACCESSIBILITY, False),
        }
    for number, row in check.rows("addresses"):
        key = check.uuid("addresses", number, row, "location_id")
        if key not in places:
            check.fail("addresses", number, "location_id", "Diesen Ort gibt es in der Datei nicht.")
        places[key].update(
            street=check.text("addresses", number, row, "address_1", True, 200),
            postal_code=check.text("addresses", number, row, "postal_code", True, 10),
            town=check.text("addresses", number, row, "city", True, 100),
        )
    labels = {label: field for field, label in ACCESSIBILITY.items()}
    for number, row in check.rows("accessibility"):
        key = check.uuid("accessibility", number, row, "location_id")
        if key not in places:
            check.fail("accessibility", number, "location_id", "Diesen Ort gibt es nicht.")
        description = check.text("accessibility", number, row, "description")
        if description in labels:
            places[key][labels[description]] = True
        else:
            places[key]["accessibility_note"] = (
                check.text("accessibility", number, row, "details") or description
            )
    statuses = {value: key for key, value in STATUS.items()}
    for number, row in check.rows("services"):
        key = check.uuid("services", number, row, "id")
        provider = check.uuid("services", number, row, "organization_id", required=False)
        if provider is not None and provider not in organisations:
            check.fail("services", number, "organization_id", "Diesen Träger gibt es nicht.")
        status = check.text("services", number, row, "status", True)
        if status not in statuses:
            check.fail("services", number, "status", f"„{status}“ ist kein HSDS-Status.")
        fees = check.text("services", number, row, "fees")
        offers[key] = {
            "fields": {
                "name": check.text("services", number, row, "name", True, 200),
                "short_description": check.text("services", number, row, "description", True, 300),
                "email": check.text("services", number, row, "email", max_length=254),
                "status": statuses[status],
                "interpretation": bool(
                    check.text("services", number, row, "interpretation_services")
                ),
                "registration_note": check.text(
                    "services", number, row, "application_process", max_length=300
                ),
                "cost": Offer.Cost.FEE if fees == FEE else Offer.Cost.FREE,
                "cost_note": check.text(
                    "services", number, row, "fees_description", max_length=300
                ),
                "eligibility": check.text("services", number, row, "eligibility_description"),
                "minimum_age": check.number("services", number, row, "minimum_age"),
                "maximum_age": check.number("services", number, row, "maximum_age"),
                "notice": check.text("services", number, row, "alert", max_length=200),
                "last_checked": check.date("services", number, row, "assured_date"),
                "phone": "",
            },
            "provider": provider,
            "places": [],
            "rules": [],
            "languages": [],
        }
    for number, row in check.rows("phones"):
        phone = check.text("phones", number, row, "number", True)
        try:
            phone = normalise_phone(phone)
        except ValidationError:
            check.fail("phones", number, "number", f"„{phone}“ ist keine Telefonnummer.")
        service = check.uuid("phones", number, row, "service_id", required=False)
        organisation = check.uuid("phones", number, row, "organization_id", required=False)
        if service in offers:
            offers[service]["fields"]["phone"] = phone
        elif organisation in organisations:
            organisations[organisation]["phone"] = phone
        else:
            check.fail(
                "phones", number, "service_id", "Gehört zu keinem Angebot und keinem Träger."
            )
    at_locations = {}
    for number, row in check.rows("service_at_locations"):
        key = check.uuid("service_at_locations", number, row, "id")
        service = check.uuid("service_at_locations", number, row, "service_id")
        place = check.uuid("service_at_locations", number, row, "location_id")
        if service not in offers:
            check.fail("service_at_locations", number, "service_id", "Dieses Angebot fehlt.")
        if place not in places:
            check.fail("service_at_locations", number, "location_id", "Diesen Ort gibt es nicht.")
        if place not in offers[service]["places"]:
            offers[service]["places"].append(place)
        at_locations[key] = (service, place)
    for number, row in check.rows("schedules"):
        at = check.uuid("schedules", number, row, "service_at_location_id", required=False)
        if at is not None:
            if at not in at_locations:
                check.fail(
                    "schedules",
                    number,
                    "service_at_location_id",
                    "Dieses Angebot an diesem Ort gibt es in der Datei nicht.",
                )
            service, place = at_locations[at]
        else:
            service, place = check.uuid("schedules", number, row, "service_id"), None
            if service not in offers:
                check.fail("schedules", number, "service_id", "Dieses Angebot fehlt.")
        day = check.text("schedules", number, row, "byday", True)
        if day not in DAYS:
            check.fail("schedules", number, "byday", f"„{day}“ ist kein Wochentag (MO bis SU).")
        opens = check.time("schedules", number, row, "opens_at")
        closes = check.time("schedules", number, row, "closes_at")
        if opens >= closes:
            check.fail("schedules", number, "closes_at", "liegt nicht nach „opens_at“.")
        notes = check.text("schedules", number, row, "notes")
        offers[service]["rules"].append(
            {
                "place": place,
                "weekday": DAYS.index(day),
                "opens": opens,
                "closes": closes,
                "kind": OpeningRule.Kind.APPOINTMENT
                if notes == APPOINTMENT_NOTE
                else OpeningRule.Kind.OPEN,
                "valid_from": check.date("schedules", number, row, "valid_from"),
                "valid_until": check.date("schedules", number, row, "valid_to"),
            }
        )
    for number, row in check.rows("languages"):
        service = check.uuid("languages", number, row, "service_id")
        if service not in offers:
            check.fail("languages", number, "service_id", "Dieses Angebot fehlt.")
        code = check.text("languages", number, row, "code", True, 12).lower()
        name = check.text("languages", number, row, "name", max_length=60) or code
        offers[service]["languages"].append((code, name))
    return {"organisations": organisations, "places": places, "offers": offers}


def _changed(obj, fields):
    return any(getattr(obj, name) != value for name, value in fields.items())


def _upsert(model, key, fields, site, report):
    """Create or update the German entry with this translation key; publish only if changed."""
    obj = model.objects.filter(translation_key=key, locale__language_code="de").first()
    if obj is not None and not _changed(obj, fields) and obj.live:
        return obj, False
    if obj is None:
        obj = model(translation_key=key, site=site)
    for name, value in fields.items():
        setattr(obj, name, value)
    try:
        obj.full_clean(exclude=["translation_key", "locale", "live", "site"], validate_unique=False)
    except ValidationError as error:
        problems = "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
        raise HSDSError(
            f"{model._meta.verbose_name} „{fields.get('name', key)}“ (id {key}): {problems}"
        ) from error
    obj.save()
    obj.save_revision().publish()
    report.append(obj)
    return obj, True


def _rules_of(offer):
    """The offer's weekly times as comparable tuples, each with the place it applies at (a rule
    without a place: the first place, as hours.schedules reads it)."""
    place_ids = [link.place_id for link in offer.offer_places.all()]

    def place_of(rule):
        if rule.place_id in place_ids or not place_ids:
            return rule.place_id
        return place_ids[0]

    return sorted(
        (
            place_of(rule) or 0,
            rule.weekday,
            rule.opens,
            rule.closes,
            rule.kind,
            rule.valid_from or datetime.date.min,
            rule.valid_until or datetime.date.min,
        )
        for rule in offer.opening_rules.all()
    )


@transaction.atomic
def import_tables(tables, site):
    """Import checked tables for `site`; returns the created or changed entries."""
    records = parse(tables)
    changed = []
    organisations = {
        key: _upsert(Organisation, key, fields, site, changed)[0]
        for key, fields in records["organisations"].items()
    }
    places = {
        key: _upsert(Place, key, fields, site, changed)[0]
        for key, fields in records["places"].items()
    }
    for key, record in records["offers"].items():
        fields = {**record["fields"], "provider": organisations.get(record["provider"])}
        offer, updated = _upsert(Offer, key, fields, site, changed)
        languages = []
        for code, name in record["languages"]:
            language, _created = Language.objects.get_or_create(code=code, defaults={"name": name})
            languages.append(language)
        offer_places = [places[place] for place in record["places"]]
        rules = [
            OpeningRule(**{**rule, "place": places[rule["place"]] if rule["place"] else None})
            for rule in record["rules"]
        ]
        wanted = Offer(pk=offer.pk)
        wanted.offer_places = [OfferPlace(place=place) for place in offer_places]
        wanted.opening_rules = rules
        same_languages = {language.pk for language in offer.languages.all()} == {
            language.pk for language in languages
        }
        same_places = [link.place_id for link in offer.offer_places.all()] == [
            place.pk for place in offer_places
        ]
        if same_places and _rules_of(offer) == _rules_of(wanted) and same_languages:
            continue
        offer.offer_places = [OfferPlace(place=place) for place in offer_places]
        offer.opening_rules = rules
        offer.languages.set(languages)
        offer.save()
        offer.save_revision().publish()
        if not updated:
            changed.append(offer)
    return changed
