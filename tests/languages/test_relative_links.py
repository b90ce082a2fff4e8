"""In-site links are relative, so they work on whatever host and port the site answers on
(`make run`, a proxy, a test server); the Site record stays the source of canonical, hreflang,
feeds and the calendar subscription (docs/sprachen.md, "Links")."""

from bs4 import BeautifulSoup

# Not the Site record's address (localhost:8000): the demo answers on it as its default site.
OTHER_HOST = "127.0.0.1:59999"


def get(client, path):
    response = client.get(path, HTTP_HOST=OTHER_HOST)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def is_relative(href):
    return href.startswith(("/", "?")) and not href.startswith("//")


def test_switcher_pagination_filters_and_breadcrumbs_are_relative(demo, client):
    soup = get(client, "/ar/veranstaltungen/")
    switcher = soup.select(".language-switcher__link")
    assert len(switcher) == 7
    assert all(is_relative(a["href"]) for a in switcher), [a["href"] for a in switcher]
    assert soup.select_one(".filter-form")["action"] == "/ar/veranstaltungen/"
    download = soup.select_one(".event-subscribe__download")
    assert download["href"] == "/ar/veranstaltungen/kalender/"
    # The subscription and the address to copy come from the Site record.
    assert soup.select_one(".event-subscribe .button")["href"].startswith(
        "webcal://localhost:8000/"
    )
    assert soup.select_one(".event-subscribe__url").get_text().startswith("http://localhost:8000/")
    assert soup.find("link", rel="canonical")["href"].startswith("http://localhost:8000/")

    news = get(client, "/aktuelles/")
    pages = news.select(".pagination__link")
    assert pages and all(a["href"].startswith("?") for a in pages)
    article = news.select_one(".card__link")["href"]
    crumbs = get(client, article).select(".breadcrumbs a")
    assert crumbs and all(is_relative(a["href"]) for a in crumbs)
    assert "59999" not in str(news)


def test_the_demo_sites_name_the_address_make_run_serves(demo):
    from wagtail.models import Site

    addresses = {site.root_url for site in Site.objects.all()}
    assert addresses == {"http://localhost:8000", "http://musterstadt.localhost:8000"}
