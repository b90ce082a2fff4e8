import io
import uuid

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

import pytest

from editorial.roles import FREIGABE, REDAKTION, collection_named, grant_centre_roles, group_name
from integrationsnetz.models import OrganisationSettings

from .demo_pages import demo_paths
from .factories import (
    EventIndexPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
)

# The languages the demo content is translated into for the tests: English, and the two the
# browser tests run in (Arabic, right to left, and Ukrainian). tests/languages adds the others.
DEMO_TEST_LANGUAGES = ["en", "ar", "uk"]


DEMO_RESTORE = pytest.StashKey()


@pytest.fixture(scope="session")
def demo_content(request, django_db_setup, django_db_blocker):
    """The demo content (`manage.py load_demo`), loaded once for the whole run and committed;
    gives load_demo's output.

    The tests that use it run one after the other (pytest_collection_modifyitems below), and
    after the last of them the database gets its earlier content back, as Django's serialized
    rollback does: no other test meets the demo content. None of them may be transactional (a
    flush would remove it); each test's own changes are rolled back with its transaction.
    """
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        images = set(get_image_model().objects.values_list("pk", flat=True))
        documents = set(get_document_model().objects.values_list("pk", flat=True))
        out = io.StringIO()
        with override_settings(DEMO_LANGUAGES=DEMO_TEST_LANGUAGES):
            call_command("load_demo", stdout=out)
        make_renditions()
        cache.clear()

    def restore():
        with django_db_blocker.unblock():
            # Deleting through the ORM also removes the demo's files from MEDIA_ROOT.
            get_image_model().objects.exclude(pk__in=images).delete()
            get_document_model().objects.exclude(pk__in=documents).delete()
            # The sequences keep counting past the demo's rows: the snapshot's rows come back with
            # their own ids, and a later insert must not take one of them (PostgreSQL).
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                inhibit_post_migrate=True,
                reset_sequences=False,
            )
            connection.creation.deserialize_db_from_string(snapshot)
            cache.clear()

    request.config.stash[DEMO_RESTORE] = restore
    return out.getvalue()


def make_renditions():
    """Every demo page once, committed with the demo: the image renditions its templates ask
    for are made here, as on a site that has been visited. Made inside a test's transaction
    they would be rolled back and made again, with their AVIF encoding, for every test."""
    client = Client()
    for path in demo_paths().values():
        client.get(path)


@pytest.fixture
def demo(demo_content, db):
    """The demo content for one test, which may change it (rolled back afterwards)."""
    return demo_content


def uses_demo(item):
    return "demo_content" in getattr(item, "fixturenames", ())


def is_transactional(item):
    """As pytest-django decides it (it runs these after the other database tests)."""
    marker = item.get_closest_marker("django_db")
    flushes = marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    return bool(flushes or {"transactional_db", "live_server"} & set(item.fixturenames))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """The tests on the demo content together, in their order, after the other database tests
    and before the transactional ones (whose flush empties the database, migrations' rows too)."""
    on_demo = [item for item in items if uses_demo(item)]
    for item in on_demo:
        if is_transactional(item):
            raise pytest.UsageError(
                f"{item.nodeid}: a transactional test would flush the shared demo content"
            )
    rest = [item for item in items if not uses_demo(item)]
    first = next((i for i, item in enumerate(rest) if is_transactional(item)), len(rest))
    items[:] = rest[:first] + on_demo + rest[first:]


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """After the last test on the demo content (and its own teardown): the earlier content back.
    At the end of the run the test database goes anyway."""
    if uses_demo(item) and nextitem is not None and not uses_demo(nextitem):
        restore = item.config.stash.get(DEMO_RESTORE, None)
        if restore is not None:
            restore()
            del item.config.stash[DEMO_RESTORE]


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with no fragments kept (the cache outlives the test's rollback)."""
    cache.clear()
    yield
    cache.clear()


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


def centre_groups(site):
    """The groups and workflow `add_centre` gives a centre, for a site made by a fixture:
    {"Redaktion": group, "Freigabe": group}."""
    collection = collection_named(apps, site.site_name)
    return grant_centre_roles(apps, site.site_name, site, site.root_page, collection)


@pytest.fixture
def centre(home):
    """`home`'s site set up as a centre: groups "Redaktion Test" and "Freigabe Test"."""
    return centre_groups(home.get_site())


@pytest.fixture
def other_centre(other_home):
    """`other_home`'s site as a centre: "Redaktion Musterstadt", "Freigabe Musterstadt"."""
    return centre_groups(other_home.get_site())


# The one way to make admin users in tests: members of a centre's role groups, as production
# makes them (`add_centre` -> editorial/roles.py). A test that needs rights the roles do not give
# either tests something editors cannot do, or has found a gap in the roles.


def member_of(role, site, username=None, password=None):
    """A new user in the group `role` (REDAKTION or FREIGABE, editorial/roles.py) of the centre
    whose site is `site`; the groups exist once the centre is set up (`add_centre`,
    `load_demo` or the `centre` fixtures). Without a password it logs in only by `logged_in`."""
    username = username or f"{role.lower()}-{uuid.uuid4().hex[:6]}"
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", password, first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group_name(role, site.site_name)))
    return user


def logged_in(user):
    """A test client of its own, logged in as `user` (several may act in one test)."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def centre_collection(centre):
    """The `home` centre's collection ("Test"): its editors choose images and documents there
    (and in the shared one), never in the root collection."""
    return Collection.objects.get(name="Test")


@pytest.fixture
def editor(centre, home):
    """A member of "Redaktion Test" (the `home` centre): edits and submits, never publishes."""
    return member_of(REDAKTION, home.get_site(), "redakteurin")


@pytest.fixture
def moderator(centre, home):
    """A member of "Freigabe Test": approves, publishes, edits the organisation settings."""
    return member_of(FREIGABE, home.get_site(), "koordinatorin")


@pytest.fixture
def editor_client(editor):
    return logged_in(editor)


@pytest.fixture
def moderator_client(moderator):
    return logged_in(moderator)


@pytest.fixture
def superuser(db):
    """Only for what no role may do and a superuser does (tree root, sites, new centres'
    settings); each test that uses it says why beside it."""
    return get_user_model().objects.create_superuser("chefin", "chefin@example.org", "x")


@pytest.fixture
def superuser_client(superuser):
    return logged_in(superuser)
