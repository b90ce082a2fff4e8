"""/sitemap.xml lists every live public page of the site once; /robots.txt names it."""

from xml.etree import ElementTree

from django.utils import timezone

from wagtail.models import PageViewRestriction, Site

import pytest

from ..factories import HomePageFactory, NewsArticlePageFactory, StandardPageFactory, translate

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap(client, **extra):
    response = client.get("/sitemap.xml", **extra)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own output)
    return {
        url.find("sm:loc", NS).text: getattr(url.find("sm:lastmod", NS), "text", None)
        for url in root.findall("sm:url", NS)
    }


def test_every_live_public_page_once_with_lastmod(home, news_index, client):
    article = NewsArticlePageFactory(parent=news_index, title="Neu", slug="neu")
    article.save_revision().publish()
    article.refresh_from_db()
    StandardPageFactory(parent=home, title="Entwurf", slug="entwurf", live=False)
    private = StandardPageFactory(parent=home, title="Intern", slug="intern")
    StandardPageFactory(parent=private, title="Unter Intern", slug="unter-intern")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    unpublished = StandardPageFactory(parent=home, title="Zurückgezogen", slug="weg")
    unpublished.unpublish()
    other_site_home = HomePageFactory(parent=home.get_parent(), title="Anderes", slug="anderes")
    StandardPageFactory(parent=other_site_home, title="Fremd", slug="fremd")
    Site.objects.create(hostname="anderes.example.org", port=80, root_page=other_site_home)

    urls = sitemap(client)

    assert "http://localhost/" in urls
    assert "http://localhost/aktuelles/neu/" in urls
    assert "http://localhost/impressum/" in urls
    published = timezone.localtime(article.last_published_at).date()
    assert urls["http://localhost/aktuelles/neu/"] == published.isoformat()
    listed = " ".join(urls)
    for slug in ("entwurf", "intern", "weg", "fremd"):
        assert f"/{slug}/" not in listed
    assert article.get_full_url() in urls
    # The other site's own sitemap lists only its pages, under its own host name.
    other = sitemap(client, HTTP_HOST="anderes.example.org")
    assert list(other) == ["http://anderes.example.org/", "http://anderes.example.org/fremd/"]


def test_urls_come_from_the_site_record_not_the_host_header(home, client, settings):
    settings.ALLOWED_HOSTS = ["*"]
    Site.objects.filter(is_default_site=True).update(hostname="www.example.org", port=443)
    urls = sitemap(client, HTTP_HOST="evil.example.com")
    assert "https://www.example.org/" in urls
    assert "evil" not in " ".join(urls)


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out(home, client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    for path in ("/admin/", "/suche/", "/darstellung/"):
        assert f"Disallow: {path}" in lines


def test_translations_are_listed_with_their_alternates(home, client):
    about = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    translate(about, "en", title="About us")
    translate(about, "ar", title="من نحن")
    response = client.get("/sitemap.xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own output)
    entries = {
        url.find("sm:loc", NS).text: {
            link.get("hreflang"): link.get("href")
            for link in url.findall("{http://www.w3.org/1999/xhtml}link")
        }
        for url in root.findall("sm:url", NS)
    }
    german, english, arabic = (
        "http://localhost/ueber-uns/",
        "http://localhost/en/ueber-uns/",
        "http://localhost/ar/ueber-uns/",
    )
    assert {german, english, arabic} <= set(entries)
    expected = {"de": german, "en": english, "ar": arabic, "x-default": german}
    for location in (german, english, arabic):
        assert entries[location] == expected, location
    # A page without translations has no alternates.
    assert entries["http://localhost/impressum/"] == {}
