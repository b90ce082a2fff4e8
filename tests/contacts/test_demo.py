import pytest

from contacts import demo as contacts_demo
from contacts.models import Contact, ContactIndexPage
from integrationsnetz import demo as site_demo
from integrationsnetz.demo import home_page
from integrationsnetz.demo_report import DemoReport

pytestmark = pytest.mark.usefixtures("demo")


def german():
    """The German contacts (the demo translates them into English, Ukrainian and Arabic)."""
    return Contact.objects.filter(locale__language_code="de")


def load_demo():
    """What `manage.py load_demo` runs up to this app, in its order."""
    report = DemoReport()
    site_demo.load(report)
    contacts_demo.load(report)
    return report


def test_demo_creates_both_wir_coordinators_with_their_published_data():
    kapinus = german().get(slug="julia-kapinus")
    assert (kapinus.name, kapinus.role) == ("Julia Kapinus", "WIR-Koordinatorin")
    assert kapinus.phone == "+49 5651 302-30308"
    assert kapinus.email == "julia.kapinus@werra-meissner-kreis.de"
    voeckler = german().get(slug="stefanie-voeckler")
    assert voeckler.name == "Stefanie Vöckler"
    assert voeckler.role.startswith("WIR-Koordinatorin")
    assert voeckler.phone == "+49 5651 302-30305"
    assert voeckler.email == "stefanie.voeckler@werra-meissner-kreis.de"
    assert "fallmanagement" in voeckler.topics.values_list("slug", flat=True)


def test_demo_marks_every_other_contact_as_illustrative():
    others = german().exclude(slug__in=["julia-kapinus", "stefanie-voeckler"])
    assert 2 <= others.filter(site=home_page().get_site()).count() <= 3
    # The fictional second centre's people follow the same rules.
    assert others.filter(site__hostname="musterstadt.localhost").count() == 3
    for contact in others:
        assert contact.email.endswith("@example.org")
        assert "Beispielkontakt" in contact.unit
        assert "Beispielkontakt" in contact.office_hours
        assert contact.phone.startswith("+49 30 23125-")  # numbers kept free for media


def test_demo_publishes_the_directory_in_the_main_menu():
    directory = ContactIndexPage.objects.child_of(home_page()).get()
    assert directory.get_parent().specific == home_page()
    assert (directory.title, directory.slug) == ("Ansprechpartner*innen", "ansprechpartner")
    assert directory.live
    assert directory.show_in_menus


def test_demo_does_not_undo_editors_changes():
    contact = german().get(slug="julia-kapinus")
    contact.topics.clear()
    contact.save()
    load_demo()
    assert not german().get(slug="julia-kapinus").topics.exists()


def test_demo_directory_renders(client):
    response = client.get("/ansprechpartner/?sprache=ar")
    assert response.status_code == 200
    assert "Samira Beispiel" in response.content.decode()
