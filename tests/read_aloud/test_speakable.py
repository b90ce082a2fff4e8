from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from read_aloud.audio import article_text
from read_aloud.speakable import mark_speakable, spoken_phone

from ..factories import ContactFactory, NewsArticleContactFactory, NewsArticlePageFactory


def spoken(html):
    return {
        span.get_text(): span["data-speak"]
        for span in BeautifulSoup(html, "html.parser").select("[data-speak]")
    }


def test_a_phone_number_is_spoken_digit_by_digit_with_pauses_between_its_groups():
    assert spoken_phone("+49 5651 302-30308") == "0 5 6 5 1, 3 0 2, 3 0 3 0 8"
    assert spoken_phone("(05651) 30230308") == "0 5 6 5 1, 3 0 2 3 0 3 0 8"


def test_something_that_is_no_phone_number_is_not_spoken_as_one():
    assert spoken_phone("12345") == ""
    assert spoken_phone("Zimmer 12") == ""


def test_phone_numbers_in_running_text_get_their_spoken_form():
    html = mark_speakable("<p>Rufen Sie uns an: 05651 302-30308, wir helfen gern.</p>")
    assert spoken(html) == {"05651 302-30308": "0 5 6 5 1, 3 0 2, 3 0 3 0 8"}


def test_a_phone_link_says_the_number_it_shows_digit_by_digit():
    html = mark_speakable('<a href="tel:+49565130230308"><span>05651 302-30308</span></a>')
    link = BeautifulSoup(html, "html.parser").a
    assert link["data-speak"] == "0 5 6 5 1, 3 0 2, 3 0 3 0 8"
    # The number inside is not marked a second time.
    assert len(BeautifulSoup(html, "html.parser").select("[data-speak]")) == 1


def test_postcodes_in_an_address_are_spoken_digit_by_digit_and_other_numbers_are_not():
    html = mark_speakable(
        "<address>Schlossplatz 1<br>37269 Eschwege</address><p>12000 Besucher</p>"
    )
    assert spoken(html) == {"37269": "3 7 2 6 9"}


def test_times_are_spoken_in_the_page_language():
    html = "<p>Geöffnet von 9:30 bis 16:00 Uhr.</p>"
    assert spoken(mark_speakable(html)) == {"9:30": "9 Uhr 30", "16:00 Uhr": "16 Uhr"}
    with translation.override("ar"):
        arabic = spoken(mark_speakable(html))
    assert arabic["9:30"] == "الساعة 9 و30 دقيقة"


def test_scripts_and_attributes_are_left_alone():
    html = '<p title="05651 302-30308">x</p><script>const n = "05651 302-30308";</script>'
    assert str(mark_speakable(html)) == html


@pytest.mark.django_db
def test_the_article_page_carries_the_spoken_form_of_its_contact_phone_number(news_index, client):
    article = NewsArticlePageFactory(parent=news_index, title="Sprechstunde für Geflüchtete")
    contact = ContactFactory(phone="+49 5651 302-30308")
    NewsArticleContactFactory(page=article, contact=contact)
    response = client.get(article.url)
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one("article a[href^='tel:']")
    assert link["data-speak"] == "0 5 6 5 1, 3 0 2, 3 0 3 0 8"
    # What the read-aloud control and the audio file say: the article, in reading order.
    text = article_text(response.content.decode())
    assert text.startswith("Sprechstunde für Geflüchtete.")
    assert "0 5 6 5 1, 3 0 2, 3 0 3 0 8" in text
    assert "05651" not in text
    assert "Vorlesen" not in text  # the control itself is not read
