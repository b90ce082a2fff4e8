"""The directory as HSDS 3 open data: every exported row validates against Open Referral's
schema (shipped in hsds_schema/), export → import into an empty database → export gives the
same data, a second import changes nothing, and a broken file imports nothing."""

import datetime
import io
import json
import pathlib
import zipfile

from django.core.management import call_command
from django.core.management.base import CommandError

import jsonschema
import pytest

from offers.hsds import TABLES, csv_zip, export_tables
from offers.hsds_import import import_tables, read_file
from offers.models import Offer, OpeningRule, Organisation, Place

from ..conftest import OTHER_HOST
from ..factories import (
    LanguageFactory,
    OfferFactory,
    OfferIndexPageFactory,
    OpeningRuleFactory,
    OrganisationFactory,
    PlaceFactory,
)

pytestmark = pytest.mark.django_db

SCHEMA_DIR = pathlib.Path(__file__).parent / "hsds_schema"
# The HSDS schema of each exported table.
SCHEMAS = {
    "organizations": "organization",
    "services": "service",
    "locations": "location",
    "addresses": "address",
    "accessibility": "accessibility",
    "phones": "phone",
    "service_at_locations": "service_at_location",
    "schedules": "schedule",
    "languages": "language",
}


@pytest.fixture
def offers(home, other_home):
    site = home.get_site()
    provider = OrganisationFactory(
        name="Ausländerbehörde Testkreis", site=site, website="https://example.org/"
    )
    place = PlaceFactory(
        name="Kreishaus",
        site=site,
        street="Schlossplatz 1",
        town="Eschwege",
        lift=True,
        latitude="51.187000",
        longitude="10.054000",
        accessibility_note="Klingel links",
    )
    witzenhausen = PlaceFactory(
        name="Bürgerhaus", site=site, street="Am Markt 2", town="Witzenhausen", step_free=True
    )
    for entry in (provider, place, witzenhausen):
        entry.save_revision().publish()
    course = OfferFactory(
        name="Integrationskurs",
        slug="integrationskurs",
        site=site,
        provider=provider,
        places=[place, witzenhausen],
        phone="+49 5651 302-0",
        minimum_age=16,
        cost=Offer.Cost.FEE,
        cost_note="2,29 € je Stunde",
        last_checked=datetime.date(2026, 11, 1),
        languages=[
            LanguageFactory(name="Arabisch", code="ar"),
            LanguageFactory(name="Tigrinya", code="ti"),
        ],
    )
    OpeningRuleFactory(offer=course, weekday=0)
    OpeningRuleFactory(
        offer=course,
        weekday=3,
        opens=datetime.time(14),
        closes=datetime.time(17),
        kind=OpeningRule.Kind.APPOINTMENT,
        valid_until=datetime.date(2027, 6, 30),
    )
    # The same time in Witzenhausen: its own schedule of its own service_at_location.
    OpeningRuleFactory(offer=course, place=witzenhausen, weekday=0)
    OpeningRuleFactory(
        offer=course,
        place=witzenhausen,
        weekday=4,
        opens=datetime.time(13),
        closes=datetime.time(16),
    )
    course.save_revision().publish()
    theirs = OfferFactory(name="Sprachcafé Musterstadt", site=other_home.get_site())
    theirs.save_revision().publish()
    return course


def test_every_exported_row_validates_against_the_hsds_schema(offers, home):
    tables = export_tables(Offer.objects.open_data(home.get_site()), "https://localhost/angebote/")

    assert [name for name, rows in tables.items() if rows] == TABLES
    for table, rows in tables.items():
        schema = json.loads((SCHEMA_DIR / f"{SCHEMAS[table]}.json").read_text())
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        for row in rows:
            errors = [error.message for error in validator.iter_errors(row)]
            assert errors == [], (table, row)


def test_the_export_is_the_centres_own_offers(client, offers, home):
    response = client.get("/angebote/hsds/")
    assert response.status_code == 404  # no directory yet

    OfferIndexPageFactory(parent=home)
    data = client.get("/angebote/hsds/").json()
    names = [service["name"] for service in data["services"]]

    assert names == ["Integrationskurs"]
    assert data["services"][0]["url"] == "http://localhost/angebote/integrationskurs/"
    archive = zipfile.ZipFile(io.BytesIO(client.get("/angebote/hsds/?format=csv").content))
    assert "schedules.csv" in archive.namelist()
    assert "Sprachcafé Musterstadt" not in archive.read("services.csv").decode()


def write(tmp_path, tables, name="angebote.json"):
    path = tmp_path / name
    path.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_offer_at_two_places_has_a_service_at_location_with_schedules_for_each(offers, home):
    tables = export_tables(Offer.objects.open_data(home.get_site()))
    locations = {row["id"]: row["name"] for row in tables["locations"]}
    at_locations = {
        row["id"]: locations[row["location_id"]] for row in tables["service_at_locations"]
    }

    assert sorted(at_locations.values()) == ["Bürgerhaus", "Kreishaus"]
    days = {}
    for row in tables["schedules"]:
        days.setdefault(at_locations[row["service_at_location_id"]], []).append(row["byday"])
    assert days == {"Kreishaus": ["MO", "TH"], "Bürgerhaus": ["MO", "FR"]}
    assert len({row["id"] for row in tables["schedules"]}) == 4


def clear():
    Offer.objects.all().delete()
    Organisation.objects.all().delete()
    Place.objects.all().delete()


def test_export_import_into_an_empty_database_export_gives_the_same_data(offers, home, tmp_path):
    site = home.get_site()
    before = export_tables(Offer.objects.open_data(site))
    path = write(tmp_path, before)
    clear()

    call_command("import_hsds", str(path), "--centre", "localhost", stdout=io.StringIO())

    assert export_tables(Offer.objects.open_data(site)) == before
    imported = Offer.objects.get(name="Integrationskurs")
    assert imported.live and imported.site == site
    assert imported.opening_rules.filter(kind=OpeningRule.Kind.APPOINTMENT).count() == 1
    assert [link.place.town for link in imported.offer_places.all()] == ["Eschwege", "Witzenhausen"]
    assert sorted((rule.place.town, rule.weekday) for rule in imported.opening_rules.all()) == [
        ("Eschwege", 0),
        ("Eschwege", 3),
        ("Witzenhausen", 0),
        ("Witzenhausen", 4),
    ]


def test_the_csv_zip_imports_the_same_data(offers, home, tmp_path):
    site = home.get_site()
    before = export_tables(Offer.objects.open_data(site))
    path = tmp_path / "angebote.zip"
    path.write_bytes(csv_zip(before))
    clear()

    import_tables(read_file(path), site)

    after = export_tables(Offer.objects.open_data(site))
    # CSV has no numbers: latitude and age come back as the same values.
    assert after == before


def test_a_second_import_changes_nothing(offers, home, tmp_path):
    path = write(tmp_path, export_tables(Offer.objects.open_data(home.get_site())))
    revisions = sum(offer.revisions.count() for offer in Offer.objects.all())

    out = io.StringIO()
    call_command("import_hsds", str(path), "--centre", "localhost", stdout=out)

    assert "0 Einträge neu oder geändert" in out.getvalue()
    assert sum(offer.revisions.count() for offer in Offer.objects.all()) == revisions


def test_a_broken_file_imports_nothing_and_names_row_and_field(offers, home, tmp_path):
    tables = export_tables(Offer.objects.open_data(home.get_site()))
    clear()
    tables["schedules"][1]["opens_at"] = "9 Uhr"
    path = write(tmp_path, tables)

    with pytest.raises(CommandError) as error:
        call_command("import_hsds", str(path), "--centre", "localhost", stdout=io.StringIO())

    assert "Tabelle „schedules“, Zeile 2, Feld „opens_at“" in str(error.value)
    assert Offer.objects.count() == 0
    assert Organisation.objects.count() == 0


def test_a_schedule_at_a_place_the_file_does_not_give_the_offer_imports_nothing(
    offers, home, tmp_path
):
    tables = export_tables(Offer.objects.open_data(home.get_site()))
    clear()
    tables["service_at_locations"].pop()
    path = write(tmp_path, tables)

    with pytest.raises(CommandError) as error:
        call_command("import_hsds", str(path), "--centre", "localhost", stdout=io.StringIO())

    assert "Feld „service_at_location_id“: Dieses Angebot an diesem Ort" in str(error.value)
    assert Offer.objects.count() == 0


def test_junk_and_unknown_centres_get_a_german_error(home, tmp_path):
    path = tmp_path / "kaputt.json"
    path.write_text("{nicht json", encoding="utf-8")

    with pytest.raises(CommandError, match="kein gültiges JSON"):
        call_command("import_hsds", str(path), "--centre", "localhost")
    with pytest.raises(CommandError, match="keine Website mit dem Hostnamen"):
        call_command("import_hsds", str(path), "--centre", "gibt-es-nicht.example")


def test_imported_offers_belong_to_the_centre_named(offers, home, other_home, tmp_path):
    path = write(tmp_path, export_tables(Offer.objects.open_data(home.get_site())))
    clear()

    call_command("import_hsds", str(path), "--centre", OTHER_HOST, stdout=io.StringIO())

    assert set(Offer.objects.values_list("site__hostname", flat=True)) == {OTHER_HOST}
