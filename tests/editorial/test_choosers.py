"""What a centre's Redaktion may choose: images, documents, contacts and offers of its own centre
and the shared ones, each chooser with a column "Zentrum" saying whose each one is.

Two centres made by `add_centre`, Kassel and Fulda, each with an image, a document and entries
of its own, and one of each shared by all; Kassel's Redaktion chooses.
"""

from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
from bs4 import BeautifulSoup

from contacts.models import Contact
from editorial.roles import REDAKTION, SHARED_COLLECTION
from integrationsnetz.centres import add_centre
from offers.models import Offer, Organisation, Place

from ..conftest import logged_in, member_of
from ..factories import (
    ContactFactory,
    DocumentFactory,
    ImageFactory,
    OfferFactory,
    OrganisationFactory,
    PlaceFactory,
)

KASSEL = "WIR-Vielfaltszentrum Kassel"
FULDA = "WIR-Vielfaltszentrum Fulda"
SHARED = "Alle Websites (geteilt)"


@pytest.fixture
def centres(home):
    made = {
        name: add_centre(name, host)
        for name, host in ((KASSEL, "kassel.localhost"), (FULDA, "fulda.localhost"))
    }
    shared = Collection.objects.get(name=SHARED_COLLECTION)
    for name, centre in made.items():
        events = centre.collection.add_child(name="Veranstaltungen")
        ImageFactory(title=f"Bild {name}", collection=centre.collection)
        ImageFactory(title=f"Festbild {name}", collection=events)
        DocumentFactory(title=f"Merkblatt {name}", collection=centre.collection)
    ImageFactory(title="Bild des Landes", collection=shared)
    DocumentFactory(title="Merkblatt des Landes", collection=shared)
    return made


@pytest.fixture
def kassel_redaktion(centres):
    return logged_in(member_of(REDAKTION, centres[KASSEL].site, "redaktion-kassel"))


def centre_column(html):
    """{title: text of the column "Zentrum"} of the chooser's table."""
    table = BeautifulSoup(html, "html.parser").find("table")
    headers = [" ".join(cell.get_text().split()) for cell in table.find("thead").find_all("th")]
    position = headers.index("Zentrum")
    rows = {}
    for row in table.find("tbody").find_all("tr"):
        cells = [" ".join(cell.get_text().split()) for cell in row.find_all(["td", "th"])]
        title = next(cell for cell in cells if cell)
        rows[title] = cells[position]
    return rows, headers


def titled(rows, title):
    """The centre of the row whose title starts with `title` (an image's adds its file name)."""
    return next(centre for row, centre in rows.items() if row.startswith(title))


def test_the_image_chooser_lists_own_and_shared_images_and_names_their_centre(
    kassel_redaktion,
):
    response = kassel_redaktion.get(reverse("wagtailimages_chooser:choose_results"))
    rows, headers = centre_column(response.content)

    assert "Sammlung" not in headers
    assert titled(rows, f"Bild {KASSEL}") == KASSEL
    assert titled(rows, f"Festbild {KASSEL}") == KASSEL
    assert titled(rows, "Bild des Landes") == SHARED
    assert not any(FULDA in row for row in rows)
    # The grid shows the same images, without the column.
    grid = kassel_redaktion.get(reverse("wagtailimages_chooser:choose_results"), {"layout": "grid"})
    html = grid.content.decode()
    assert f"Bild {KASSEL}" in html and "Bild des Landes" in html and FULDA not in html
    # The modal opens on the list.
    modal = kassel_redaktion.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert "Zentrum" in modal and f"Bild {FULDA}" not in modal


def test_the_document_chooser_lists_own_and_shared_documents_and_names_their_centre(
    kassel_redaktion,
):
    response = kassel_redaktion.get(reverse("wagtaildocs_chooser:choose_results"))
    rows, headers = centre_column(response.content)

    assert headers[:2] == ["Titel", "Zentrum"]
    assert rows[f"Merkblatt {KASSEL}"] == KASSEL
    assert rows["Merkblatt des Landes"] == SHARED
    assert not any(FULDA in row for row in rows)


@pytest.mark.parametrize(
    "url_name, model, title",
    [
        ("wagtailimages_chooser:chosen", get_image_model(), "Bild"),
        ("wagtaildocs_chooser:chosen", get_document_model(), "Merkblatt"),
    ],
)
def test_another_centres_image_or_document_cannot_be_chosen_by_id(
    kassel_redaktion, url_name, model, title
):
    own = model.objects.get(title=f"{title} {KASSEL}")
    foreign = model.objects.get(title=f"{title} {FULDA}")

    assert kassel_redaktion.get(reverse(url_name, args=[own.pk])).status_code == 200
    refused = kassel_redaktion.get(reverse(url_name, args=[foreign.pk]))
    # Wagtail's answer to a forbidden admin view: back to the dashboard, nothing chosen.
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))


@pytest.mark.parametrize(
    "model, factory",
    [
        (Contact, ContactFactory),
        (Offer, OfferFactory),
        (Organisation, OrganisationFactory),
        (Place, PlaceFactory),
    ],
)
def test_contact_and_offer_choosers_list_own_and_shared_entries_and_name_their_centre(
    centres, kassel_redaktion, model, factory
):
    for name, centre in centres.items():
        factory(name=f"Eintrag {name}", site=centre.site)
    factory(name="Eintrag des Landes")
    chooser = model.snippet_viewset.chooser_viewset

    response = kassel_redaktion.get(reverse(chooser.get_url_name("choose_results")))
    rows, _headers = centre_column(response.content)

    # A place's title adds its town: "Eintrag … (Eschwege)".
    assert titled(rows, f"Eintrag {KASSEL}") == KASSEL
    assert titled(rows, "Eintrag des Landes") == SHARED
    assert not any(FULDA in row for row in rows)
    foreign = model.objects.get(name=f"Eintrag {FULDA}")
    chosen = kassel_redaktion.get(reverse(chooser.get_url_name("chosen"), args=[foreign.pk]))
    assert chosen.status_code == 404
