"""Topics, event categories, venue features and contact persons' job titles and office hours
appear in the visitor's language where they are translated, and in German marked lang="de"
where not (under /ar/ and /uk/), on pages and in the demo."""

from bs4 import BeautifulSoup

from tests.factories import (
    ContactFactory,
    EventCategoryFactory,
    EventPageFactory,
    NewsArticleContactFactory,
    NewsArticlePageFactory,
    StandardPageFactory,
    TopicFactory,
    translate,
)
from tests.languages.test_snippets import translated_snippet


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def fact(soup, label):
    for item in soup.select(".event-facts__item"):
        if item.dt.get_text(strip=True) == label:
            return item.dd
    raise AssertionError(f"no {label}")


def test_event_category_and_venue_features_in_the_visitors_language(calendar_page, client):
    category = EventCategoryFactory(name="Begegnung", slug="begegnung")
    event = EventPageFactory(
        parent=calendar_page, slug="sprachcafe", category=category, step_free=True
    )
    event.save_revision().publish()
    translate(event, "ar", title="مقهى اللغة")
    translate(event, "uk", title="Мовне кафе")
    translated_snippet(category, "ar", name="لقاءات")

    arabic = page(client, f"/ar{event.url}")
    shown = fact(arabic, "الفئة")
    assert shown.get_text(strip=True) == "لقاءات"
    assert not shown.has_attr("lang")
    assert [li.get_text(strip=True) for li in arabic.select(".event-accessibility__list li")] == [
        "الوصول دون درج"
    ]

    ukrainian = page(client, f"/uk{event.url}")
    shown = fact(ukrainian, "Категорія")
    assert shown.get_text(strip=True) == "Begegnung"
    assert (shown["lang"], shown["dir"]) == ("de", "ltr")
    assert [
        li.get_text(strip=True) for li in ukrainian.select(".event-accessibility__list li")
    ] == ["Доступ без сходинок"]
    german = page(client, event.url)
    assert not fact(german, "Kategorie").has_attr("lang")


def test_contact_cards_show_the_translated_job_title_office_hours_and_topics(news_index, client):
    topic = TopicFactory(name="Ehrenamt", slug="ehrenamt")
    contact = ContactFactory(
        name="Samira Beispiel",
        role="Integrationslotsin",
        office_hours="Di 14–17 Uhr",
        live=True,
        topics=[topic],
    )
    article = NewsArticlePageFactory(parent=news_index, slug="lotsen")
    NewsArticleContactFactory(page=article, contact=contact)
    article.save_revision().publish()
    translate(article, "ar", title="المرشدون")
    translate(article, "uk", title="Провідники")
    translated_snippet(contact, "ar", role="مرشدة اندماج", office_hours="الثلاثاء 14–17", live=True)
    translated_snippet(topic, "ar", name="العمل التطوعي")

    card = page(client, f"/ar{article.url}").select_one(".contact-card")
    role = card.select_one(".contact-card__role")
    assert role.get_text(strip=True) == "مرشدة اندماج" and not role.has_attr("lang")
    assert "الثلاثاء 14–17" in card.get_text()
    topics = card.select(".contact-card__facts li[itemprop=knowsAbout]")
    assert [(li.get_text(strip=True), li.get("lang")) for li in topics] == [("العمل التطوعي", None)]

    card = page(client, f"/uk{article.url}").select_one(".contact-card")
    role = card.select_one(".contact-card__role")
    assert role.get_text(strip=True) == "Integrationslotsin" and role["lang"] == "de"
    hours = card.select_one(".contact-card__details dd[lang]")
    assert hours["lang"] == "de" and "Di 14–17 Uhr" in hours.get_text()
    topics = card.select(".contact-card__facts li[itemprop=knowsAbout]")
    assert [(li.get_text(strip=True), li.get("lang")) for li in topics] == [("Ehrenamt", "de")]


def test_a_contact_card_block_shows_the_translation_of_the_contact(home, client):
    contact = ContactFactory(name="Samira Beispiel", role="Integrationslotsin", live=True)
    german = StandardPageFactory(
        parent=home, slug="lotsen", body=[("contact", {"contact": contact})]
    )
    german.save_revision().publish()
    translate(german, "ar", title="المرشدون")
    translate(german, "uk", title="Провідники")
    translated_snippet(contact, "ar", role="مرشدة اندماج", live=True)

    role = page(client, "/ar/lotsen/").select_one(".contact-card__role")
    assert role.get_text(strip=True) == "مرشدة اندماج" and not role.has_attr("lang")
    role = page(client, "/uk/lotsen/").select_one(".contact-card__role")
    assert role.get_text(strip=True) == "Integrationslotsin" and role["lang"] == "de"
    role = page(client, "/lotsen/").select_one(".contact-card__role")
    assert role.get_text(strip=True) == "Integrationslotsin" and not role.has_attr("lang")


def test_demo_topics_categories_and_job_titles_are_translated(demo, client):
    from events.models import EventPage

    arabic = page(client, "/ar/ansprechpartner/")
    cards = arabic.select(".contact-card")
    assert cards
    roles = [card.select_one(".contact-card__role") for card in cards]
    assert "منسّقة برنامج WIR" in [role.get_text(strip=True) for role in roles]
    assert all(not role.has_attr("lang") for role in roles)
    topics = {li.get_text(strip=True) for li in arabic.select("li[itemprop=knowsAbout]")}
    assert {"العمل التطوعي", "اللجوء والحماية"} <= topics

    ukrainian = page(client, "/uk/ansprechpartner/")
    assert "Волонтерство" in ukrainian.get_text()
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="uk", category__isnull=False)
        .select_related("category")
        .first()
    )
    assert event is not None
    shown = fact(page(client, event.get_url_parts()[2]), "Категорія")
    assert not shown.has_attr("lang")
    assert shown.get_text(strip=True) in {
        "Тижні й дні акцій",
        "Зустрічі",
        "Інформація і консультації",
        "Фаховий захід",
    }
