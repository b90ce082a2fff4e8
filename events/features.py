"""The accessibility features of a venue as visitors read them, in their language (the
catalogues leave models.py out: its labels are the editors' German field names)."""

from django.utils.translation import gettext_lazy as _

# The venue's accessibility fields of EventPage, in the order the page lists them.
ACCESSIBILITY_FIELDS = (
    "step_free",
    "accessible_toilet",
    "induction_loop",
    "sign_language",
    "easy_language",
)

PUBLIC_LABELS = {
    "step_free": _("Stufenlos erreichbar"),
    "accessible_toilet": _("Barrierefreies WC"),
    "induction_loop": _("Induktionsschleife"),
    "sign_language": _("Gebärdensprachdolmetschung"),
    "easy_language": _("Leichte Sprache"),
}
