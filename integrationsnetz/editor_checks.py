"""The checks Wagtail's content checker runs for editors: in the user bar and the checks panel.

Only problems an editor can fix in the content: heading order and empty headings, empty or
generic link texts ("hier", "mehr"), alt texts that are file names, text in capitals. Messages
are German. The checks' evaluate functions live in static/js/editor-checks.js, which registers
them with the user bar: axe-core would otherwise have to eval() them, and the public site's
Content-Security-Policy forbids eval.
"""

from django.forms import Media
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

from wagtail.admin.userbar import ContentCheckerItem

# Normalised as the check does it: lower case, punctuation and arrows dropped.
GENERIC_LINK_TEXTS = [
    "hier",
    "hier klicken",
    "klicken sie hier",
    "klick hier",
    "bitte hier klicken",
    "mehr",
    "mehr erfahren",
    "mehr lesen",
    "mehr infos",
    "mehr informationen",
    "weiter",
    "weiterlesen",
    "weitere informationen",
    "zum artikel",
    "details",
    "link",
    "dieser link",
    "diesen link",
    "click here",
    "here",
    "read more",
    "more",
]

# Wagtail's own pattern (file extensions, underscores) plus names that cameras, phones and
# screenshot tools give files: "IMG 2041", "DSC01234", "Bildschirmfoto 2026-03-01".
ALT_TEXT_PATTERN = (
    r"\.(avif|gif|heic|jpe?g|png|svg|tiff?|webp)$|_"
    r"|^(img|dsc|dscn|dcim|pxl|pict|photo|foto|bild|image|screenshot|bildschirmfoto"
    r"|whatsapp image)[\s-]*\d"
)

ALL_CAPS_MIN_WORDS = 4
ALL_CAPS_UPPERCASE_SHARE = 0.8


class EditorChecksItem(ContentCheckerItem):
    # The header, menu and footer come from templates; editors can only fix the main content.
    axe_include = ["main"]

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "link-text-specific",
        "alt-text-file-name",
        "text-not-all-caps",
    ]

    axe_custom_rules = [
        *ContentCheckerItem.axe_custom_rules,
        {
            "id": "link-text-specific",
            "impact": "serious",
            "selector": "a[href]",
            "tags": ["wcag2a", "wcag244"],
            "any": ["integrationsnetz-link-text-specific"],
            "enabled": True,
        },
        {
            "id": "alt-text-file-name",
            "impact": "serious",
            "selector": "img[alt]:not([alt=''])",
            "tags": ["wcag2a", "wcag111"],
            "any": ["integrationsnetz-alt-not-file-name"],
            "enabled": True,
        },
        {
            "id": "text-not-all-caps",
            "impact": "moderate",
            "selector": "h1, h2, h3, h4, h5, h6, p, li, dd, td, th, figcaption, blockquote",
            "tags": ["best-practice"],
            "any": ["integrationsnetz-not-all-caps"],
            "enabled": True,
        },
    ]

    axe_custom_checks = [
        *(
            check
            for check in ContentCheckerItem.axe_custom_checks
            if check["id"] != "check-image-alt-text"
        ),
        {"id": "check-image-alt-text", "options": {"pattern": ALT_TEXT_PATTERN}},
        {"id": "integrationsnetz-link-text-specific", "options": {"texts": GENERIC_LINK_TEXTS}},
        {"id": "integrationsnetz-alt-not-file-name"},
        {
            "id": "integrationsnetz-not-all-caps",
            "options": {
                "minWords": ALL_CAPS_MIN_WORDS,
                "maxUppercaseShare": ALL_CAPS_UPPERCASE_SHARE,
            },
        },
    ]

    axe_messages = {
        "button-name": {
            "error_name": _("Schaltfläche ohne Text"),
            "help_text": _("Geben Sie der Schaltfläche einen Text, den ein Screenreader vorliest."),
        },
        "empty-heading": {
            "error_name": _("Leere Überschrift"),
            "help_text": _("Schreiben Sie einen Text in die Überschrift oder löschen Sie sie."),
        },
        "empty-table-header": {
            "error_name": _("Leere Tabellenüberschrift"),
            "help_text": _("Jede Spalten- oder Zeilenüberschrift braucht einen Text."),
        },
        "frame-title": {
            "error_name": _("Eingebetteter Inhalt ohne Titel"),
            "help_text": _("Geben Sie dem eingebetteten Inhalt einen beschreibenden Titel."),
        },
        "heading-order": {
            "error_name": _("Überschriften-Ebene übersprungen"),
            "help_text": _(
                "Auf eine Überschrift der Ebene 2 folgt eine der Ebene 2 oder 3, nicht 4. "
                "Wählen Sie die Ebene nach der Gliederung, nicht nach der Schriftgröße."
            ),
        },
        "input-button-name": {
            "error_name": _("Schaltfläche ohne Text"),
            "help_text": _("Geben Sie der Schaltfläche einen Text, den ein Screenreader vorliest."),
        },
        "link-name": {
            "error_name": _("Link ohne Text"),
            "help_text": _("Ein Link braucht einen Text, der sagt, wohin er führt."),
        },
        "link-text-specific": {
            "error_name": _("Nichtssagender Linktext"),
            "help_text": _(
                "Texte wie „hier“, „mehr“ oder „weiter“ sagen nicht, wohin der Link führt. "
                "Schreiben Sie das Ziel in den Link, z. B. „Anmeldung zum Sprachcafé“."
            ),
        },
        "p-as-heading": {
            "error_name": _("Fetter Absatz statt Überschrift"),
            "help_text": _(
                "Nutzen Sie für Zwischenüberschriften die Überschriften-Formate (H2, H3), "
                "nicht fett gesetzten Text."
            ),
        },
        "alt-text-quality": {
            "error_name": _("Alternativtext sieht aus wie ein Dateiname"),
            "help_text": _(
                "Beschreiben Sie in Worten, was auf dem Bild zu sehen ist, z. B. "
                "„Frauen beim Sprachcafé im Begegnungsraum“, nicht „IMG_2041.jpg“."
            ),
        },
        "alt-text-file-name": {
            "error_name": _("Alternativtext ist der Dateiname"),
            "help_text": _(
                "Der Alternativtext wiederholt den Dateinamen des Bildes. Beschreiben Sie, "
                "was auf dem Bild zu sehen ist, oder markieren Sie das Bild als dekorativ."
            ),
        },
        "text-not-all-caps": {
            "error_name": _("Text in Großbuchstaben"),
            "help_text": _(
                "Längere Texte in GROSSBUCHSTABEN sind schwer zu lesen, und Screenreader "
                "buchstabieren sie manchmal. Schreiben Sie normal und heben Sie Wichtiges "
                "mit Fettdruck hervor."
            ),
        },
        "empty-meta-description": {
            "error_name": _("Beschreibung für Suchmaschinen ist leer"),
            "help_text": _(
                "Beschreiben Sie die Seite für Suchmaschinen in ein, zwei Sätzen (Feld "
                "„Suchbeschreibung“ oder der Einleitungstext)."
            ),
        },
    }

    @property
    def media(self):
        return Media(js=[static("js/editor-checks.js")])


def use_editor_checks(items):
    """Swap Wagtail's content checker in a user bar's items for ours."""
    items[:] = [
        EditorChecksItem(in_editor=item.in_editor) if isinstance(item, ContentCheckerItem) else item
        for item in items
    ]
