"""The translation catalogues are complete: makemessages (on a copy) finds no msgid without a
translation, nothing fuzzy, and every catalogue compiles. A template that gains a string
without a translation makes this fail (see the second test)."""

import shutil
import subprocess

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

import polib
import pytest

from integrationsnetz.management.commands.update_catalogues import (
    IGNORE_PATTERNS,
    catalogue_languages,
)

pytestmark = pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="GNU gettext (xgettext, msgmerge) is not installed"
)


def problems_after_makemessages(source_dir, locale_dir, monkeypatch):
    """Run makemessages over `source_dir` into `locale_dir`; list what is not translated."""
    monkeypatch.chdir(source_dir)
    with override_settings(LOCALE_PATHS=[str(locale_dir)]):
        call_command(
            "makemessages",
            locale=catalogue_languages(),
            ignore_patterns=IGNORE_PATTERNS,
            no_obsolete=True,
            verbosity=0,
        )
    problems = []
    for code in catalogue_languages():
        po = polib.pofile(str(locale_dir / code / "LC_MESSAGES" / "django.po"))
        for entry in po:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                problems.append((code, "fuzzy", entry.msgid))
            elif not entry.translated():
                problems.append((code, "untranslated", entry.msgid))
    return problems


def test_every_catalogue_is_complete_and_compiles(tmp_path, monkeypatch):
    # On a copy of the project: makemessages writes to the `locale` folder next to the sources
    # it reads, and the committed catalogues must stay as they are.
    source = tmp_path / "site"
    shutil.copytree(
        settings.BASE_DIR,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "node_modules", "staticfiles", ".media", "*.sqlite3*", "__pycache__"
        ),
    )
    locale_dir = source / "locale"
    assert problems_after_makemessages(source, locale_dir, monkeypatch) == []
    for code in catalogue_languages():
        po_file = locale_dir / code / "LC_MESSAGES" / "django.po"
        subprocess.run(  # noqa: S603
            ["msgfmt", "--check", "-o", "/dev/null", str(po_file)],  # noqa: S607
            check=True,
            capture_output=True,
        )
        # The committed .mo says what the committed .po says (manage.py update_catalogues).
        committed = settings.BASE_DIR / "locale" / code / "LC_MESSAGES"
        compiled = {
            (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
            for entry in polib.mofile(str(committed / "django.mo"))
            if entry.msgid
        }
        written = {
            (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
            for entry in polib.pofile(str(committed / "django.po"))
        }
        assert compiled == written, f"{code}: run manage.py update_catalogues"


def test_a_new_untranslated_template_string_is_found(tmp_path, monkeypatch):
    source = tmp_path / "site"
    shutil.copytree(settings.BASE_DIR / "templates", source / "templates")
    (source / "templates" / "neu.html").write_text(
        '{% load i18n %}<p>{% translate "Ein neuer Satz ohne Übersetzung" %}</p>'
    )
    locale_dir = tmp_path / "locale"
    shutil.copytree(settings.BASE_DIR / "locale", locale_dir)
    problems = problems_after_makemessages(source, locale_dir, monkeypatch)
    assert ("ar", "untranslated", "Ein neuer Satz ohne Übersetzung") in problems
    assert len({code for code, _kind, _msgid in problems}) == len(catalogue_languages())
