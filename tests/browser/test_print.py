"""Printing in Chromium (page.pdf()): the first page is not left half empty, printed links are
absolute, the print date is in the page's language."""

import io
import re
from urllib.parse import urljoin

import pytest
from pypdf import PdfReader

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def printed_pages(page):
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))
    return [words(sheet.extract_text()) for sheet in reader.pages]


def words(text):
    """The text without spaces: the PDF's lines break after hyphens and inside long words."""
    return "".join(text.split())


def test_the_article_prints_its_heading_and_first_paragraph_on_the_first_page(open_page):
    page = open_page("news.newsarticlepage")
    heading = words(page.locator("h1").inner_text())
    first_paragraph = words(page.locator("article .stream p").first.inner_text())
    pages = printed_pages(page)
    assert heading in pages[0]
    # The start of it at least: a long paragraph may go on on the next page.
    assert first_paragraph[:50] in pages[0]


def test_printed_links_to_vcards_are_absolute_on_the_site_host(open_page):
    page = open_page("news.newsarticlepage")
    vcard = page.locator("article a[type='text/vcard']").first.get_attribute("href")
    assert vcard.startswith("/")
    # The Site record's address, as in the canonical link, never the request's host.
    site = page.locator("link[rel='canonical']").get_attribute("href")
    expected = urljoin(site, vcard)
    text = "".join(printed_pages(page))
    assert f"({expected})" in text
    assert f"({vcard})" not in text


@pytest.mark.parametrize(
    ("language", "month"), [("de", r"\d+\. \w+ \d{4}"), ("ar", r"[\u0600-\u06FF]")]
)
def test_the_print_date_is_in_the_page_language(open_page, demo_site, language, month):
    path = demo_site.path_for("news.newsarticlepage")
    page = open_page(path if language == "de" else f"/{language}{path}")
    page.emulate_media(media="print")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    date = page.locator("[data-print-date]").inner_text()
    assert re.search(month, date), date
    assert page.locator(".print-source").evaluate("e => getComputedStyle(e).direction") == (
        "rtl" if language == "ar" else "ltr"
    )
