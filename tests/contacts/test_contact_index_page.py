import pytest
from bs4 import BeautifulSoup

from contacts.models import ContactIndexPage

from ..factories import (
    ContactFactory,
    ContactIndexPageFactory,
    ImageFactory,
    LanguageFactory,
    TopicFactory,
)


@pytest.fixture
def directory(home):
    return ContactIndexPageFactory(parent=home)


@pytest.fixture
def people(directory):
    ehrenamt = TopicFactory(slug="ehrenamt", name="Ehrenamt")
    asyl = TopicFactory(slug="flucht-und-asyl", name="Flucht und Asyl")
    deutsch = LanguageFactory(code="de", name="Deutsch", native_name="Deutsch")
    arabisch = LanguageFactory(code="ar", name="Arabisch", native_name="العربية")
    ukrainisch = LanguageFactory(code="uk", name="Ukrainisch", native_name="Українська")
    return {
        "anna": ContactFactory(
            name="Anna Beispiel", topics=[ehrenamt], languages=[deutsch, arabisch]
        ),
        "bernd": ContactFactory(name="Bernd Beispiel", topics=[asyl], languages=[deutsch]),
        "carla": ContactFactory(
            name="Carla Beispiel", topics=[ehrenamt, asyl], languages=[deutsch, ukrainisch]
        ),
    }


def get(client, query=""):
    response = client.get(f"/ansprechpartner/{query}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def names(soup):
    return [h2.get_text(strip=True) for h2 in soup.select(".contact-card h2")]


def status(soup):
    return soup.find(attrs={"role": "status"}).get_text(" ", strip=True)


def test_directory_lists_all_contacts_alphabetically_with_a_count(people, client):
    soup = get(client)
    assert soup.h1.get_text(strip=True) == "Ansprechpartner*innen"
    assert len(soup("h1")) == 1
    assert names(soup) == ["Anna Beispiel", "Bernd Beispiel", "Carla Beispiel"]
    assert status(soup) == "3 Ansprechpersonen gefunden"


def test_directory_filters_by_topic(people, client):
    soup = get(client, "?thema=flucht-und-asyl")
    assert names(soup) == ["Bernd Beispiel", "Carla Beispiel"]
    assert status(soup) == "2 Ansprechpersonen gefunden"


def test_directory_filters_by_language_spoken(people, client):
    soup = get(client, "?sprache=ar")
    assert names(soup) == ["Anna Beispiel"]
    assert status(soup) == "1 Ansprechperson gefunden"


def test_directory_combines_topic_and_language(people, client):
    assert names(get(client, "?thema=ehrenamt&sprache=uk")) == ["Carla Beispiel"]
    assert names(get(client, "?thema=flucht-und-asyl&sprache=ar")) == []


def test_filter_form_works_without_javascript(people, client):
    soup = get(client, "?thema=ehrenamt")
    form = soup.find("form", class_="filter-form")
    assert form["method"] == "get"
    assert form["action"] == "/ansprechpartner/"
    for select in form("select"):
        assert form.find("label", attrs={"for": select["id"]}) is not None
    assert {select["name"] for select in form("select")} == {"thema", "sprache"}
    assert form.find("option", selected=True)["value"] == "ehrenamt"
    assert form.find("button", type="submit").get_text(strip=True) == "Filtern"
    reset = form.find("a", string="Filter zurücksetzen")
    assert reset["href"] == "/ansprechpartner/"
    # No inline script that executes (JSON-LD data is never executed).
    assert soup.find("script", src=False, type=lambda kind: kind != "application/ld+json") is None


def test_filters_offer_only_topics_and_languages_someone_has(people, client):
    TopicFactory(slug="foerdermittel", name="Fördermittel")
    LanguageFactory(code="tr", name="Türkisch")
    form = get(client).find("form", class_="filter-form")
    assert [o["value"] for o in form.find("select", attrs={"name": "thema"})("option")] == [
        "",
        "ehrenamt",
        "flucht-und-asyl",
    ]
    languages = form.find("select", attrs={"name": "sprache"})("option")
    assert [o.get_text(strip=True) for o in languages] == [
        "Alle Sprachen",
        # The native name isolated (U+2068 … U+2069): an <option> holds no <bdi>.
        "Arabisch (\u2068العربية\u2069)",
        "Deutsch",
        "Ukrainisch (\u2068Українська\u2069)",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "?thema=gibt-es-nicht",
        "?sprache=xx",
        "?thema=ehrenamt&sprache=xx",
        "?thema=" + "a" * 400,
        "?sprache=%00",
        "?thema=%3Cscript%3E",
    ],
)
def test_unknown_filter_values_give_an_empty_state_not_an_error(people, client, query):
    soup = get(client, query)
    assert names(soup) == []
    assert status(soup) == "Keine Ansprechperson gefunden"
    empty = soup.select_one(".empty-state")
    assert "Für diese Auswahl haben wir leider niemanden gefunden" in empty.get_text()
    assert empty.find("a")["href"] == "/ansprechpartner/"


def test_directory_without_contacts_shows_an_empty_state(directory, client):
    soup = get(client)
    assert soup.find("form", class_="filter-form") is None
    assert "Hier stellen wir bald unsere Ansprechpersonen vor" in soup.select_one(
        ".empty-state"
    ).get_text(" ", strip=True)


def test_directory_paginates_and_keeps_the_filter(directory, client):
    topic = TopicFactory(slug="ehrenamt", name="Ehrenamt")
    for number in range(ContactIndexPage.CONTACTS_PER_PAGE + 1):
        ContactFactory(name=f"Person {number:02d}", topics=[topic])
    soup = get(client, "?thema=ehrenamt&page=2")
    assert names(soup) == [f"Person {ContactIndexPage.CONTACTS_PER_PAGE:02d}"]
    previous = soup.select_one(".pagination a[rel=prev]")
    assert previous["href"] == "?thema=ehrenamt&page=1"


def create_contacts(numbers):
    topic = TopicFactory(slug="ehrenamt", name="Ehrenamt")
    german = LanguageFactory(code="de", name="Deutsch")
    arabic = LanguageFactory(code="ar", name="Arabisch")
    shared_photo = ImageFactory()
    for number in numbers:
        ContactFactory(
            name=f"Person {number:02d}",
            topics=[topic],
            languages=[german, arabic],
            photo=shared_photo if number % 2 else ImageFactory(),
        )


def test_directory_with_20_contacts_uses_no_more_queries_than_with_2(
    directory, client, django_assert_max_num_queries
):
    # 7 queries are the directory's own; the rest is the page frame (site, menu, breadcrumbs,
    # footer settings), which other apps may extend, hence the headroom.
    def filtered_directory():
        client.get("/ansprechpartner/")  # creates missing photo renditions once
        with django_assert_max_num_queries(26) as queries:
            soup = get(client, "?thema=ehrenamt&sprache=ar")
        return len(names(soup)), len(queries)

    create_contacts(range(2))
    shown_2, queries_2 = filtered_directory()
    create_contacts(range(2, 20))
    shown_20, queries_20 = filtered_directory()
    assert (shown_2, shown_20) == (2, 20)
    assert queries_20 <= queries_2


def test_an_edited_contact_shows_in_the_kept_directory_at_once(people, client):
    assert names(get(client, "?sprache=ar")) == ["Anna Beispiel"]
    assert names(get(client, "?thema=ehrenamt&page=1")) == ["Anna Beispiel", "Carla Beispiel"]
    anna, bernd = people["anna"], people["bernd"]
    anna.name = "Anna Muster"
    anna.save()
    bernd.languages.add(anna.languages.get(code="ar"))
    bernd.save()  # the editor saves the contact with its languages
    assert names(get(client, "?sprache=ar")) == ["Anna Muster", "Bernd Beispiel"]
    assert names(get(client, "?thema=ehrenamt&page=1")) == ["Anna Muster", "Carla Beispiel"]
    assert status(get(client, "?sprache=ar")) == "2 Ansprechpersonen gefunden"


def test_new_and_unpublished_contacts_change_the_kept_choices_and_counts(people, client):
    turkish = LanguageFactory(code="tr", name="Türkisch")
    assert status(get(client)) == "3 Ansprechpersonen gefunden"
    ContactFactory(name="Deniz Beispiel", languages=[turkish])
    soup = get(client)
    assert status(soup) == "4 Ansprechpersonen gefunden"
    assert soup.find("option", value="tr") is not None
    assert names(get(client, "?sprache=tr")) == ["Deniz Beispiel"]
    carla = people["carla"]
    carla.live = False
    carla.save()
    soup = get(client, "?thema=ehrenamt")
    assert names(soup) == ["Anna Beispiel"]
    assert soup.find("option", value="uk") is None


def test_a_renamed_topic_or_language_shows_in_the_kept_directory_at_once(people, client):
    def choices(name):
        return get(client).find("select", attrs={"name": name}).get_text()

    assert "Arabisch (\u2068العربية\u2069)" in choices("sprache")
    language = people["anna"].languages.get(code="ar")
    language.name = "Hocharabisch"
    language.save()
    assert "Hocharabisch (\u2068العربية\u2069)" in choices("sprache")
    assert "Hocharabisch" in get(client).select_one("#kontakt-" + people["anna"].slug).text

    assert "Flucht und Asyl" in choices("thema")
    topic = people["bernd"].topics.get()
    topic.name = "Flucht, Asyl und Aufenthalt"
    topic.save()
    assert "Flucht, Asyl und Aufenthalt" in choices("thema")


@pytest.mark.parametrize("query", ["?thema=gibt-es-nicht", "?page=abc", "?page=0", "?page=99"])
def test_junk_parameters_in_the_kept_directory_give_a_calm_page(people, client, query):
    soup = get(client, query)
    if "thema" in query:
        assert names(soup) == []
    else:
        assert names(soup) == ["Anna Beispiel", "Bernd Beispiel", "Carla Beispiel"]
    assert get(client, query).decode() == soup.decode()
