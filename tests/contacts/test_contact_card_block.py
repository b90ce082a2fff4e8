from bs4 import BeautifulSoup

from ..factories import (
    ContactFactory,
    ImageFactory,
    LanguageFactory,
    StandardPageFactory,
    TopicFactory,
    stefanie,
)


def page_with_cards(home, contacts, slug="mit-kontakten"):
    body = [("paragraph", "<p>Sprechen Sie uns an.</p>")]
    body += [("contact", {"contact": contact}) for contact in contacts]
    return StandardPageFactory(parent=home, slug=slug, body=body)


def test_kontaktkarte_block_renders_the_contact_card_in_a_page_body(home, client):
    page_with_cards(home, [stefanie()])
    soup = BeautifulSoup(client.get("/mit-kontakten/").content, "html.parser")
    card = soup.select_one(".stream article.contact-card")
    assert card.h2.get_text(strip=True) == "Stefanie Vöckler"
    assert card.select_one('a[href^="tel:"]')["href"] == "tel:+49565130230305"
    assert card.select_one('a[href^="mailto:"]')["href"] == (
        "mailto:stefanie.voeckler@werra-meissner-kreis.de"
    )


def test_kontaktkarte_of_a_deleted_contact_is_left_out(home, client):
    contact = stefanie()
    page_with_cards(home, [contact])
    contact.delete()
    response = client.get("/mit-kontakten/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").select(".contact-card") == []


def create_contacts(numbers):
    topic = TopicFactory(slug="ehrenamt", name="Ehrenamt")
    language = LanguageFactory(code="ar", name="Arabisch")
    shared_photo = ImageFactory()
    return [
        ContactFactory(
            topics=[topic], languages=[language], photo=shared_photo if n % 2 else ImageFactory()
        )
        for n in numbers
    ]


def test_ten_kontaktkarte_blocks_cost_no_more_queries_than_one(
    home, client, django_assert_max_num_queries
):
    # The cards take 5 queries (contacts, photos, renditions, languages, topics) however many
    # there are; the rest is the page frame, which other apps may extend, hence the headroom.
    def render(slug, contacts):
        page_with_cards(home, contacts, slug=slug)
        client.get(f"/{slug}/")  # creates missing photo renditions once
        with django_assert_max_num_queries(24) as queries:
            response = client.get(f"/{slug}/")
        cards = BeautifulSoup(response.content, "html.parser").select(".contact-card")
        return len(cards), len(queries)

    cards_1, queries_1 = render("eine-karte", create_contacts(range(1)))
    cards_10, queries_10 = render("zehn-karten", create_contacts(range(1, 11)))
    assert (cards_1, cards_10) == (1, 10)
    assert queries_10 <= queries_1
