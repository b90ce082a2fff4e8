"""Choices of the offers' fields that the HSDS export (hsds.py) maps as well: apart from the
models, so that the export, which the directory page serves, needs no models module."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfferStatus(models.TextChoices):
    ACTIVE = "aktiv", _("Aktiv")
    TEMPORARILY_CLOSED = "voruebergehend-geschlossen", _("Vorübergehend geschlossen")
    ENDED = "beendet", _("Beendet")
