"""Several app hosts share uploads through an S3-compatible store, configured from the
environment (docs/betrieb.md, "Mehrere App-Server")."""

import os
import subprocess
import sys

from django.conf import settings

SHOW_STORAGE = (
    "import django; django.setup(); "
    'from django.core.files.storage import storages; s = storages["default"]; '
    "print(type(s).__name__, s.bucket_name, s.endpoint_url, s.querystring_auth)"
)


def storage_with(extra_env):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", **extra_env}
    result = subprocess.run(  # noqa: S603 (this interpreter, our code)
        [sys.executable, "-c", SHOW_STORAGE],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_uploads_go_to_an_object_store_when_a_bucket_is_named():
    shown = storage_with(
        {
            "S3_BUCKET": "wir-medien",
            "S3_ENDPOINT_URL": "https://s3.example.org",
            "AWS_ACCESS_KEY_ID": "x",
            "AWS_SECRET_ACCESS_KEY": "y",
        }
    )
    assert shown == ["S3Storage", "wir-medien", "https://s3.example.org", "False"]


def test_uploads_stay_on_the_local_disk_without_a_bucket():
    assert settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
