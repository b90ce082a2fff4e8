from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from wagtail.models import Page, Site

import pytest

from integrationsnetz import i18n, page_cache
from integrationsnetz.models import OrganisationSettings

from .factories import (
    EventIndexPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
)


@pytest.fixture(autouse=True)
def forget_remembered_sites():
    """The page cache remembers each host's Site, and i18n each locale's language, per
    process; a test's rollback removes them without the signals that make them forgotten."""
    page_cache.forget_sites()
    i18n.forget_locales()
    yield
    page_cache.forget_sites()
    i18n.forget_locales()


@pytest.fixture(autouse=True)
def german_after_each_test():
    """A request under /en/ leaves English active in the thread (LocaleMiddleware does not reset
    it); the next test starts in German, as every request without a prefix does."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    """A site whose root is a fresh HomePage, with organisation settings and footer pages."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Test"
    )
    OrganisationSettings.objects.create(
        site=site,
        name="WIR-Vielfaltszentrum Testkreis",
        street="Schlossplatz 1",
        postal_code="37269",
        city="Eschwege",
        phone="05651 302-0",
        email="info@example.org",
        imprint_page=StandardPageFactory(parent=home, title="Impressum", slug="impressum"),
        privacy_page=StandardPageFactory(parent=home, title="Datenschutz", slug="datenschutz"),
        accessibility_page=StandardPageFactory(
            parent=home, title="Barrierefreiheit", slug="barrierefreiheit"
        ),
    )
    return home


OTHER_HOST = "musterstadt.localhost"


@pytest.fixture
def other_home(home):
    """A second site on its own host name (a second WIR centre), next to `home`."""
    other = HomePageFactory(
        parent=Page.get_first_root_node(), title="Startseite Musterstadt", slug="musterstadt"
    )
    site = Site.objects.create(
        hostname=OTHER_HOST, port=80, root_page=other, site_name="Musterstadt"
    )
    OrganisationSettings.objects.create(
        site=site,
        name="WIR-Vielfaltszentrum Musterstadt",
        street="Marktplatz 9",
        postal_code="99999",
        city="Musterstadt",
        email="wir@musterstadt.example",
    )
    return other


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def calendar_page(home):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def moderator_client(home, client):
    """The test client, logged in as a member of "Freigabe" (may approve and publish)."""
    user = get_user_model().objects.create_user("moderation", "m@example.org", "x")
    user.groups.add(Group.objects.get(name="Freigabe"))
    client.force_login(user)
    return client


@pytest.fixture
def fragments(settings):
    """The fragment cache on (the tests' settings switch it off), as on the public site."""
    settings.FRAGMENT_CACHE = True
    cache.clear()
    page_cache.forget_sites()
    yield
    cache.clear()
    page_cache.forget_sites()
