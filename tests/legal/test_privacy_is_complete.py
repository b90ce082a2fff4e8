"""The Datenschutz page must stay true: it names every cookie and form the site has."""

import io
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

from wagtail.models import Page

from bs4 import BeautifulSoup

from accessibility.forms import fill_token
from accessibility.preferences import COOKIE_NAME
from legal.models import PrivacyPage

EXTRA_PATHS = [
    "/suche/?q=Vielfalt",
    "/barriere-melden/",
    "/barriere-melden/danke/",
    "/gibt-es-nicht/",
]


def crawl(client):
    """Every live page of the demo and the extra views: cookies set and forms shown."""
    cookies, forms = set(), []
    paths = [page.url for page in Page.objects.live().public().filter(depth__gt=1)]
    for path in [*paths, *EXTRA_PATHS]:
        response = client.get(path)
        cookies |= set(response.cookies)
        forms += BeautifulSoup(response.content, "html.parser").find_all("form")
    cookies |= set(client.get("/darstellung/", {"kontrast": "an", "schrift": "150"}).cookies)
    report = {"description": "Test", "started": fill_token(time.time() - 30)}
    cookies |= set(client.post("/barriere-melden/", report).cookies)
    return cookies, forms


def test_demo_privacy_page_names_every_cookie_and_form_of_the_site(db, client):
    call_command("load_demo", stdout=io.StringIO())
    cache.clear()
    cookies, forms = crawl(client)
    # Editors only: the admin login sets these.
    cookies |= {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME}
    assert {COOKIE_NAME, settings.CSRF_COOKIE_NAME} <= cookies

    privacy = PrivacyPage.objects.live().get()
    assert cookies <= {cookie.name for cookie in privacy.cookies.all()}

    titles = " ".join(processing.title for processing in privacy.processings.all())
    post_forms = [form for form in forms if form.get("method", "get").lower() == "post"]
    assert post_forms, "the crawl should find the barrier report form"
    for form in post_forms:
        assert form.get("aria-label"), f"POST form without a name: {form.get('action')}"
        assert form["aria-label"] in titles, f"Datenschutz does not describe {form['aria-label']}"

    get_forms = {form.get("action") for form in forms if form not in post_forms}
    assert "/suche/" in get_forms
    logs = privacy.processings.get(title__startswith="Aufruf der Website").data
    assert "Suchbegriffe" in logs
