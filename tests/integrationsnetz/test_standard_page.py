from django.test import Client

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from integrationsnetz.models import HomePage, StandardPage

from ..factories import ContactFactory, DocumentFactory, ImageFactory, StandardPageFactory


def _soup(client: Client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def full_page(home):
    image = ImageFactory(description="Zwei Frauen unterschreiben einen Bescheid")
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
                    "alt_text": "",
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
    assert "Erika Muster" in quote.figcaption.get_text()
    assert main.find("a", href="https://www.integrationsnetz-wmk.de")
    assert main.select_one(".link-list a")["href"] == "/"
    assert "Julia Kapinus" in main.get_text()


def test_document_download_shows_type_and_size(full_page, client):
    download = _soup(client, "/ueber-uns/").select_one(".download__link")
    assert "Förderrichtlinie" in download.get_text()
    assert "(PDF, 1,2 MB)" in download.get_text(" ", strip=True).replace("\xa0", " ")


def test_image_block_without_any_alt_text_is_refused(home):
    from integrationsnetz.blocks import ImageBlock

    image = ImageFactory(description="")
    block = ImageBlock()
    with pytest.raises(Exception) as error:
        block.clean(
            block.to_python({"image": image.pk, "alt_text": "", "caption": "", "credit": ""})
        )
    assert "Alternativtext" in str(error.value.block_errors["alt_text"])


def test_standard_page_hierarchy(home):
    assert StandardPage.can_create_at(home)
    assert StandardPage.can_create_at(StandardPageFactory(parent=home))
    assert not StandardPage.can_create_at(Page.get_first_root_node())


def test_home_page_is_one_per_site(home):
    root = Page.get_first_root_node()
    assert not HomePage.can_create_at(home)
    assert HomePage.can_create_at(root) is False  # root already holds this site's home page


def test_search_finds_live_pages_and_survives_junk(full_page, client):
    soup = _soup(client, "/suche/?q=Vielfalt")
    assert soup.find("h1").get_text(strip=True) == "Suche"
    for junk in (
        "?q=" + "x" * 5000,
        "?q=Vielfalt&page=abc",
        "?q=%00Vielfalt",
        "?q=Vielfalt&page=0",
        "?q=Vielfalt&page=99999",
        "?page=2",
    ):
        assert client.get("/suche/" + junk).status_code == 200, junk
    assert "sehr lang" in _soup(client, "/suche/?q=" + "x" * 300).get_text()
