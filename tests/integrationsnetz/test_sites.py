"""Two WIR centres in one install: every page, list, feed and calendar shows only its own site.

`home` is served on localhost, `other_home` on musterstadt.localhost (tests/conftest.py). Each
site gets the same kinds of content with titles that name the site, and every check asserts
both that the own content is there and that the other site's is not.
"""

import pytest
from bs4 import BeautifulSoup

from integrationsnetz.models import OrganisationSettings

from ..conftest import OTHER_HOST
from ..factories import (
    ContactFactory,
    ContactIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsArticleContactFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
)

HOSTS = {"eschwege": "localhost", "musterstadt": OTHER_HOST}


@pytest.fixture
def centres(home, other_home):
    """The same content on both sites, each title naming its site."""
    content = {}
    shared = ContactFactory(name="Landeskoordination Geteilt", slug="landeskoordination")
    for name, root in (("eschwege", home), ("musterstadt", other_home)):
        site = root.get_site()
        news = NewsIndexPageFactory(parent=root)
        article = NewsArticlePageFactory(
            parent=news,
            title=f"Nachricht {name}",
            slug=f"nachricht-{name}",
            teaser=f"Anreißer {name}",
            tags=["Ehrenamt"],
        )
        contact = ContactFactory(name=f"Person {name}", slug=f"person-{name}", site=site)
        NewsArticleContactFactory(page=article, contact=contact)
        calendar = EventIndexPageFactory(parent=root)
        event = EventPageFactory(
            parent=calendar, title=f"Veranstaltung {name}", slug=f"veranstaltung-{name}"
        )
        directory = ContactIndexPageFactory(parent=root)
        content[name] = {
            "site": site,
            "news": news,
            "article": article,
            "event": event,
            "calendar": calendar,
            "contact": contact,
            "directory": directory,
        }
    content["shared"] = shared
    return content


def get(client, name, path):
    return client.get(path, HTTP_HOST=HOSTS[name])


def text(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


OTHER = {"eschwege": "musterstadt", "musterstadt": "eschwege"}


@pytest.mark.parametrize("name", ["eschwege", "musterstadt"])
def test_home_page_shows_only_its_own_news_and_events(centres, client, name):
    html = text(get(client, name, "/"))
    assert f"Nachricht {name}" in html
    assert f"Veranstaltung {name}" in html
    assert f"Nachricht {OTHER[name]}" not in html
    assert f"Veranstaltung {OTHER[name]}" not in html


@pytest.mark.parametrize("name", ["eschwege", "musterstadt"])
def test_lists_feeds_and_calendars_show_only_their_own_site(centres, client, name):
    for path in (
        "/aktuelles/",
        "/aktuelles/feed/rss/",
        "/aktuelles/feed/atom/",
        "/veranstaltungen/",
        "/veranstaltungen/kalender/",
    ):
        body = text(get(client, name, path))
        own = "Nachricht" if path.startswith("/aktuelles/") else "Veranstaltung"
        assert f"{own} {name}" in body, path
        assert f"{own} {OTHER[name]}" not in body, path
    # Absolute links in feeds and calendars carry the site's own host name.
    assert f"http://{HOSTS[name]}/aktuelles/nachricht-{name}/" in text(
        get(client, name, "/aktuelles/feed/rss/")
    )
    assert f"@{HOSTS[name]}" in text(get(client, name, "/veranstaltungen/kalender/"))


@pytest.mark.parametrize("name", ["eschwege", "musterstadt"])
def test_article_and_event_show_only_their_own_sites_contacts_and_related_articles(
    centres, client, name
):
    other = centres[OTHER[name]]
    # A contact of the other site, attached by hand (the admin would not offer it), and an
    # article of the other site with the same tag: neither appears.
    NewsArticleContactFactory(page=centres[name]["article"], contact=other["contact"])
    html = text(get(client, name, f"/aktuelles/nachricht-{name}/"))
    assert f"Person {name}" in html
    assert f"Person {OTHER[name]}" not in html
    assert f"Nachricht {OTHER[name]}" not in html

    html = text(get(client, name, f"/veranstaltungen/veranstaltung-{name}/"))
    assert f"Veranstaltung {name}" in html


def test_related_articles_come_from_the_same_site(centres, client):
    NewsArticlePageFactory(
        parent=centres["eschwege"]["news"], title="Zweite Nachricht eschwege", tags=["Ehrenamt"]
    )
    soup = BeautifulSoup(
        text(get(client, "eschwege", "/aktuelles/nachricht-eschwege/")), "html.parser"
    )
    related = [h.get_text(strip=True) for h in soup.select(".related-news h3")]
    assert "Zweite Nachricht eschwege" in related
    assert "Nachricht musterstadt" not in related


@pytest.mark.parametrize("name", ["eschwege", "musterstadt"])
def test_contact_directory_shows_its_own_and_the_shared_contacts(centres, client, name):
    html = text(get(client, name, "/ansprechpartner/"))
    assert f"Person {name}" in html
    assert "Landeskoordination Geteilt" in html
    assert f"Person {OTHER[name]}" not in html


def test_vcard_of_another_sites_contact_is_not_found(centres, client):
    assert get(client, "eschwege", "/ansprechpartner/person-eschwege.vcf").status_code == 200
    assert get(client, "eschwege", "/ansprechpartner/landeskoordination.vcf").status_code == 200
    assert get(client, "eschwege", "/ansprechpartner/person-musterstadt.vcf").status_code == 404


@pytest.mark.parametrize("name", ["eschwege", "musterstadt"])
def test_search_finds_only_its_own_site(centres, client, name):
    html = text(get(client, name, "/suche/?q=Nachricht"))
    assert f"Nachricht {name}" in html
    assert f"Nachricht {OTHER[name]}" not in html


@pytest.mark.parametrize("name", ["eschwege", "musterstadt"])
def test_a_page_of_one_site_is_not_found_on_the_other_host(centres, client, name):
    other = OTHER[name]
    assert get(client, name, f"/aktuelles/nachricht-{name}/").status_code == 200
    assert get(client, name, f"/aktuelles/nachricht-{other}/").status_code == 404
    assert get(client, name, f"/veranstaltungen/veranstaltung-{other}/").status_code == 404
    # Nor through the other site's tree path (Wagtail would otherwise route by slug).
    assert get(client, name, "/musterstadt/aktuelles/nachricht-musterstadt/").status_code == 404


def test_settings_of_one_site_do_not_change_the_other(centres, client):
    for name, org in (
        ("eschwege", "WIR-Vielfaltszentrum Testkreis"),
        ("musterstadt", "WIR-Vielfaltszentrum Musterstadt"),
    ):
        assert org in text(get(client, name, "/"))
    settings = OrganisationSettings.for_site(centres["eschwege"]["site"])
    settings.name = "WIR-Vielfaltszentrum Umbenannt"
    settings.street = "Neue Straße 5"
    settings.save()
    eschwege = text(get(client, "eschwege", "/"))
    musterstadt = text(get(client, "musterstadt", "/"))
    assert "WIR-Vielfaltszentrum Umbenannt" in eschwege
    assert "Neue Straße 5" in eschwege
    assert "WIR-Vielfaltszentrum Umbenannt" not in musterstadt
    assert "Neue Straße 5" not in musterstadt
    assert "WIR-Vielfaltszentrum Musterstadt" in musterstadt
    assert "Marktplatz 9" in musterstadt
