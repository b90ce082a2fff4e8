"""Screenshots of the real admin for the editor guide (docs/redaktion.md): `make docs-screenshots`.

Builds a throwaway SQLite database with the demo content and two accounts of the first centre,
one in "Redaktion <Zentrum>" and one in "Freigabe <Zentrum>", serves it on a loopback port and
drives Debian's Chromium through the steps the guide describes. The pictures land in docs/img/
and are committed, so the guide shows the admin as it is; run this again after changing it.
docs/img/screenshots.json records what each picture shows (devtools/guide_screenshots.py): the
tests fail when that changed after the pictures were taken.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "nur-fuer-screenshots"  # noqa: S105 (a throwaway database on loopback)

workdir = Path(tempfile.mkdtemp(prefix="docs-screenshots-"))
os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "integrationsnetz.settings",
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "SERVE_MEDIA": "true",
        "EMAIL_URL": "dummymail://",
        "LOG_LEVEL": "ERROR",
        # Playwright's sync API runs an event loop next to Django's database calls.
        "DJANGO_ALLOW_ASYNC_UNSAFE": "true",
    }
)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402

from wagtail.models import Locale, Site  # noqa: E402

from playwright.sync_api import sync_playwright  # noqa: E402
from pytest_django.live_server_helper import LiveServer  # noqa: E402

from contacts.models import Contact  # noqa: E402
from devtools.guide_screenshots import SHOWS, write_manifest  # noqa: E402
from events.models import EventIndexPage  # noqa: E402
from integrationsnetz.demo import MAIN_CENTRE  # noqa: E402
from news.models import NewsArticlePage, NewsIndexPage  # noqa: E402


def user(name, group):
    account = get_user_model().objects.create_user(
        name, f"{name}@example.org", PASSWORD, first_name=name.capitalize()
    )
    account.groups.add(Group.objects.get(name=group))
    return account


def log_in(page, url, name):
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(f"{url}/admin/")


def open_actions(page):
    """Open the drop-up of the save button at the bottom of the editor."""
    page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]").first.click()
    page.wait_for_timeout(300)


def shot(page, name, full_page=False):
    assert name in SHOWS, f"{name}: say in devtools/guide_screenshots.py what it shows"
    page.wait_for_load_state("networkidle")
    page.screenshot(path=OUT / f"{name}.png", full_page=full_page)
    print(f"docs/img/{name}.png")  # noqa: T201 (a script that reports what it wrote)


def docs_path(path):
    return path.relative_to(ROOT).as_posix()


def example_image():
    """A picture to upload: a drawn scene, since the demo has no photographs."""
    from PIL import Image, ImageDraw

    path = workdir / "sprachcafe.png"
    picture = Image.new("RGB", (960, 540), "#e3f1f6")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((180, 300, 780, 330), fill="#0b5c78")
    for x in (250, 420, 590, 700):
        draw.ellipse((x - 40, 170, x + 40, 250), fill="#5a3a82")
        draw.rectangle((x - 45, 250, x + 45, 300), fill="#5a3a82")
    picture.save(path)
    return path


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    user("redaktion", f"Redaktion {MAIN_CENTRE}")
    user("freigabe", f"Freigabe {MAIN_CENTRE}")
    # The first centre's German pages and people: the ones its "Redaktion" works on.
    site = Site.objects.get(is_default_site=True)
    german = Locale.objects.get(language_code="de")
    news = NewsIndexPage.objects.descendant_of(site.root_page).get(locale=german)
    calendar = EventIndexPage.objects.descendant_of(site.root_page).get(locale=german)
    contact = Contact.objects.filter(site=site, locale=german).order_by("name").first()
    OUT.mkdir(parents=True, exist_ok=True)

    server = LiveServer("127.0.0.1")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=[
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                ],
            )
            editor = browser.new_context(
                base_url=server.url, viewport={"width": 1280, "height": 860}, locale="de-DE"
            ).new_page()
            log_in(editor, server.url, "redaktion")
            shot(editor, "01-dashboard-redaktion")
            editor.get_by_role("navigation", name="Hauptmenü").get_by_role(
                "button", name="Hilfe"
            ).click()
            editor.get_by_text("Handbuch für die Redaktion").first.wait_for()
            editor.wait_for_timeout(800)  # the submenu slides in
            shot(editor, "14-hilfe-handbuch")

            editor.goto(f"/admin/pages/add/news/newsarticlepage/{news.pk}/")
            editor.fill("#id_title", "Sprachcafé startet wieder")
            editor.fill("#id_teaser", "Ab Januar treffen wir uns jeden Mittwoch im Kreishaus.")
            shot(editor, "02-nachricht-anlegen")

            open_actions(editor)
            shot(editor, "03-zur-freigabe-einreichen")
            editor.click("button[name=action-submit]")
            editor.wait_for_load_state("networkidle")
            shot(editor, "04-eingereicht")

            # A published article: the submitted one is locked for its author until approved.
            published = news.get_children().live().first()
            editor.goto(f"/admin/pages/{published.pk}/edit/")
            editor.locator('[data-side-panel-toggle="status"]').first.click()
            editor.get_by_text("Zeitplan festlegen").filter(visible=True).first.click()
            editor.get_by_text("Veröffentlicht ab").filter(visible=True).first.wait_for()
            shot(editor, "11-zeitplan-festlegen")
            # Closed again: the admin keeps a side panel open from page to page.
            editor.keyboard.press("Escape")
            editor.locator('[data-side-panel-toggle="status"]').first.click()

            # The new article, which no language has yet: "Diese Seite übersetzen" → Arabic.
            article = NewsArticlePage.objects.get(title="Sprachcafé startet wieder", locale=german)
            editor.goto(f"/admin/localize/submit/page/{article.pk}/")
            arabic = Locale.objects.get(language_code="ar")
            editor.check(f"input[name=locales][value='{arabic.pk}']")
            shot(editor, "12-seite-uebersetzen")
            editor.click("input[type=submit]")
            editor.wait_for_url("**/edit/")
            # The title's "Übersetzen" opens its field, which takes the keyboard.
            editor.get_by_role("button", name="Übersetzen", exact=True).first.click()
            editor.keyboard.type("مقهى اللغة يعود")
            shot(editor, "13-uebersetzungseditor")

            editor.goto(f"/admin/pages/add/events/eventpage/{calendar.pk}/")
            shot(editor, "05-veranstaltung-anlegen")

            editor.goto(f"/admin/snippets/contacts/contact/edit/{contact.pk}/")
            shot(editor, "06-ansprechperson-bearbeiten")

            editor.goto("/admin/images/multiple/add/")
            editor.set_input_files("input[type=file]", str(example_image()))
            editor.get_by_text("Alternativtext", exact=False).first.wait_for()
            shot(editor, "07-bild-hochladen-alternativtext")

            approver = browser.new_context(
                base_url=server.url, viewport={"width": 1280, "height": 860}, locale="de-DE"
            ).new_page()
            log_in(approver, server.url, "freigabe")
            shot(approver, "08-dashboard-freigabe")
            approver.goto(f"/admin/pages/{article.pk}/edit/")
            open_actions(approver)
            shot(approver, "09-freigeben")

            approver.goto(f"/admin/pages/{news.get_children().live().first().pk}/edit/")
            approver.locator('[data-side-panel-toggle="checks"]').first.click()
            approver.wait_for_function(
                "() => /Min/.test(document.querySelector('[data-content-reading-time]')"
                ".textContent)"
            )
            approver.wait_for_timeout(1500)
            shot(approver, "10-pruefungen-barrierefreiheit")
            browser.close()
    finally:
        server.stop()
    write_manifest()
    print(docs_path(OUT / "screenshots.json"))  # noqa: T201


if __name__ == "__main__":
    main()
