"""The Datenschutz page must stay true: it names every cookie and form the site has."""

import time

from django.conf import settings

from wagtail.models import Locale, Page, Site

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
    """Every live page of the demo and the extra views: cookies set and forms shown, each form
    with the language of its page."""
    cookies, forms = set(), []
    paths = [page.url for page in Page.objects.live().public().filter(depth__gt=1)]
    for path in [*paths, *EXTRA_PATHS]:
        response = client.get(path)
        cookies |= set(response.cookies)
        soup = BeautifulSoup(response.content, "html.parser")
        forms += [(soup.html.get("lang", "de"), form) for form in soup.find_all("form")]
    cookies |= set(client.get("/darstellung/", {"kontrast": "an", "schrift": "150"}).cookies)
    report = {"description": "Test", "started": fill_token(time.time() - 30)}
    cookies |= set(client.post("/barriere-melden/", report).cookies)
    return cookies, forms


def test_demo_privacy_page_names_every_cookie_and_form_of_the_site(demo, client):
    cookies, forms = crawl(client)
    # Editors only: the admin login sets these.
    cookies |= {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME}
    assert {COOKIE_NAME, settings.CSRF_COOKIE_NAME} <= cookies

    # The first centre's (Musterstadt publishes its own too).
    home = Site.objects.get(is_default_site=True).root_page
    privacy = PrivacyPage.objects.live().descendant_of(home).get()
    assert cookies <= {cookie.name for cookie in privacy.cookies.all()}

    def posts(form):
        return form.get("method", "get").lower() == "post"

    post_forms = [(lang, form) for lang, form in forms if posts(form)]
    assert post_forms, "the crawl should find the barrier report form"
    for lang, form in post_forms:
        assert form.get("aria-label"), f"POST form without a name: {form.get('action')}"
        # Described in the page's language: the translated Datenschutz, else the German one.
        locale = Locale.objects.filter(language_code=lang).first()
        described = (locale and privacy.get_translation_or_none(locale)) or privacy
        titles = " ".join(processing.title for processing in described.processings.all())
        assert form["aria-label"] in titles, f"Datenschutz does not describe {form['aria-label']}"

    get_forms = {form.get("action") for _lang, form in forms if not posts(form)}
    assert "/suche/" in get_forms
    logs = privacy.processings.get(title__startswith="Aufruf der Website").data
    assert "Suchbegriffe" in logs
