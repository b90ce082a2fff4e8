"""The pages of the demo content that page-wide tests visit: one per page type, plus extras;
and the demo content loaded once for many tests (`committed_demo`)."""

import contextlib
import io

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models

# Every concrete page type, found when the tests are collected: a page type added later is
# tested without editing the tests (and fails until the demo content has a page of it).
PAGE_TYPES = [model._meta.label_lower for model in get_page_models() if model is not Page]
EXTRA_URLS = {
    "search": "/suche/?q=Vielfalt",
    "barrier-report": "/barriere-melden/",
    "not-found": "/gibt-es-nicht/",
}
# Pages with a form carry a CSRF token, so they set a cookie and are never shared from a cache.
FORM_PAGES = ["accessibility.accessibilitystatementpage", "barrier-report"]


def demo_paths():
    """{page type or extra name: path} for the live demo content in the database."""
    paths = dict(EXTRA_URLS)
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().public().exact_type(model).order_by("path").first()
        if page is not None:
            # The path only: with two demo centres get_url() would name the host.
            paths[model._meta.label_lower] = page.get_url_parts()[2]
    return paths


@contextlib.contextmanager
def committed_demo(django_db_blocker, languages=None):
    """The demo content (`manage.py load_demo`), committed, for the tests of a module or a
    package: loading it takes seconds, each test only reads it (its own changes are rolled back
    with its transaction). Gives load_demo's output. Afterwards the database gets its earlier
    content back, as Django's serialized rollback does, so later tests start from the migrated
    database."""
    # The flush below must never reach a real database: only run on the test database.
    name = str(connection.settings_dict["NAME"])
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    assert in_memory or name.startswith("test_"), f"refusing to flush {name}"
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        images = set(get_image_model().objects.values_list("pk", flat=True))
        documents = set(get_document_model().objects.values_list("pk", flat=True))
        try:
            out = io.StringIO()
            settings = override_settings(DEMO_LANGUAGES=languages) if languages else None
            with settings or contextlib.nullcontext():
                call_command("load_demo", stdout=out)
            cache.clear()
            yield out.getvalue()
        finally:
            # Deleting through the ORM also removes the demo's files from MEDIA_ROOT.
            get_image_model().objects.exclude(pk__in=images).delete()
            get_document_model().objects.exclude(pk__in=documents).delete()
            call_command(
                "flush",
                interactive=False,
                verbosity=0,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(snapshot)
            cache.clear()
