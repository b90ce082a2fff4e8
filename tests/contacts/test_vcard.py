import vobject

from ..factories import ContactFactory, ImageFactory, stefanie


def test_vcard_download_has_the_vcard_type_and_an_attachment_filename(home, client):
    stefanie()
    response = client.get("/ansprechpartner/stefanie-voeckler.vcf")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="stefanie-voeckler.vcf"'


def test_vcard_round_trips_name_phone_and_email_with_umlauts(home, client):
    stefanie(office_hours="Mo–Do 9–12 Uhr")
    content = client.get("/ansprechpartner/stefanie-voeckler.vcf").content
    assert "Vöckler".encode() in content
    card = vobject.readOne(content.decode("utf-8"))
    assert card.fn.value == "Stefanie Vöckler"
    assert (card.n.value.given, card.n.value.family) == ("Stefanie", "Vöckler")
    assert card.title.value == "WIR-Koordinatorin"
    assert card.org.value == [
        "WIR-Vielfaltszentrum Testkreis",
        "Fachbereich Jugend, Familie, Senioren und Soziales",
    ]
    assert card.tel.value == "+49565130230305"
    assert card.tel.params["TYPE"] == ["work", "voice"]
    assert card.email.value == "stefanie.voeckler@werra-meissner-kreis.de"
    assert card.adr.value.street == "Schlossplatz 1"
    assert card.adr.value.city == "Eschwege"
    assert card.note.value == "Sprechzeiten: Mo–Do 9–12 Uhr"


def test_vcard_links_the_photo_by_absolute_url(home, client):
    stefanie(photo=ImageFactory())
    card = vobject.readOne(
        client.get("/ansprechpartner/stefanie-voeckler.vcf").content.decode("utf-8")
    )
    assert card.photo.params["VALUE"] == ["uri"]
    assert card.photo.value.startswith("http://localhost/media/images/")
    assert client.get(card.photo.value.removeprefix("http://localhost")).status_code == 200


def test_vcard_leaves_out_what_the_contact_does_not_have(home, client):
    ContactFactory(slug="ohne-angaben", phone="", email="", unit="")
    card = vobject.readOne(client.get("/ansprechpartner/ohne-angaben.vcf").content.decode())
    assert "tel" not in card.contents
    assert "email" not in card.contents
    assert "photo" not in card.contents
    assert card.org.value == ["WIR-Vielfaltszentrum Testkreis"]


def test_unknown_contact_gives_404(home, client):
    assert client.get("/ansprechpartner/niemand.vcf").status_code == 404


def test_vcard_costs_a_constant_number_of_queries(home, client, django_assert_max_num_queries):
    stefanie()
    with django_assert_max_num_queries(4):
        assert client.get("/ansprechpartner/stefanie-voeckler.vcf").status_code == 200
