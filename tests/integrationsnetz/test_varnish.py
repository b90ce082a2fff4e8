"""A real Varnish with deploy/varnish/default.vcl in front of the test server: public pages are
served from it, every change a visitor would see purges them at once (through Wagtail's
frontend cache), and editors, cookies, junk parameters and private pages are handled right.

Skipped with a message where `varnishd` is missing (install Debian's `varnish`); under CI it
fails instead, and .ci/run installs the package."""

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings

from wagtail.models import PageViewRestriction

import pytest

from contacts.models import ContactIndexPage
from devtools.tcp_proxy import TcpProxy
from integrationsnetz.forms import FilterForm
from integrationsnetz.models import OrganisationSettings

from ..factories import (
    ContactFactory,
    ContactIndexPageFactory,
    EventPageFactory,
    NewsArticleContactFactory,
    NewsArticlePageFactory,
    StandardPageFactory,
)

VCL = Path(settings.BASE_DIR) / "deploy" / "varnish" / "default.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_varnish(backend_port, workdir, probe_interval=None):
    """varnishd with the shipped VCL in front of 127.0.0.1:backend_port: (process, its URL).

    probe_interval shortens the health check's interval (2 s in the VCL), so that a test sees
    the backend go sick within a second."""
    binary = shutil.which("varnishd") or (
        "/usr/sbin/varnishd" if os.path.exists("/usr/sbin/varnishd") else None
    )
    if binary is None:
        message = "varnishd is missing: apt-get install varnish"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    workdir.mkdir()
    text = VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";')
    if probe_interval:
        text = text.replace(".interval = 2s;", f".interval = {probe_interval};")
    vcl = workdir / "default.vcl"
    vcl.write_text(text)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 (the Debian binary, our arguments)
        [
            binary,
            "-F",
            "-j",
            "none",
            "-n",
            str(workdir / "state"),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl),
            "-s",
            "malloc,32m",
            "-p",
            "ban_lurker_sleep=0.01",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"varnishd did not start: {process.stderr.read().decode()}")
            time.sleep(0.1)
    return process, f"http://127.0.0.1:{port}"


def stop_varnish(process):
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def varnish(live_server, tmp_path):
    process, url = start_varnish(live_server.url.rsplit(":", 1)[1], tmp_path / "varnish")
    yield url
    stop_varnish(process)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, cookie=None):
    """(status, headers, body) of a GET through Varnish, redirects not followed."""
    request = urllib.request.Request(url, headers={"Host": "localhost:6081"})  # noqa: S310
    if cookie:
        request.add_header("Cookie", cookie)
    opener = urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def get(url, cookie=None):
    status, headers, body = fetch(url, cookie)
    assert status == 200, (url, status)
    return headers, body


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.fixture
def frontend_cache(settings, varnish):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish,
        }
    }
    return varnish


def warm(base, *paths, cookie=None):
    """Each path asked twice: the second answer comes from Varnish."""
    for path in paths:
        get(base + path, cookie)
        headers, _body = get(base + path, cookie)
        assert headers["X-Cache"] == "HIT", path


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_published_article_shows_at_once_wherever_it_is_listed(home, news_index, frontend_cache):
    base = frontend_cache
    article = publish(NewsArticlePageFactory(parent=news_index, title="Sprachkurse starten"))
    other = publish(StandardPageFactory(parent=home, title="Impressum", slug="impressum-2"))
    paths = (article.url, "/aktuelles/", "/aktuelles/feed/rss/", "/", "/en/aktuelles/")
    warm(base, *paths, other.url)

    # A change that is not published yet: Varnish keeps serving its copy.
    type(article).objects.filter(pk=article.pk).update(title="Nur in der Datenbank")
    assert "Nur in der Datenbank" not in get(base + article.url)[1]

    article.refresh_from_db()
    publish(article, title="Sprachkurse starten im Mai")

    for path in paths:
        headers, body = get(base + path)
        assert headers["X-Cache"] == "MISS", path
        assert "Sprachkurse starten im Mai" in body, path
    assert get(base + other.url)[0]["X-Cache"] == "HIT", "an unrelated page stays cached"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_published_event_shows_at_once_in_the_calendar_its_feed_and_on_the_home_page(
    home, calendar_page, frontend_cache
):
    base = frontend_cache
    event = publish(EventPageFactory(parent=calendar_page, title="Interkulturelles Fest"))
    paths = (event.url, calendar_page.url, calendar_page.url + "kalender/", "/")
    warm(base, *paths)

    event.refresh_from_db()
    publish(event, title="Interkulturelles Sommerfest")

    for path in paths:
        headers, body = get(base + path)
        assert headers["X-Cache"] == "MISS", path
        assert "Interkulturelles Sommerfest" in body, path


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_home_page_intro_shows_at_once(home, news_index, frontend_cache):
    base = frontend_cache
    article = publish(NewsArticlePageFactory(parent=news_index))
    publish(home, intro="Willkommen im Zentrum.")
    warm(base, "/", article.url)

    publish(home, intro="Neu: offene Sprechstunde am Montag.")

    assert "Neu: offene Sprechstunde am Montag." in get(base + "/")[1]
    # The home page's title is in every page's header and breadcrumbs: everything went.
    assert get(base + article.url)[0]["X-Cache"] == "MISS"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_renamed_menu_page_and_a_changed_setting_show_on_every_page(
    home, news_index, frontend_cache
):
    base = frontend_cache
    about = publish(StandardPageFactory(parent=home, title="Über uns", show_in_menus=True))
    article = publish(NewsArticlePageFactory(parent=news_index))
    publish(ContactIndexPageFactory(parent=home, title="Ansprechpersonen", slug="ansprechpartner"))
    paths = ("/", article.url, "/aktuelles/", "/ansprechpartner/")
    warm(base, *paths)

    publish(about, title="Wer wir sind")
    for path in paths:
        assert "Wer wir sind" in get(base + path)[1], path

    warm(base, *paths)
    settings_ = OrganisationSettings.objects.get(site__is_default_site=True)
    settings_.phone = "05651 302-999"
    settings_.save()
    for path in paths:
        assert "302-999" in get(base + path)[1], path


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_contacts_new_phone_number_shows_on_every_page_that_shows_the_contact(
    home, news_index, frontend_cache
):
    base = frontend_cache
    publish(ContactIndexPageFactory(parent=home, title="Ansprechpersonen", slug="ansprechpartner"))
    contact = ContactFactory(name="Anna Beispiel", phone="05651 302-100")
    article = NewsArticlePageFactory(parent=news_index)
    NewsArticleContactFactory(page=article, contact=contact)
    publish(article)
    warm(base, article.url, "/ansprechpartner/")

    contact.phone = "05651 302-222"
    contact.save()

    for path in (article.url, "/ansprechpartner/"):
        headers, body = get(base + path)
        assert "302-222" in body, path
        assert headers["X-Cache"] == "MISS", path
    assert ContactIndexPage.objects.live().exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_restricted_after_it_was_cached_is_never_served_from_varnish(
    home, news_index, frontend_cache
):
    base = frontend_cache
    article = publish(
        NewsArticlePageFactory(
            parent=news_index, title="Internes Protokoll", teaser="Nur für den Vorstand."
        )
    )
    warm(base, article.url, "/aktuelles/")

    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="geheim123"
    )

    for _visit in range(2):
        _status, headers, body = fetch(base + article.url)
        assert 'name="password"' in body
        assert "Nur für den Vorstand." not in body
        assert headers["X-Cache"] == "MISS"
    assert "Nur für den Vorstand." not in get(base + "/aktuelles/")[1]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_junk_query_parameters_make_no_new_objects(home, news_index, frontend_cache):
    base = frontend_cache
    publish(NewsArticlePageFactory(parent=news_index, title="Eine Meldung"))
    get(base + "/aktuelles/?page=1")
    for number in range(1000):
        headers, body = get(
            base + f"/aktuelles/?utm_source=newsletter{number}&page=1&fbclid={number}&x{number}=1"
        )
        assert headers["X-Cache"] == "HIT", number
    assert "Eine Meldung" in body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_search_of_a_thousand_letters_passes_varnish(home, frontend_cache):
    # 1,000 Cyrillic letters: a request line of about 9 KB, more than a header may have.
    query = urllib.parse.quote("Ї" * 1000)
    _headers, body = get(f"{frontend_cache}/suche/?q={query}")
    assert "Ihr Suchbegriff war sehr lang" in body


def test_the_vcl_passes_every_filter_field_to_the_app():
    """A filter form's field that Varnish removed from the query would never filter."""
    kept = re.search(r"\(\?!\(([a-z|]+)\)=\)", VCL.read_text()).group(1).split("|")
    fields = {name for form in FilterForm.__subclasses__() for name in form.base_fields}
    assert fields
    assert fields <= set(kept), sorted(fields - set(kept))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_under_a_prefix_and_in_yellow_on_black_are_objects_of_their_own_purged_together(
    home, news_index, frontend_cache
):
    base = frontend_cache
    article = publish(NewsArticlePageFactory(parent=news_index, title="Fest der Kulturen"))
    arabic = "/ar" + article.url  # no translation yet: the German page, under the prefix
    contrast = "darstellung=kontrast-100"
    get(base + arabic)
    assert get(base + arabic)[0]["X-Cache"] == "HIT"
    headers, body = get(base + arabic, cookie=contrast)
    assert headers["X-Cache"] == "MISS", "Gelb-Schwarz is an object of its own"
    assert "theme-contrast" in body
    assert get(base + arabic, cookie=contrast)[0]["X-Cache"] == "HIT"

    publish(article, title="Fest der Kulturen 2027")

    for cookie in (None, contrast):
        headers, body = get(base + arabic, cookie=cookie)
        assert headers["X-Cache"] == "MISS", cookie
        assert "Fest der Kulturen 2027" in body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_umlaut_address_is_served_purged_and_redirects_after_a_slug_change(
    home, news_index, frontend_cache
):
    base = frontend_cache
    article = publish(
        NewsArticlePageFactory(
            parent=news_index, title="Neues Sprachcafé", slug="neues-sprachcafé-im-zentrum"
        )
    )
    address = "/aktuelles/neues-sprachcaf%C3%A9-im-zentrum/"
    warm(base, address)

    publish(article, title="Neues Sprachcafé am Markt")
    headers, body = get(base + address)
    assert headers["X-Cache"] == "MISS"
    assert "Neues Sprachcafé am Markt" in body

    publish(article, slug="sprachcafe-am-markt")
    status, headers, _body = fetch(base + address)
    assert status in (301, 302)
    assert headers["Location"].endswith("/aktuelles/sprachcafe-am-markt/")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_varnish_keys_on_the_display_preference_only(home, frontend_cache):
    base = frontend_cache
    publish(StandardPageFactory(parent=home, title="Impressum", slug="impressum-2"))
    _headers, plain = get(base + "/impressum-2/")
    assert "theme-contrast" not in plain
    headers, _body = get(base + "/impressum-2/", cookie="_ga=1; darstellung=junk; csrftoken=x")
    assert headers["X-Cache"] == "HIT"
    headers, contrast = get(base + "/impressum-2/", cookie="a=b; darstellung=kontrast-200")
    assert headers["X-Cache"] == "MISS"
    assert "theme-contrast" in contrast
    headers, contrast = get(base + "/impressum-2/", cookie="darstellung=kontrast-200")
    assert headers["X-Cache"] == "HIT"
    assert "theme-contrast" in contrast
    # Logged-in editors always go to the app.
    headers, _body = get(base + "/impressum-2/", cookie="sessionid=abc")
    assert headers["X-Cache"] == "MISS"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_translation_under_its_own_slug_shows_at_once_that_its_german_page_changed(
    home, news_index, frontend_cache
):
    from ..factories import translate

    base = frontend_cache
    article = publish(NewsArticlePageFactory(parent=news_index, title="Sprachcafé", slug="cafe"))
    english = translate(article, "en", title="Language café", slug="language-cafe")
    path = english.get_url_parts()[2]
    assert path == "/en/aktuelles/language-cafe/"
    warm(base, path)
    assert "translation-notice--outdated" not in get(base + path)[1]

    publish(article, title="Sprachcafé im Mai")

    headers, body = get(base + path)
    assert headers["X-Cache"] == "MISS"
    assert "translation-notice--outdated" in body
    assert "The German version was changed on" in body


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_while_the_app_is_down_varnish_serves_its_copy_from_grace(
    home, news_index, live_server, settings, tmp_path
):
    """The app unreachable (a proxy between Varnish and the app refuses): pages Varnish holds
    are served from grace, stale or not; when the app is back, they are fetched anew."""
    settings.PAGE_CACHE_SECONDS = 1  # objects go stale at once: only grace can serve them
    article = publish(NewsArticlePageFactory(parent=news_index, title="Beratung im Rathaus"))
    proxy = TcpProxy("127.0.0.1", int(live_server.url.rsplit(":", 1)[1])).start()
    process, base = start_varnish(proxy.port, tmp_path / "varnish", probe_interval="0.2s")
    try:
        assert wait_for(lambda: fetch(base + article.url)[0] == 200)
        get(base + article.url)

        proxy.refuse()
        # Sick after two failed health checks; the copy is stale after a second.
        time.sleep(1.5)
        for _visit in range(3):
            headers, body = get(base + article.url)
            assert "Beratung im Rathaus" in body
            assert headers["X-Cache"] == "HIT"
        assert fetch(base + "/aktuelles/nie-gesehen/")[0] == 503, "nothing to serve from grace"

        proxy.forward()
        publish(article, title="Beratung im Rathaus, neue Zeiten")
        assert wait_for(lambda: "neue Zeiten" in fetch(base + article.url)[2]), (
            "the app is back: the copy is fetched anew"
        )
    finally:
        stop_varnish(process)
        proxy.stop()
