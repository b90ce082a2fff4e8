"""Building blocks for `manage.py load_demo`, and the demo content of the ground floor.

Every app may have a `demo.py` with a `load(report)` function; load_demo calls them in the
order of INSTALLED_APPS. Each loader must be idempotent: it looks objects up by a stable key
(usually a slug) and only creates what is missing.
"""

import io

from django.core.files.images import ImageFile
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.models import Page, Site

from PIL import Image as PILImage
from PIL import ImageDraw

from .models import HomePage, OrganisationSettings, StandardPage


class DemoReport:
    """Counts what a loader created or found, and tells the person at the terminal."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.existing = 0

    def _write(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def add(self, obj, created):
        if created:
            self.created += 1
            self._write(f"  angelegt: {obj._meta.verbose_name} „{obj}“")
        else:
            self.existing += 1
        return obj

    def ensure(self, model, lookup, defaults=None):
        obj, created = model.objects.get_or_create(**lookup, defaults=defaults or {})
        return self.add(obj, created)

    def ensure_page(self, parent, page):
        """Publish `page` under `parent` unless a child with its slug exists; return the page."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return self.add(existing.specific, created=False)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return self.add(page, created=True)

    def ensure_image(self, title, draw, alt, size=(1200, 675)):
        """An image drawn by the project with Pillow (`draw(ImageDraw, size)`), once."""
        image_model = get_image_model()
        existing = image_model.objects.filter(title=title).first()
        if existing is not None:
            return self.add(existing, created=False)
        canvas = PILImage.new("RGB", size, "#ffffff")
        draw(ImageDraw.Draw(canvas), size)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        image = image_model(title=title, description=alt)
        image.file = ImageFile(buffer, name=f"{slugify(title)[:60]}.png")
        image.save()
        return self.add(image, created=True)


def home_page():
    """The home page of the default site; load_demo makes sure it exists first."""
    return Site.objects.get(is_default_site=True).root_page.specific


def _draw_logo(draw, size):
    width, height = size
    draw.rectangle((0, 0, width, height), fill="#0b5c78")
    colours = ["#f2b705", "#ffffff", "#7cc4dc"]
    for index, colour in enumerate(colours):
        offset = index * height // 4
        draw.ellipse(
            (
                offset + height // 8,
                height // 4,
                offset + height // 8 + height // 2,
                3 * height // 4,
            ),
            fill=colour,
        )


def _ensure_home(report):
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.child_of(root).first()
    if home is None:
        home = HomePage(
            title=_("WIR-Vielfaltszentrum Werra-Meißner-Kreis"),
            slug="startseite",
            intro=_(
                "Wir beraten, vernetzen und begleiten: Menschen, die neu im Werra-Meißner-Kreis "
                "sind, und alle, die sich hier für ein gutes Miteinander einsetzen."
            ),
            show_in_menus=False,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        report.add(home, created=True)
    else:
        report.add(home, created=False)

    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=""
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.save()
        # Wagtail's placeholder "Welcome" page goes once the site points at our home page.
        if type(old_root.specific) is Page and not old_root.get_children().exists():
            old_root.delete()
    return home, site


STANDARD_PAGES = [
    {
        "slug": "ueber-uns",
        "title": "Über uns",
        "show_in_menus": True,
        "intro": (
            "Das WIR-Vielfaltszentrum ist die Stelle der Kreisverwaltung für Integration "
            "und Vielfalt. Das Land Hessen fördert es über das Landesprogramm „WIR“."
        ),
        "body": [
            ("heading", {"text": "Was wir tun", "level": "h2"}),
            (
                "paragraph",
                "<p>Wir bringen Menschen und Einrichtungen zusammen: Verwaltung, Vereine, "
                "Initiativen, Ehrenamtliche und Menschen mit Migrationsgeschichte. Wir "
                "informieren über Fördermittel, organisieren die Interkulturelle Woche, den "
                "Internationalen Tag gegen Rassismus und den Diversity-Tag und schreiben das "
                "Integrationskonzept des Kreises fort.</p>",
            ),
            ("heading", {"text": "Für wen wir da sind", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>für Menschen, die neu im Kreis sind und Orientierung suchen</li>"
                "<li>für Ehrenamtliche und Vereine, die Unterstützung brauchen</li>"
                "<li>für Städte, Gemeinden und Fachstellen, die sich vielfaltsorientiert "
                "öffnen wollen</li></ul>",
            ),
        ],
    },
    {
        "slug": "impressum",
        "title": "Impressum",
        "show_in_menus": False,
        "intro": "Angaben nach § 5 Digitale-Dienste-Gesetz und § 18 Medienstaatsvertrag.",
        "body": [
            (
                "paragraph",
                "<p><b>Beispielinhalt:</b> Vor der Veröffentlichung ersetzt der Träger diesen "
                "Text durch seine geprüften Angaben.</p>",
            ),
            ("heading", {"text": "Herausgeber", "level": "h2"}),
            (
                "paragraph",
                "<p>Kreisausschuss des Werra-Meißner-Kreises<br>WIR-Vielfaltszentrum<br>"
                "Schlossplatz 1<br>37269 Eschwege</p>",
            ),
            ("heading", {"text": "Verantwortlich für den Inhalt", "level": "h2"}),
            (
                "paragraph",
                "<p>Die WIR-Koordinierungskräfte des WIR-Vielfaltszentrums. Ihre Kontaktdaten "
                "finden Sie auf der Seite Ansprechpartner*innen.</p>",
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutz",
        "show_in_menus": False,
        "intro": (
            "Diese Website erhebt so wenige Daten wie möglich. Sie lädt keine Schriften, "
            "Skripte oder Zählpixel von anderen Anbietern."
        ),
        "body": [
            (
                "paragraph",
                "<p><b>Beispielinhalt:</b> Vor der Veröffentlichung ergänzt der Träger die "
                "Angaben seiner oder seines Datenschutzbeauftragten.</p>",
            ),
            ("heading", {"text": "Server-Protokolle", "level": "h2"}),
            (
                "paragraph",
                "<p>Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten "
                "(IP-Adresse, Zeitpunkt, aufgerufene Adresse), um die Seite auszuliefern und "
                "Angriffe abzuwehren.</p>",
            ),
            ("heading", {"text": "Cookies", "level": "h2"}),
            (
                "paragraph",
                "<p>Besucherinnen und Besucher bekommen keine Cookies zur Analyse oder Werbung. "
                "Nur wer sich im Redaktionsbereich anmeldet, erhält ein Sitzungs-Cookie.</p>",
            ),
            (
                "heading",
                {"text": "Cookie „darstellung“ für Kontrast und Schriftgröße", "level": "h3"},
            ),
            (
                "paragraph",
                "<p>Wenn Sie oben auf der Seite den Kontrast Gelb-Schwarz oder eine "
                "Schriftgröße wählen, speichert diese Website Ihre Wahl im Cookie "
                "<b>darstellung</b>, damit jede weitere Seite gleich so erscheint. Es enthält "
                "nur die gewählte Darstellung, zum Beispiel „kontrast-150“, und keine Angaben "
                "zu Ihrer Person. Es ist ein eigenes Cookie dieser Website (kein Drittanbieter), "
                "wird nicht ausgewertet und nach einem Jahr gelöscht; Sie können es jederzeit "
                "im Browser löschen. Das Cookie ist technisch erforderlich, um die von Ihnen "
                "ausdrücklich gewünschte Darstellung bereitzustellen. Deshalb braucht es keine "
                "Einwilligung (§ 25 Abs. 2 Nr. 2 TDDDG).</p>",
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "show_in_menus": False,
        "intro": (
            "Wir möchten, dass alle Menschen diese Website nutzen können. Sie soll die "
            "Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und "
            "der WCAG 2.1 in der Stufe AA erfüllen."
        ),
        "body": [
            ("heading", {"text": "Stand der Vereinbarkeit", "level": "h2"}),
            (
                "paragraph",
                "<p>Jede Seitenart dieser Website wird bei jeder Änderung automatisch in einem "
                "echten Browser geprüft. Bekannte Mängel nennen wir hier, sobald wir sie "
                "kennen.</p>",
            ),
            ("heading", {"text": "Barriere melden", "level": "h2"}),
            (
                "paragraph",
                "<p>Ist Ihnen eine Barriere aufgefallen? Schreiben Sie uns oder rufen Sie uns "
                "an. Die Kontaktdaten stehen unten auf jeder Seite. Wir antworten innerhalb "
                "von zwei Wochen.</p>",
            ),
            ("heading", {"text": "Schlichtungsverfahren", "level": "h2"}),
            (
                "paragraph",
                "<p>Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die "
                "Durchsetzungs- und Schlichtungsstelle des Landes Hessen für barrierefreie "
                "Informationstechnik wenden.</p>",
            ),
        ],
    },
]


def load(report):
    home, site = _ensure_home(report)

    pages = {}
    for spec in STANDARD_PAGES:
        page = StandardPage(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            show_in_menus=spec["show_in_menus"],
            body=spec["body"],
        )
        pages[spec["slug"]] = report.ensure_page(home, page)

    logo = report.ensure_image(_("Logo WIR-Vielfaltszentrum"), _draw_logo, alt="", size=(256, 128))
    organisation = OrganisationSettings.for_site(site)
    if not organisation.name:
        organisation.name = "WIR-Vielfaltszentrum Werra-Meißner-Kreis"
        organisation.street = "Schlossplatz 1"
        organisation.postal_code = "37269"
        organisation.city = "Eschwege"
        organisation.phone = "+49 5651 302-30308"
        organisation.email = "julia.kapinus@werra-meissner-kreis.de"
        organisation.logo = logo
        organisation.imprint_page = pages["impressum"]
        organisation.privacy_page = pages["datenschutz"]
        organisation.accessibility_page = pages["barrierefreiheit"]
        organisation.save()
        report.add(organisation, created=True)
    else:
        report.add(organisation, created=False)
