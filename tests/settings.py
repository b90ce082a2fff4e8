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
# Production's cache configuration, the fragment cache included, in local memory (one process;
# production shares Redis between workers). tests/conftest.py empties it before each test.
# Full pages are kept only by Varnish, which tests/integrationsnetz/test_varnish.py runs.
os.environ.setdefault("CACHE_URL", "locmemcache://")
# Live-server threads must not keep connections open, or the test database cannot be dropped.
os.environ.setdefault("CONN_MAX_AGE", "0")

from integrationsnetz.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The development tools are tested too (tests/devtools). Added here, not through DEVTOOLS in the
# environment, which the servers some tests start would inherit: those run what production runs.
if "devtools" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405
# One folder per pytest-xdist worker ("gw0", "gw1"; `make test` runs two): each worker has its
# own test database, and a worker's clean-up must not remove the other's files.
MEDIA_ROOT = BASE_DIR / "tests" / ".media" / os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405
# load_demo translates into no language unless a test asks for some (tests/languages, browser).
DEMO_LANGUAGES = []
# A test database needs no durability: on PostgreSQL, commits (migrations, committed demo
# content, transactional tests) do not wait for the write-ahead log to reach the disk.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = f"{_options.get('options', '')} -c synchronous_commit=off".strip()
