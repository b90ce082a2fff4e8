"""What each screenshot of the editor guide (docs/redaktion.md) shows, and a fingerprint of it.

docs/screenshots.py (`make docs-screenshots`) takes the pictures into docs/img/ and records
beside them, in docs/img/screenshots.json, each picture's own SHA-256 and the fingerprint of what
it shows: the files below, the German catalogue and the versions of Wagtail and wagtail-localize.
tests/editorial/test_guide.py recomputes the fingerprints: a change to a template, a panel or a
German admin text that a screenshot shows fails it until the screenshots are taken again. Content
hashes, not file times: git keeps no modification times, and a clone's are all alike.
"""

import hashlib
import json
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PICTURES = ROOT / "docs" / "img"
MANIFEST = PICTURES / "screenshots.json"

# The admin's look and words: Wagtail's templates come with its version, ours are listed.
PACKAGES = ["wagtail", "wagtail-localize"]
EVERY_SCREENSHOT = ["locale/de/LC_MESSAGES/django.po", "locale/de/LC_MESSAGES/djangojs.po"]
DASHBOARD = [
    "integrationsnetz/dashboard.py",
    "templates/integrationsnetz/dashboard/*.html",
    "templates/wagtailadmin/home/*.html",
]
ARTICLE = ["news/models.py", "integrationsnetz/blocks.py", "integrationsnetz/page_forms.py"]
# The actions under "Entwurf speichern" (editorial/wagtail_hooks.py takes "Veröffentlichen" out).
ACTIONS = [*ARTICLE, "editorial/wagtail_hooks.py"]
SHOWS = {
    "01-dashboard-redaktion": DASHBOARD,
    "02-nachricht-anlegen": ARTICLE,
    "03-zur-freigabe-einreichen": ACTIONS,
    "04-eingereicht": ARTICLE,
    "05-veranstaltung-anlegen": ["events/models.py", "integrationsnetz/page_forms.py"],
    "06-ansprechperson-bearbeiten": ["contacts/models.py", "contacts/admin_forms.py"],
    "07-bild-hochladen-alternativtext": ["integrationsnetz/image_forms.py"],
    "08-dashboard-freigabe": DASHBOARD,
    "09-freigeben": ACTIONS,
    "10-pruefungen-barrierefreiheit": [
        "integrationsnetz/editor_checks.py",
        "static/js/editor-checks.js",
        "static/js/admin-reading-time.js",
    ],
    "11-zeitplan-festlegen": ARTICLE,
    "12-seite-uebersetzen": [],
    "13-uebersetzungseditor": ARTICLE,
    # The "Hilfe" menu, open over the dashboard.
    "14-hilfe-handbuch": [*DASHBOARD, "editorial/wagtail_hooks.py"],
}


def shown_files(name):
    patterns = EVERY_SCREENSHOT + SHOWS[name]
    return sorted({path for pattern in patterns for path in ROOT.glob(pattern) if path.is_file()})


def fingerprint(name):
    """SHA-256 over the package versions and the files (path and content) screenshot `name`
    shows."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        digest.update(f"{package}=={version(package)}\n".encode())
    for path in shown_files(name):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def picture_hash(name):
    return hashlib.sha256((PICTURES / f"{name}.png").read_bytes()).hexdigest()


def write_manifest():
    """After taking every screenshot: what each shows, as it was when it was taken."""
    manifest = {
        name: {"png_sha256": picture_hash(name), "shows_sha256": fingerprint(name)}
        for name in SHOWS
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def read_manifest():
    return json.loads(MANIFEST.read_text())
