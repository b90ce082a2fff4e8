"""Test settings: the production settings with the values a test run needs.

DEBUG stays off, as in production, so the real 404 and 500 templates are tested.
DATABASE_URL from the environment is honoured: CI runs the suite on PostgreSQL too.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("ALLOWED_HOSTS", "*")
os.environ.setdefault("STATIC_MANIFEST", "false")
os.environ.setdefault("SECURE_COOKIES", "false")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
# Django's test runner swaps in its own in-memory backend; this only satisfies the start-up check.
os.environ.setdefault("EMAIL_URL", "dummymail://")
os.environ.setdefault("SERVE_MEDIA", "true")
os.environ.setdefault("CACHE_URL", "locmemcache://")
# Factories create live pages without publishing them, which is what purges the page and
# fragment caches; the tests of the caches switch them on (tests/integrationsnetz/
# test_page_cache.py and test_query_budget.py).
os.environ.setdefault("PAGE_CACHE", "false")
os.environ.setdefault("FRAGMENT_CACHE", "false")
# Live-server threads must not keep connections open, or the test database cannot be dropped.
os.environ.setdefault("CONN_MAX_AGE", "0")

from integrationsnetz.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / "tests" / ".media"  # noqa: F405
# load_demo translates into no language unless a test asks for some (tests/languages, browser).
DEMO_LANGUAGES = []
# A test database needs no durability: on PostgreSQL, commits (migrations, committed demo
# content, transactional tests) do not wait for the write-ahead log to reach the disk.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = f"{_options.get('options', '')} -c synchronous_commit=off".strip()
