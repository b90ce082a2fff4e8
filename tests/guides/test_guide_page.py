"""The Wegweiser page type: numbered steps in one list, "und"/"oder", links, and the
"Teil von: …, Schritt 3 von 7" box on the pages a guide links to."""

from django.test import override_settings

from wagtail.models import Page, Site

import pytest
from bs4 import BeautifulSoup

from guides import demo
from guides.models import GuidePage
from integrationsnetz.demo_report import DemoReport

from ..factories import (
    ContactFactory,
    GuidePageFactory,
    NewsIndexPageFactory,
    OfferFactory,
    OfferIndexPageFactory,
    StandardPageFactory,
    guide_step,
    translate,
)


def page_link(page):
    return ("page", {"page": page.pk, "text": ""})


@pytest.fixture
def residence(home):
    return StandardPageFactory(
        parent=home, title="Aufenthalt und Ausländerbehörde", slug="aufenthalt"
    )


@pytest.fixture
def guide(home, residence):
    return GuidePageFactory(
        parent=home,
        steps=[
            guide_step("Wohnsitz anmelden"),
            guide_step("Krankenversicherung wählen"),
            guide_step("Aufenthalt klären", links=[page_link(residence)]),
            guide_step("Integrationskurs", connection="neu"),
            guide_step("Sprachcafé besuchen", connection="oder"),
            guide_step("Kita anmelden"),
            guide_step("Schule anmelden", connection="und"),
        ],
    )


def soup_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_steps_are_one_ordered_list_with_a_heading_each(guide, client):
    soup = soup_of(client, guide)
    lists = soup.select("main ol.step-nav")
    assert len(lists) == 1
    steps = lists[0].find_all("li", class_="step-nav__step", recursive=False)
    headings = [step.find("h2").get_text(" ", strip=True) for step in steps]
    assert headings[0] == "Schritt 1 : Wohnsitz anmelden"
    assert headings[2] == "Schritt 3 : Aufenthalt klären"
    assert len(soup.select("main h1")) == 1


def test_and_and_or_steps_share_the_number_of_the_step_before(guide, client):
    steps = soup_of(client, guide).select("li.step-nav__step")
    assert [step["value"] for step in steps] == ["1", "2", "3", "4", "4", "5", "5"]
    assert steps[4].find("h2").get_text(" ", strip=True) == "Schritt 4 oder : Sprachcafé besuchen"
    assert steps[6].find("h2").get_text(" ", strip=True) == "Schritt 5 und : Schule anmelden"


def test_the_whole_guide_is_open_without_javascript(guide, client):
    soup = soup_of(client, guide)
    step_list = soup.select_one("ol.step-nav")
    assert step_list.find("details") is None
    assert step_list.find(attrs={"hidden": True}) is None
    assert len(step_list.select(".step-nav__text")) == 7
    assert "In 5 Schritten" in soup.select_one(".guide__count").get_text()


def test_a_step_links_pages_contacts_and_external_addresses(home, residence, client):
    contact = ContactFactory(name="Stefanie Vöckler", live=True)
    guide = GuidePageFactory(
        parent=home,
        steps=[
            guide_step(
                "Aufenthalt klären",
                links=[
                    page_link(residence),
                    ("contact", {"contact": contact.pk}),
                    (
                        "external_link",
                        {
                            "url": "https://bamf-navi.bamf.de/",
                            "text": "BAMF-NAVI",
                            "description": "",
                        },
                    ),
                ],
            )
        ],
    )
    links = soup_of(client, guide).select(".step-nav__link")
    assert links[0].a["href"] == residence.url
    assert "Stefanie Vöckler" in links[1].get_text()
    assert links[1].select_one('a[href^="tel:"]') is not None
    assert links[2].a["href"] == "https://bamf-navi.bamf.de/"


def offer_link(offer):
    return ("offer", {"offer": offer.pk})


def test_a_step_links_an_offer_to_its_page_in_the_directory(home, client):
    OfferIndexPageFactory(parent=home)
    course = OfferFactory(
        name="Integrationskurs",
        slug="integrationskurs",
        short_description="Deutsch lernen und das Leben hier kennenlernen.",
        site=home.get_site(),
    )
    cafe = OfferFactory(name="Sprachcafé", slug="sprachcafe")
    guide = GuidePageFactory(
        parent=home,
        steps=[guide_step("Deutschkurs beginnen", links=[offer_link(course), offer_link(cafe)])],
    )

    links = soup_of(client, guide).select(".step-nav__link")

    assert [link.a["href"] for link in links] == [
        "/angebote/integrationskurs/",
        "/angebote/sprachcafe/",
    ]
    assert links[0].a.get_text() == "Integrationskurs"
    assert "Deutsch lernen und das Leben hier kennenlernen." in links[0].get_text()
    assert client.get("/angebote/integrationskurs/").status_code == 200


def test_an_offers_page_names_the_guide_and_the_step_that_link_it(home, client):
    OfferIndexPageFactory(parent=home)
    course = OfferFactory(name="Integrationskurs", slug="integrationskurs", site=home.get_site())
    OfferFactory(name="Sprachcafé", slug="sprachcafe", site=home.get_site())
    GuidePageFactory(
        parent=home,
        title="Deutsch lernen",
        steps=[
            guide_step("Beratung suchen"),
            guide_step("Deutschkurs beginnen", links=[offer_link(course)]),
        ],
    )

    response = client.get("/angebote/integrationskurs/")
    box = BeautifulSoup(response.content, "html.parser").select_one("aside.guide-box")

    assert " ".join(box.select_one(".guide-box__part").get_text().split()) == (
        "Teil von: Deutsch lernen, Schritt 2 von 2"
    )
    assert box.select_one('[aria-current="step"]').get_text() == "Deutschkurs beginnen"
    other = BeautifulSoup(client.get("/angebote/sprachcafe/").content, "html.parser")
    assert other.select("aside.guide-box") == []


def test_a_step_shows_the_offer_in_the_visitors_language(home, client):
    from wagtail.models import Locale

    directory = OfferIndexPageFactory(parent=home)
    course = OfferFactory(name="Integrationskurs", slug="integrationskurs")
    untranslated = OfferFactory(name="Sprachcafé", slug="sprachcafe")
    guide = GuidePageFactory(
        parent=home,
        steps=[guide_step("Deutsch lernen", links=[offer_link(course), offer_link(untranslated)])],
    )
    translate(directory, "ar", title="العروض")
    translate(guide, "ar", title="تعلّم الألمانية")
    arabic = course.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = "دورة الاندماج"
    arabic.save()

    translated_guide = guide.get_translation(arabic.locale)
    links = soup_of(client, translated_guide).select(".step-nav__link a")

    assert [(link["href"], link.get_text()) for link in links] == [
        ("/ar/angebote/integrationskurs/", "دورة الاندماج"),
        ("/ar/angebote/sprachcafe/", "Sprachcafé"),
    ]
    # The offer without a translation is marked as German text.
    assert links[0].get("lang") is None
    assert links[1]["lang"] == "de"


def test_an_ended_offer_or_one_of_another_centre_is_not_shown_in_a_step(home, other_home, client):
    OfferIndexPageFactory(parent=home)
    ended = OfferFactory(name="Beendeter Kurs", status="beendet")
    stranger = OfferFactory(name="Fremdes Angebot", site=Site.objects.get(root_page=other_home))
    draft = OfferFactory(name="Entwurf", live=False)
    guide = GuidePageFactory(
        parent=home,
        steps=[
            guide_step(
                "Beratung", links=[offer_link(ended), offer_link(stranger), offer_link(draft)]
            )
        ],
    )
    text = soup_of(client, guide).get_text()
    for name in ("Beendeter Kurs", "Fremdes Angebot", "Entwurf"):
        assert name not in text


def test_an_unpublished_page_is_not_linked_from_a_step(guide, residence, client):
    residence.unpublish()
    assert soup_of(client, guide).select(".step-nav__link a") == []


def test_a_contact_of_another_centre_is_not_shown_in_a_step(home, other_home, client):
    stranger = ContactFactory(
        name="Fremde Person", live=True, site=Site.objects.get(root_page=other_home)
    )
    guide = GuidePageFactory(
        parent=home, steps=[guide_step("Beratung", links=[("contact", {"contact": stranger.pk})])]
    )
    assert "Fremde Person" not in soup_of(client, guide).get_text()


def test_a_linked_page_names_its_guide_and_its_step(guide, residence, client):
    box = soup_of(client, residence).select_one("aside.guide-box")
    assert " ".join(box.select_one(".guide-box__part").get_text().split()) == (
        "Teil von: Ankommen im Landkreis, Schritt 3 von 5"
    )
    current = box.select_one('[aria-current="step"]')
    assert current.get_text() == "Aufenthalt klären"
    assert current["href"] == f"{guide.url}#schritt-3"
    assert len(box.select(".guide-box__step")) == 7


def test_a_page_no_guide_links_to_shows_no_guide_box(guide, home, client):
    other = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    assert soup_of(client, other).select("aside.guide-box") == []


def test_an_unpublished_guide_is_not_named_on_linked_pages(guide, residence, client):
    guide.unpublish()
    assert soup_of(client, residence).select("aside.guide-box") == []


def test_a_guide_that_no_longer_links_the_page_is_not_named(guide, residence, client):
    guide.steps = [guide_step("Wohnsitz anmelden")]
    guide.save_revision().publish()
    assert soup_of(client, residence).select("aside.guide-box") == []


def test_a_translated_page_names_the_guide_in_its_language(guide, residence, client):
    translate(residence, "en", title="Residence")
    english = translate(
        guide,
        "en",
        title="Arriving in the district",
        # The copy links the German page; the English page counts as linked too.
        steps=[
            guide_step("Register"),
            guide_step("Sort out your residence", links=[page_link(residence)]),
        ],
    )
    response = client.get("/en/aufenthalt/")
    box = BeautifulSoup(response.content, "html.parser").select_one("aside.guide-box")
    assert box.select_one(".guide-box__part a").get_text() == "Arriving in the district"
    assert box.select_one(".guide-box__part a")["href"] == english.url
    # The English guide links to the English page, not the German one it was copied with.
    step_links = BeautifulSoup(client.get(english.url).content, "html.parser").select(
        ".step-nav__link a"
    )
    assert [link["href"] for link in step_links] == ["/en/aufenthalt/"]


def test_the_guide_box_asks_the_same_queries_for_one_guide_or_many(
    home, residence, client, django_assert_max_num_queries
):
    GuidePageFactory(parent=home, steps=[guide_step("Eins", links=[page_link(residence)])])
    client.get(residence.url)
    with django_assert_max_num_queries(40) as one:
        client.get(residence.url)
        one_guide = len(one.captured_queries)
    for number in range(2, 5):
        GuidePageFactory(
            parent=home,
            title=f"Wegweiser {number}",
            slug=f"wegweiser-{number}",
            steps=[guide_step("Eins", links=[page_link(residence)])],
        ).save_revision().publish()  # which makes the kept guide boxes stale
    client.get(residence.url)
    with django_assert_max_num_queries(one_guide):
        response = client.get(residence.url)
    assert len(BeautifulSoup(response.content, "html.parser").select("aside.guide-box")) == 3


@pytest.mark.django_db
def test_a_guide_goes_below_the_home_page_or_a_content_page_and_has_no_children():
    assert GuidePage.can_create_at(Page()) is False
    assert GuidePage.subpage_types == []
    assert set(GuidePage.parent_page_types) == {
        "integrationsnetz.HomePage",
        "integrationsnetz.StandardPage",
    }


def test_a_guide_cannot_be_added_below_the_news(home):
    news = NewsIndexPageFactory(parent=home)
    assert not GuidePage.can_create_at(news)
    assert GuidePage.can_create_at(home)


def test_the_demo_has_two_guides_in_german_english_ukrainian_and_arabic(home):
    report = DemoReport()
    with override_settings(DEMO_LANGUAGES=["en", "uk", "ar", "ru"]):
        demo.load(report)
        demo.translate(report)
        demo.load(report)
        guides = GuidePage.objects.live()
    languages = sorted(guides.values_list("locale__language_code", flat=True))
    assert languages == ["ar", "ar", "de", "de", "en", "en", "uk", "uk"]
    arabic = guides.get(locale__language_code="ar", slug="ankommen-im-landkreis")
    assert arabic.title == "الوصول إلى الدائرة"
    assert len(arabic.step_outline()) == 8
