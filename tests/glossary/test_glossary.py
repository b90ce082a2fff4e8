"""The glossary: terms as translatable snippets with sign-off, marked words in rich text that
show their explanation in the page's language, and the A–Z page."""

from django.core.cache import cache
from django.test import override_settings

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from glossary import demo
from glossary.demo_terms import TERMS
from glossary.models import GlossaryPage, GlossaryTerm
from integrationsnetz.demo_report import DemoReport

from ..factories import (
    GlossaryPageFactory,
    GlossaryTermFactory,
    GuidePageFactory,
    StandardPageFactory,
    guide_step,
    translate,
)

MARKED = '<p>Sie brauchen einen <span class="glossary-term">Aufenthaltstitel</span>.</p>'


@pytest.fixture
def glossary(home):
    return GlossaryPageFactory(parent=home)


@pytest.fixture
def residence_title(db):
    return GlossaryTermFactory(
        term="Aufenthaltstitel",
        slug="aufenthaltstitel",
        other_forms="Aufenthaltstitels, Aufenthaltstiteln",
        explanation="Die Erlaubnis, in Deutschland zu leben.",
        example="Mein Aufenthaltstitel gilt bis Mai.",
    )


def page_with(home, html, slug="aufenthalt"):
    return StandardPageFactory(
        parent=home, title="Aufenthalt", slug=slug, body=[("paragraph", html)]
    )


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_marked_term_shows_its_explanation_in_a_popover(home, glossary, residence_title, client):
    soup = soup_of(client, page_with(home, MARKED).url)
    button = soup.select_one("main p button.glossary-term__button")
    assert button.get_text(" ", strip=True) == "Aufenthaltstitel (Erklärung)"
    popover = soup.find(id=button["popovertarget"])
    assert popover.has_attr("popover")
    assert "Die Erlaubnis, in Deutschland zu leben." in popover.get_text()
    assert "Mein Aufenthaltstitel gilt bis Mai." in popover.get_text()
    assert popover.select_one("a")["href"] == f"{glossary.url}#begriff-aufenthaltstitel"
    # Phrasing content only: the paragraph stays one paragraph around the term.
    assert popover.find(["div", "p", "details"]) is None


def test_a_term_is_explained_in_the_language_of_the_page(home, glossary, residence_title, client):
    english_term = residence_title.copy_for_translation(
        Locale.objects.get_or_create(language_code="en")[0]
    )
    english_term.term = "residence title"
    english_term.explanation = "The permission to live in Germany."
    english_term.example = ""
    english_term.save()
    english_term.save_revision().publish()
    page = page_with(home, MARKED)
    translate(
        page,
        "en",
        title="Residence",
        body=[
            ("paragraph", '<p>You need a <span class="glossary-term">residence title</span>.</p>')
        ],
    )
    popover = soup_of(client, "/en/aufenthalt/").select_one(".glossary-term__popover")
    assert "The permission to live in Germany." in popover.get_text()
    assert "Erlaubnis" not in popover.get_text()


def test_a_word_in_another_form_gets_the_explanation(home, residence_title, client):
    html = '<p>Die Verlängerung des <span class="glossary-term">Aufenthaltstitels</span>.</p>'
    assert soup_of(client, page_with(home, html).url).select(".glossary-term__popover")


def test_a_marked_word_the_glossary_does_not_know_stays_plain_text(home, residence_title, client):
    html = '<p>Ein <span class="glossary-term">Zauberwort</span> ohne Eintrag.</p>'
    soup = soup_of(client, page_with(home, html).url)
    assert soup.select("[popover]") == []
    assert "Ein Zauberwort ohne Eintrag." in soup.select_one("main").get_text()


def test_a_draft_term_is_not_explained(home, residence_title, client):
    residence_title.live = False
    residence_title.save()
    assert soup_of(client, page_with(home, MARKED).url).select("[popover]") == []


def test_a_page_without_marked_words_has_no_explanations(home, residence_title, client):
    soup = soup_of(client, page_with(home, "<p>Ein ganz normaler Text.</p>").url)
    assert soup.select(".glossary-term, [popover]") == []


def test_a_page_without_marked_words_asks_no_glossary_query(
    home, residence_title, client, django_assert_max_num_queries
):
    page = page_with(home, "<p>Ein ganz normaler Text.</p>")
    client.get(page.url)
    with django_assert_max_num_queries(60) as queries:
        client.get(page.url)
    assert not [query for query in queries.captured_queries if "glossary" in query["sql"]]


def test_many_marked_words_ask_the_glossary_once(
    home, glossary, residence_title, client, django_assert_max_num_queries
):
    page = page_with(home, MARKED * 5)
    cache.clear()  # rendered afresh: warm, the kept content asks nothing at all
    with django_assert_max_num_queries(60) as queries:
        client.get(page.url)
    term_queries = [q for q in queries.captured_queries if "glossary_glossaryterm" in q["sql"]]
    assert len(term_queries) == 1


def test_every_popover_on_a_page_has_its_own_id(home, residence_title, client):
    soup = soup_of(client, page_with(home, MARKED * 3).url)
    ids = [popover["id"] for popover in soup.select("[popover]")]
    assert len(ids) == len(set(ids)) == 3


def test_a_guide_step_explains_its_marked_words(home, residence_title, client):
    guide = GuidePageFactory(parent=home, steps=[guide_step("Aufenthalt klären", text=MARKED)])
    assert soup_of(client, guide.url).select(".step-nav__text [popover]")


def test_the_editor_keeps_a_marked_term():
    converter = ContentstateConverter(features=["bold", "glossary"])
    contentstate = converter.from_database_format(MARKED)
    stored = converter.to_database_format(contentstate)
    assert '<span class="glossary-term">Aufenthaltstitel</span>' in stored


def test_the_glossary_lists_every_published_term_a_to_z(glossary, residence_title, client):
    GlossaryTermFactory(term="Ausländerbehörde", slug="auslaenderbehoerde")
    GlossaryTermFactory(term="Jobcenter", slug="jobcenter")
    GlossaryTermFactory(term="Entwurf", slug="entwurf", live=False)
    soup = soup_of(client, glossary.url)
    assert [term.get_text() for term in soup.select("dt.glossary__term")] == [
        "Aufenthaltstitel",
        "Ausländerbehörde",
        "Jobcenter",
    ]
    assert [link.get_text() for link in soup.select(".glossary__letter")] == ["Alle", "A", "J"]
    assert soup.select_one("#begriff-aufenthaltstitel")


def test_a_term_with_an_easy_language_version_offers_it_behind_a_disclosure(glossary, client):
    GlossaryTermFactory(
        term="Jobcenter",
        slug="jobcenter",
        easy_language="Das Jobcenter ist ein Amt.\nEs hilft bei der Suche nach Arbeit.",
    )
    GlossaryTermFactory(term="Kita", slug="kita")
    soup = soup_of(client, glossary.url)
    easy = soup.select("details.glossary__easy")
    assert len(easy) == 1
    assert easy[0].summary.get_text() == "In Leichter Sprache"
    assert (
        easy[0].p.decode_contents()
        == "Das Jobcenter ist ein Amt.<br/>Es hilft bei der Suche nach Arbeit."
    )
    assert easy[0].find_parent(id="begriff-jobcenter")


def test_the_glossary_filters_by_letter_without_javascript(glossary, residence_title, client):
    GlossaryTermFactory(term="Jobcenter", slug="jobcenter")
    soup = soup_of(client, f"{glossary.url}?buchstabe=J")
    assert [term.get_text() for term in soup.select("dt.glossary__term")] == ["Jobcenter"]
    assert soup.select_one('.glossary__letter[aria-current="true"]').get_text() == "J"


def test_the_glossary_search_ignores_case_and_accents(glossary, client):
    GlossaryTermFactory(term="Sprachcafé", slug="sprachcafe")
    GlossaryTermFactory(term="Jobcenter", slug="jobcenter")
    soup = soup_of(client, f"{glossary.url}?q=SPRACHCAFE")
    assert [term.get_text() for term in soup.select("dt.glossary__term")] == ["Sprachcafé"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?buchstabe=%00", "Unter diesem Buchstaben gibt es keinen Begriff."),
        ("?buchstabe=Q", "Unter diesem Buchstaben gibt es keinen Begriff."),
        ("?q=" + "ä" * 300, "Bitte geben Sie höchstens 100 Zeichen ein."),
    ],
)
def test_bad_glossary_filters_get_a_clear_message(
    glossary, residence_title, client, query, message
):
    response = client.get(glossary.url + query)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_glossary_terms_appear_in_the_site_search_with_their_label(
    glossary, residence_title, client
):
    soup = soup_of(client, "/suche/?q=Aufenthaltstitel")
    result = soup.select_one(".search-results__item")
    assert result.select_one(".search-results__type").get_text() == "Begriff im Glossar"
    assert result.select_one("a")["href"] == f"{glossary.url}#begriff-aufenthaltstitel"


def test_new_terms_go_through_the_approval_workflow(db):
    term = GlossaryTermFactory()
    assert term.get_workflow().name == "Freigabe durch die Koordination"


def test_editors_write_terms_and_only_approvers_publish_them(centre):
    editors = set(centre["Redaktion"].permissions.values_list("codename", flat=True))
    approvers = set(centre["Freigabe"].permissions.values_list("codename", flat=True))
    assert {"add_glossaryterm", "change_glossaryterm"} <= editors
    assert "publish_glossaryterm" not in editors
    assert "publish_glossaryterm" in approvers


def test_the_glossary_page_is_one_per_home_page(glossary, home):
    assert not GlossaryPage.can_create_at(home)


def test_the_demo_has_thirty_terms_in_german_english_ukrainian_and_arabic(home):
    report = DemoReport()
    with override_settings(DEMO_LANGUAGES=["en", "uk", "ar"]):
        demo.load(report)
        demo.translate(report)
        demo.load(report)
        demo.translate(report)
    assert len(TERMS) == 30
    for code in ["de", "en", "uk", "ar"]:
        assert GlossaryTerm.objects.filter(live=True, locale__language_code=code).count() == 30
    assert GlossaryTerm.objects.get(
        slug="fiktionsbescheinigung", locale__language_code="ar"
    ).term == ("شهادة الإقامة المؤقتة")
    assert GlossaryPage.objects.live().count() == 4
