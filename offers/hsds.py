"""The directory as open data: Open Referral's Human Services Data Specification (HSDS 3).

Export: the live German offers of one centre (and the shared ones) as HSDS tables,
organizations, services, locations, addresses, accessibility, phones, service_at_locations,
schedules and languages, one row per record as in HSDS's tabular form. `/angebote/hsds/`
gives them as one JSON document, `/angebote/hsds/?format=csv` as the CSV tables in a ZIP.
Records keep their id across exports: the translation key of an offer, provider or place, or a
UUID derived from it.

An offer at several places has one service_at_location per place (OfferPlace), and the weekly
times at a place are schedules of that service_at_location (`service_at_location_id`, with
`service_id` and `location_id` beside it); an offer without places has its schedules on the
service. Closures are not exported.

Import (`manage.py import_hsds FILE --centre HOST`): such a JSON document or ZIP, read by
hsds_import.py. The export needs no models module (the directory page in models.py serves it
and passes the offers in); the choices it maps are in choices.py.

Not in HSDS and so not exported: topics, target groups, closures, the rich-text description.
"""

import csv
import io
import uuid
import zipfile

from django.http import HttpResponse, JsonResponse
from django.utils.http import content_disposition_header

from . import hours
from .choices import OfferStatus

TABLES = [
    "organizations",
    "services",
    "locations",
    "addresses",
    "accessibility",
    "phones",
    "service_at_locations",
    "schedules",
    "languages",
]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
STATUS = {
    OfferStatus.ACTIVE: "active",
    OfferStatus.TEMPORARILY_CLOSED: "temporarily closed",
    OfferStatus.ENDED: "defunct",
}
FREE, FEE = "kostenlos", "kostenpflichtig"
APPOINTMENT_NOTE = "nur nach Terminvereinbarung"
# Place's accessibility fields and the descriptions their rows carry.
ACCESSIBILITY = {
    "step_free": "Stufenloser Zugang",
    "lift": "Aufzug",
    "accessible_toilet": "Barrierefreies WC",
    "hearing_loop": "Hörschleife",
}
NOTE = "Hinweise"


def derived_id(key, *parts):
    return str(uuid.uuid5(uuid.UUID(str(key)), ":".join(str(part) for part in parts)))


def _row(**fields):
    """A table row without empty optional fields (HSDS types refuse null)."""
    return {name: value for name, value in fields.items() if value not in (None, "")}


def export_tables(offers, directory_url=""):
    """{table: [row, ...]} of `offers` (a centre's live German offers, see
    `OfferQuerySet.open_data`), their providers and places."""
    offers = list(
        offers.select_related("provider")
        .prefetch_related("offer_places__place", "opening_rules", "closures", "languages")
        .order_by("name", "pk")
    )
    organisations = {
        offer.provider.pk: offer.provider
        for offer in offers
        if offer.provider and offer.provider.live
    }
    places = {place.pk: place for offer in offers for place in offer.live_places}
    tables = {name: [] for name in TABLES}
    for organisation in sorted(organisations.values(), key=lambda item: item.name):
        key = organisation.translation_key
        tables["organizations"].append(
            {
                **_row(
                    id=str(key),
                    name=organisation.name,
                    email=organisation.email,
                    website=organisation.website,
                ),
                # Required by HSDS, even when empty.
                "description": organisation.description,
            }
        )
        if organisation.phone:
            tables["phones"].append(
                _row(
                    id=derived_id(key, "phone"), organization_id=str(key), number=organisation.phone
                )
            )
    for place in sorted(places.values(), key=lambda item: (item.town, item.name)):
        key = place.translation_key
        tables["locations"].append(
            _row(
                id=str(key),
                location_type="physical",
                name=place.name,
                transportation=place.transit,
                latitude=float(place.latitude) if place.latitude is not None else None,
                longitude=float(place.longitude) if place.longitude is not None else None,
            )
        )
        tables["addresses"].append(
            _row(
                id=derived_id(key, "address"),
                location_id=str(key),
                address_1=place.street,
                city=place.town,
                state_province="Hessen",
                postal_code=place.postal_code,
                country="DE",
                address_type="physical",
            )
        )
        for field, description in ACCESSIBILITY.items():
            if getattr(place, field):
                tables["accessibility"].append(
                    _row(id=derived_id(key, field), location_id=str(key), description=description)
                )
        if place.accessibility_note:
            tables["accessibility"].append(
                _row(
                    id=derived_id(key, "note"),
                    location_id=str(key),
                    description=NOTE,
                    details=place.accessibility_note,
                )
            )
    for offer in offers:
        key = offer.translation_key
        provider = organisations.get(offer.provider_id)
        tables["services"].append(
            _row(
                id=str(key),
                organization_id=str(provider.translation_key) if provider else None,
                name=offer.name,
                description=offer.short_description,
                url=f"{directory_url}{offer.slug}/" if directory_url else None,
                email=offer.email,
                status=STATUS[offer.status],
                interpretation_services="ja" if offer.interpretation else None,
                application_process=offer.registration_note,
                fees=FREE if offer.is_free else FEE,
                fees_description=offer.cost_note,
                eligibility_description=offer.eligibility,
                minimum_age=offer.minimum_age,
                maximum_age=offer.maximum_age,
                alert=offer.notice,
                assured_date=offer.last_checked.isoformat() if offer.last_checked else None,
            )
        )
        if offer.phone:
            tables["phones"].append(
                _row(id=derived_id(key, "phone"), service_id=str(key), number=offer.phone)
            )
        for schedule in hours.schedules(offer):
            place = schedule.place
            link = {"service_id": str(key)}
            if place is not None:
                if place.pk not in places:
                    # A place not (yet) published: not in the open data, nor its times.
                    continue
                at_id = derived_id(key, "at", place.translation_key)
                link = {
                    "service_id": str(key),
                    "location_id": str(place.translation_key),
                    "service_at_location_id": at_id,
                }
                tables["service_at_locations"].append(
                    _row(
                        id=at_id,
                        service_id=str(key),
                        location_id=str(place.translation_key),
                    )
                )
            for rule in schedule.rules:
                where = [place.translation_key] if place is not None else []
                tables["schedules"].append(
                    _row(
                        id=derived_id(
                            key, "rule", *where, rule.weekday, rule.opens, rule.closes, rule.kind
                        ),
                        **link,
                        freq="WEEKLY",
                        wkst="MO",
                        byday=DAYS[rule.weekday],
                        opens_at=rule.opens.strftime("%H:%M"),
                        closes_at=rule.closes.strftime("%H:%M"),
                        valid_from=rule.valid_from.isoformat() if rule.valid_from else None,
                        valid_to=rule.valid_until.isoformat() if rule.valid_until else None,
                        notes=APPOINTMENT_NOTE if rule.by_appointment else None,
                    )
                )
        for language in offer.languages.all():
            tables["languages"].append(
                _row(
                    id=derived_id(key, "language", language.code),
                    service_id=str(key),
                    name=language.name,
                    code=language.code,
                )
            )
    return tables


def csv_zip(tables):
    """The tables as `<table>.csv` files in a ZIP, as HSDS's tabular form."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, rows in tables.items():
            columns = sorted({column for row in rows for column in row}, key=_column_order)
            text = io.StringIO()
            writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            archive.writestr(f"{name}.csv", text.getvalue())
    return buffer.getvalue()


def _column_order(column):
    return (column != "id", column)


def export_response(request, offers, directory_url):
    tables = export_tables(offers, directory_url)
    if request.GET.get("format") == "csv":
        response = HttpResponse(csv_zip(tables), content_type="application/zip")
        response["Content-Disposition"] = content_disposition_header(True, "angebote-hsds.zip")
        return response
    response = JsonResponse(tables, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = content_disposition_header(False, "angebote-hsds.json")
    return response
