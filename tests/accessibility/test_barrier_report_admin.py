import codecs
import csv
import datetime
import io
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from accessibility.models import BarrierReport

from ..conftest import OTHER_HOST
from ..factories import BarrierReportFactory

VIEWSET = BarrierReport.snippet_viewset


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def listing_rows(response):
    rows = soup_of(response).select("main table tbody tr")
    return [row.get_text(" ", strip=True) for row in rows]


@pytest.fixture
def editor_client(centre, client):
    user = get_user_model().objects.create_user("redaktion", "r@example.org", "x")
    user.groups.add(centre["Redaktion"])
    client.force_login(user)
    return client


def later(days):
    return mock.patch(
        "django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(days=days)
    )


def test_editor_sees_reports_with_status_and_age(editor_client):
    BarrierReportFactory(description="Kontrast im Menü zu schwach")
    with later(3):
        response = editor_client.get(reverse(VIEWSET.get_url_name("list")))
    assert response.status_code == 200
    [row] = listing_rows(response)
    assert "/veranstaltungen/" in row
    assert "neu" in row
    assert "3 Tage" in row
    assert "überfällig" not in row


def test_a_report_is_overdue_after_six_weeks_without_an_answer(db):
    report = BarrierReportFactory()
    with later(41):
        assert not report.is_overdue
        assert BarrierReport.objects.overdue().count() == 0
    with later(42):
        assert report.is_overdue
        assert BarrierReport.objects.overdue().count() == 1
    report.status = "beantwortet"
    report.save()
    with later(60):
        assert not report.is_overdue
        assert BarrierReport.objects.overdue().count() == 0
    assert report.answered_at is not None


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def test_listing_flags_overdue_reports(editor_client):
    BarrierReportFactory(created_at=days_ago(43))
    response = editor_client.get(reverse(VIEWSET.get_url_name("list")))
    [row] = listing_rows(response)
    assert "43 Tage" in row
    assert row.endswith("überfällig")


def test_listing_filters_by_status(editor_client):
    BarrierReportFactory(page_url="/neu/")
    BarrierReportFactory(page_url="/erledigt/", status="beantwortet")
    response = editor_client.get(reverse(VIEWSET.get_url_name("list")), {"status": "beantwortet"})
    rows = listing_rows(response)
    assert len(rows) == 1
    assert "/erledigt/" in rows[0]


def test_editor_changes_the_status_but_not_what_the_visitor_wrote(editor_client):
    report = BarrierReportFactory()
    response = editor_client.post(
        reverse(VIEWSET.get_url_name("edit"), args=[report.pk]),
        {"status": "in_bearbeitung", "note": "Mit der Agentur besprochen", "description": "X"},
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "in_bearbeitung"
    assert report.note == "Mit der Agentur besprochen"
    assert report.description == "Der Kalender lässt sich nicht mit der Tastatur bedienen."


def exported_rows(client):
    """The CSV export read back as German Excel reads it: UTF-8 with BOM, semicolons."""
    response = client.get(reverse(VIEWSET.get_url_name("list")), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = b"".join(response.streaming_content)
    assert raw.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), dialect="excel", delimiter=";"))


def test_csv_export_has_a_header_and_one_row_per_report_with_awkward_text(editor_client):
    awkward = 'Komma, "Anführungszeichen"; Semikolon\nund eine neue Zeile'
    BarrierReportFactory(description=awkward)
    BarrierReportFactory(description='=HYPERLINK("http://boese.example")')
    BarrierReportFactory(description="Einfach")
    rows = exported_rows(editor_client)
    assert rows[0][:3] == ["Eingegangen am", "Zentrum", "Status"]
    assert "Beschreibung" in rows[0]
    assert len(rows) == 4
    descriptions = [row[rows[0].index("Beschreibung")] for row in rows[1:]]
    assert awkward in descriptions
    assert '\'=HYPERLINK("http://boese.example")' in descriptions


def test_csv_export_gives_local_time_german_words_and_the_centre(editor_client):
    # 13:30 UTC is 14:30 in Hessen in December.
    BarrierReportFactory(
        created_at=datetime.datetime(2026, 12, 7, 13, 30, tzinfo=datetime.UTC),
        wants_answer=True,
        email="besucherin@example.org",
    )
    [heading, row] = exported_rows(editor_client)
    cell = dict(zip(heading, row, strict=True))
    assert cell["Eingegangen am"] == "07.12.2026 14:30"
    assert cell["Zentrum"] == "Test"
    assert cell["Status"] == "neu"
    assert cell["Antwort erwünscht"] == "Ja"
    assert cell["Per E-Mail weitergeleitet"] == "Nein"
    assert cell["Beantwortet am"] == ""


def test_dashboard_shows_open_and_overdue_reports(editor_client):
    BarrierReportFactory()
    BarrierReportFactory(status="in_bearbeitung")
    BarrierReportFactory(status="beantwortet", created_at=days_ago(50))
    BarrierReportFactory(created_at=days_ago(50))
    BarrierReportFactory(status="in_bearbeitung", created_at=days_ago(45))
    soup = soup_of(editor_client.get(reverse("wagtailadmin_home")))
    assert soup.find(attrs={"data-open-reports": True}).get_text(strip=True) == "4"
    assert soup.find(attrs={"data-overdue-reports": True}).get_text(strip=True) == "2"


HOSTILE = "<script>alert('x')</script><b>fett</b>"


def test_hostile_input_never_breaks_the_form_and_is_escaped_in_admin_and_mail(
    editor_client, client
):
    import time

    from django.core import mail

    from accessibility.forms import fill_token

    huge = "Barriere " * 6000
    for description in (huge, "Null\x00zeichen", HOSTILE):
        response = client.post(
            "/barriere-melden/",
            {
                "page_url": HOSTILE if description == HOSTILE else "/x\x00/",
                "description": description,
                "name": HOSTILE,
                "email": "",
                "website": "",
                "started": fill_token(time.time() - 30),
            },
        )
        assert response.status_code in (200, 303)
        assert b"<script>alert" not in response.content
    report = BarrierReport.objects.get()
    assert report.description == HOSTILE
    message = mail.outbox[0]
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", [])
    assert HOSTILE in message.body

    listing = editor_client.get(reverse(VIEWSET.get_url_name("list")))
    edit = editor_client.get(reverse(VIEWSET.get_url_name("edit"), args=[report.pk]))
    for page in (listing, edit):
        assert page.status_code == 200
        assert b"<script>alert('x')" not in page.content
    assert "&lt;script&gt;" in edit.content.decode()


def test_a_report_from_musterstadt_is_worked_by_musterstadts_roles_only(
    centre, other_centre, client
):
    from .test_barrier_report_form import report_data

    cache.clear()
    response = client.post(
        "/barriere-melden/", report_data(page_url="/aktuelles/"), HTTP_HOST=OTHER_HOST
    )
    assert response.status_code == 303
    report = BarrierReport.objects.get()
    assert report.site.hostname == OTHER_HOST

    musterstadt = get_user_model().objects.create_user("muster", "m@example.org", "x")
    musterstadt.groups.add(other_centre["Redaktion"])
    testkreis = get_user_model().objects.create_user("test", "t@example.org", "x")
    testkreis.groups.add(centre["Freigabe"])
    edit_url = reverse(VIEWSET.get_url_name("edit"), args=[report.pk])

    client.force_login(musterstadt)
    listing = soup_of(client.get(reverse(VIEWSET.get_url_name("list"))))
    links = listing.select(f'main table tbody tr a[href="{edit_url}"]')
    assert str(report) in links[0].get_text()
    assert "Musterstadt" in listing.select_one("main table tbody tr").get_text()
    assert client.get(edit_url).status_code == 200
    client.post(edit_url, {"status": "in_bearbeitung", "note": "Weitergegeben"})
    report.refresh_from_db()
    assert report.status == "in_bearbeitung"

    client = Client()
    client.force_login(testkreis)
    listing = client.get(reverse(VIEWSET.get_url_name("list"))).content.decode()
    assert str(report) not in listing
    assert client.get(edit_url).status_code == 404
    client.post(edit_url, {"status": "beantwortet", "note": "Gekapert"})
    report.refresh_from_db()
    assert report.note == "Weitergegeben"
    assert exported_rows(client) == [exported_rows(client)[0]]
