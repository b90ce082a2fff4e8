from django.db import connection
from django.template import loader
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from accessibility.preferences import COOKIE_MAX_AGE, COOKIE_NAME

from ..factories import StandardPageFactory

SWITCH_URL = "/darstellung/"


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def html_classes(response):
    return set(soup_of(response).html.get("class", []))


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")


# The switch without JavaScript: cookie and redirect


def test_choosing_contrast_stores_it_and_redirects_back_with_303(home, client):
    response = client.get(SWITCH_URL, {"kontrast": "an", "next": "/ueber-uns/?seite=2"})
    assert response.status_code == 303
    assert response["Location"] == "/ueber-uns/?seite=2"
    assert response.cookies[COOKIE_NAME].value == "kontrast-100"


def test_preference_cookie_is_first_party_lax_readable_by_script_and_kept_a_year(client):
    cookie = client.get(SWITCH_URL, {"schrift": "150", "next": "/"}).cookies[COOKIE_NAME]
    assert cookie["path"] == "/"
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] == COOKIE_MAX_AGE
    assert not cookie["domain"]
    assert not cookie["httponly"]
    assert not cookie["secure"]


def test_preference_cookie_is_secure_on_https(client):
    response = client.get(SWITCH_URL, {"schrift": "150", "next": "/"}, secure=True)
    assert response.cookies[COOKIE_NAME]["secure"]


def test_choosing_text_size_keeps_the_chosen_contrast(client):
    client.cookies[COOKIE_NAME] = "kontrast-100"
    response = client.get(SWITCH_URL, {"schrift": "200", "next": "/"})
    assert response.cookies[COOKIE_NAME].value == "kontrast-200"


def test_switching_contrast_off_is_remembered_as_an_explicit_choice(client):
    client.cookies[COOKIE_NAME] = "kontrast-125"
    response = client.get(SWITCH_URL, {"kontrast": "aus", "next": "/"})
    assert response.cookies[COOKIE_NAME].value == "standard-125"


def test_back_to_all_defaults_deletes_the_cookie(client):
    client.cookies[COOKIE_NAME] = "auto-150"
    response = client.get(SWITCH_URL, {"schrift": "100", "next": "/"})
    assert response.cookies[COOKIE_NAME].value == ""
    assert response.cookies[COOKIE_NAME]["max-age"] == 0


def test_switch_response_is_never_cached_nor_indexed(client):
    response = client.get(SWITCH_URL, {"kontrast": "an", "next": "/"})
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_switch_accepts_no_post(client):
    assert client.post(SWITCH_URL, {"kontrast": "an"}).status_code == 405


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example/",
        "javascript:alert(1)",
        "http://testserver/ueber-uns/",
        "ueber-uns/",
        "",
        "/" + "a" * 3000,
    ],
)
def test_next_outside_this_site_redirects_home(client, target):
    response = client.get(SWITCH_URL, {"kontrast": "an", "next": target})
    assert response.status_code == 303
    assert response["Location"] == "/"


def test_missing_next_redirects_home(client):
    assert client.get(SWITCH_URL, {"kontrast": "an"})["Location"] == "/"


@pytest.mark.parametrize(
    "params",
    [
        {"kontrast": "vielleicht"},
        {"schrift": "175"},
        {"schrift": "abc"},
        {"schrift": "150" * 100},
        {"kontrast": ""},
        {},
    ],
)
def test_junk_choices_are_ignored(client, params):
    client.cookies[COOKIE_NAME] = "kontrast-125"
    response = client.get(SWITCH_URL, {**params, "next": "/"})
    assert response.status_code == 303
    assert response.cookies[COOKIE_NAME].value == "kontrast-125"


# The server renders the choice: <html> classes and the switcher's state


@pytest.mark.parametrize(
    ("cookie", "classes"),
    [
        (None, set()),
        ("kontrast-100", {"theme-contrast"}),
        ("standard-100", {"theme-default"}),
        ("auto-125", {"text-125"}),
        ("kontrast-150", {"theme-contrast", "text-150"}),
        ("standard-200", {"theme-default", "text-200"}),
        ("kontrast-175", set()),
        ("<script>", set()),
        ("x" * 5000, set()),
    ],
)
def test_html_classes_come_from_the_cookie(about, client, cookie, classes):
    if cookie is not None:
        client.cookies[COOKIE_NAME] = cookie
    response = client.get("/ueber-uns/")
    assert response.status_code == 200
    assert html_classes(response) == classes


def test_not_found_page_is_rendered_in_the_chosen_theme(home, client):
    client.cookies[COOKIE_NAME] = "kontrast-200"
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert html_classes(response) == {"theme-contrast", "text-200"}


def test_switcher_is_a_get_form_back_to_the_current_page(about, client):
    form = soup_of(client.get("/ueber-uns/?seite=2")).find("form", class_="preferences")
    assert form["action"] == SWITCH_URL
    assert form["method"] == "get"
    assert form.find("input", attrs={"name": "next"})["value"] == "/ueber-uns/?seite=2"
    assert form.find(attrs={"role": "group"})["aria-label"] == "Darstellung"


def test_switcher_buttons_have_names_that_include_the_visible_text(home, client):
    form = soup_of(client.get("/")).find("form", class_="preferences")
    contrast = form.find("button", attrs={"name": "kontrast"})
    assert contrast.get_text(" ", strip=True) == "Kontrast Gelb-Schwarz"
    sizes = form.find_all("button", attrs={"name": "schrift"})
    assert [button["value"] for button in sizes] == ["100", "125", "150", "200"]
    assert [button.get_text(" ", strip=True) for button in sizes] == [
        "A Schriftgröße 100 %",
        "A Schriftgröße 125 %",
        "A Schriftgröße 150 %",
        "A Schriftgröße 200 %",
    ]


@pytest.mark.parametrize(
    ("cookie", "contrast_pressed", "contrast_value", "size_pressed"),
    [
        (None, "false", "an", "100"),
        ("kontrast-150", "true", "aus", "150"),
        ("standard-200", "false", "an", "200"),
    ],
)
def test_switcher_exposes_the_current_state(
    home, client, cookie, contrast_pressed, contrast_value, size_pressed
):
    if cookie is not None:
        client.cookies[COOKIE_NAME] = cookie
    form = soup_of(client.get("/")).find("form", class_="preferences")
    contrast = form.find("button", attrs={"name": "kontrast"})
    assert contrast["aria-pressed"] == contrast_pressed
    assert contrast["value"] == contrast_value
    pressed = {
        button["value"]: button["aria-pressed"]
        for button in form.find_all("button", attrs={"name": "schrift"})
    }
    assert pressed == {size: str(size == size_pressed).lower() for size in pressed}


def test_switcher_comes_after_the_skip_link(home, client):
    soup = soup_of(client.get("/"))
    focusable = soup.select("a[href], button, input:not([type=hidden])")
    assert focusable[0]["class"] == ["skip-link"]
    assert focusable[1]["name"] == "kontrast"


def test_script_is_a_module_from_this_site(home, client):
    scripts = soup_of(client.get("/")).find_all("script")
    preferences = [script for script in scripts if "preferences" in script.get("src", "")]
    assert len(preferences) == 1
    assert preferences[0]["type"] == "module"
    assert preferences[0]["src"].startswith("/static/")
    executable = [s for s in scripts if s.get("type") != "application/ld+json"]
    assert all(script.get("src") for script in executable), "no inline script"


# Caching: a page varies on the display cookie only


def test_a_page_sets_no_cookie_and_varies_only_on_cookie(about, client):
    response = client.get("/ueber-uns/")
    assert not response.cookies
    assert response["Vary"] == "Cookie, Accept-Encoding"


def test_other_cookies_do_not_change_the_page(about, client):
    plain = client.get("/ueber-uns/").content
    client.cookies["sonstiges"] = "egal"
    client.cookies["csrftoken"] = "x" * 32
    assert client.get("/ueber-uns/").content == plain
    client.cookies[COOKIE_NAME] = "kontrast-150"
    assert client.get("/ueber-uns/").content != plain


def test_switch_view_does_not_vary(client):
    assert "Vary" not in client.get(SWITCH_URL, {"kontrast": "an"})


def test_display_preferences_cost_no_queries(about, client):
    client.get("/ueber-uns/")
    with CaptureQueriesContext(connection) as plain:
        client.get("/ueber-uns/")
    client.cookies[COOKIE_NAME] = "kontrast-200"
    client.get("/ueber-uns/")  # the fragments are kept per display preference
    with CaptureQueriesContext(connection) as themed:
        client.get("/ueber-uns/")
    assert len(themed) == len(plain)


# Privacy page


def test_demo_privacy_page_names_the_preference_cookie(demo, client):
    text = soup_of(client.get("/datenschutz/")).main.get_text(" ", strip=True)
    assert "darstellung" in text
    assert "§ 25 Abs. 2 Nr. 2 TDDDG" in text
    assert "nach einem Jahr" in text


def test_server_error_page_loads_the_script_that_applies_the_choice():
    soup = BeautifulSoup(loader.get_template("500.html").render({}), "html.parser")
    assert soup.find("script", type="module")["src"] == "/static/js/preferences.js"
