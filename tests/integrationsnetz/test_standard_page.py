from django.test import Client

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from ..factories import (
    ContactFactory,
    DocumentFactory,
    HomePageFactory,
    ImageFactory,
    StandardPageFactory,
)


def _soup(client: Client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def full_page(home):
    image = ImageFactory(description="Zwei Frauen unterschreiben einen Bescheid")
    # As Wagtail's ImageBlock hands it over: no alt text for this use, so the description is used.
    image.contextual_alt_text, image.decorative = "", False
    document = DocumentFactory(title="Förderrichtlinie")
    contact = ContactFactory(name="Julia Kapinus")
    return StandardPageFactory(
        parent=home,
        title="Über uns",
        slug="ueber-uns",
        body=[
            ("heading", {"text": "Was wir tun", "level": "h2"}),
            ("paragraph", "<p>Wir <b>beraten</b> und vernetzen.</p>"),
            (
                "image",
                {
                    "image": image,
                    "caption": "Die Übergabe",
                    "credit": "Foto: Kreis",
                },
            ),
            (
                "quote",
                {"text": "Vielfalt ist Realität.", "person": "Erika Muster", "role": "Rednerin"},
            ),
            ("document", {"document": document, "title": ""}),
            ("contact", {"contact": contact}),
            (
                "external_link",
                {
                    "url": "https://www.integrationsnetz-wmk.de",
                    "text": "Integrationsnetz",
                    "description": "",
                },
            ),
            (
                "link_list",
                {"heading": "Mehr", "links": [{"page": home, "url": "", "text": ""}]},
            ),
        ],
    )


def test_standard_page_renders_every_body_block(full_page, client):
    soup = _soup(client, "/ueber-uns/")
    main = soup.find("main")
    assert main.h1.get_text(strip=True) == "Über uns"
    assert main.find("h2", string="Was wir tun")
    assert main.find("b", string="beraten")
    figure = main.select_one("figure.figure")
    assert figure.img["alt"] == "Zwei Frauen unterschreiben einen Bescheid"
    assert "Die Übergabe" in figure.figcaption.get_text()
    assert "Foto: Kreis" in figure.figcaption.get_text()
    quote = main.select_one("figure.quote")
    assert quote.blockquote.get_text(strip=True) == "Vielfalt ist Realität."
    # Exactly as read: no space before the comma ("Stefan Reuß , Landrat" was a bug).
    assert quote.figcaption.get_text() == "Erika Muster, Rednerin"
    assert main.find("a", href="https://www.integrationsnetz-wmk.de")
    assert main.select_one(".link-list a")["href"] == "/"
    assert "Julia Kapinus" in main.get_text()


def test_document_download_shows_type_and_size(full_page, client):
    download = _soup(client, "/ueber-uns/").select_one(".download__link")
    assert "Förderrichtlinie" in download.get_text()
    assert "(PDF, 1,2 MB)" in download.get_text(" ", strip=True).replace("\xa0", " ")


def test_image_block_without_any_alt_text_is_refused(home):
    from integrationsnetz.blocks import FigureBlock

    image = ImageFactory(description="")
    block = FigureBlock()
    value = block.to_python(
        {
            "image": {"image": image.pk, "alt_text": "", "decorative": False},
            "caption": "",
            "credit": "",
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    message = str(error.value.block_errors["image"].block_errors["alt_text"])
    assert "Alternativtext" in message


def test_search_finds_live_pages_of_this_site_only(home, client):
    StandardPageFactory(
        parent=home, title="Sprachcafé in Eschwege", slug="sprachcafe", intro="Deutsch üben"
    )
    StandardPageFactory(parent=home, title="Sprachcafé im Entwurf", live=False)
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="anderer-kreis")
    StandardPageFactory(parent=other_home, title="Sprachcafé im Nachbarkreis")

    soup = _soup(client, "/suche/?q=Sprachcafé")

    titles = [link.get_text(strip=True) for link in soup.select(".search-results__title a")]
    assert titles == ["Sprachcafé in Eschwege"]
    assert soup.select_one(".search-summary").get_text(" ", strip=True) == (
        "Ein Ergebnis für „Sprachcafé“"
    )
    assert soup.select_one(".search-results__title a")["href"] == "/sprachcafe/"


def test_search_survives_junk(full_page, client):
    soup = _soup(client, "/suche/?q=Vielfalt")
    assert soup.find("h1").get_text(strip=True) == "Suche"
    for junk in ("?q=" + "x" * 5000, "?q=%00Vielfalt", "?q=%3Cscript%3E", "?page=2"):
        response = client.get("/suche/" + junk)
        assert response.status_code == 200, junk
        assert b"<script>" not in response.content
    assert "sehr lang" in _soup(client, "/suche/?q=" + "x" * 300).get_text()
