"""The "Barriere melden" form: a visitor reports a barrier (feedback mechanism, § 4 HVBIT).

Spam protection needs no third party: a honeypot field, a minimum fill time (a signed time
stamp in the form, good for one report) and rate limits (see reports.py). A rejected
submission shows the form again with everything the visitor typed, so a real report is never
lost.
"""

import hashlib
import re
import secrets
import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .models import BarrierReport
from .paths import referring_path

MIN_FILL_SECONDS = 3
MAX_FILL_SECONDS = 24 * 60 * 60
DESCRIPTION_MAX_LENGTH = 5000
_TOKEN_SALT = "accessibility.barrier-report.started"  # noqa: S105 - a signing salt, not a secret


# Line breaks and other control characters: a one-line value never starts a line of its own
# in the office's e-mail (a fake "Bcc:" line in the name).
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def fill_token(at=None):
    """A signed time stamp of when the form was shown, with a random part: one per form."""
    shown_at = int(at if at is not None else time.time())
    return signing.dumps([shown_at, secrets.token_urlsafe(9)], salt=_TOKEN_SALT)


def token_digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def _shown_at(token):
    try:
        shown_at, _nonce = signing.loads(token, salt=_TOKEN_SALT)
        return int(shown_at)
    except (signing.BadSignature, TypeError, ValueError):
        return None


def one_line(value):
    return _CONTROL.sub(" ", value).strip()


def renewed_fill_token(token):
    """The token to show again with a rejected form: the same while it is valid.

    So a visitor who was on the form long enough is never asked to wait again after
    correcting a field; an expired or forged token starts the clock anew.
    """
    shown_at = _shown_at(token or "")
    if shown_at is None or time.time() - shown_at > MAX_FILL_SECONDS:
        return fill_token()
    return token


USED_TOKEN_MESSAGE = _(
    "Diese Meldung haben wir schon erhalten, vielen Dank. Möchten Sie noch etwas melden? "
    "Dann senden Sie das Formular bitte noch einmal ab: Ihre Angaben sind erhalten."
)


class BarrierReportForm(forms.ModelForm):
    # Autofill and bots fill this; people never see it (hidden in the template).
    website = forms.CharField(label=_("Bitte dieses Feld leer lassen"), required=False)
    started = forms.CharField(required=False, widget=forms.HiddenInput)
    description = forms.CharField(
        label=_("Was ist Ihnen aufgefallen?"),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_(
            "Beschreiben Sie, was nicht geklappt hat, und womit Sie die Seite genutzt "
            "haben, z. B. Handy, Bildschirmleser oder Vergrößerung."
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Bitte beschreiben Sie die Barriere."),
            "max_length": _(
                "Die Beschreibung ist zu lang: höchstens %(limit_value)d Zeichen "
                "(jetzt %(show_value)d)."
            ),
        },
    )

    class Meta:
        model = BarrierReport
        fields = ["page_url", "description", "name", "email", "wants_answer"]
        labels = {
            "page_url": _("Adresse der Seite"),
            "name": _("Ihr Name (freiwillig)"),
            "email": _("Ihre E-Mail-Adresse (freiwillig)"),
            "wants_answer": _("Ich möchte eine Antwort per E-Mail."),
        }
        help_texts = {
            "page_url": _(
                "Die Seite, auf der Sie die Barriere bemerkt haben. Wir haben sie für Sie "
                "eingetragen, wenn Sie über den Link „Barriere melden“ gekommen sind."
            ),
            "email": _("Nur nötig, wenn Sie eine Antwort möchten."),
        }
        widgets = {
            "page_url": forms.TextInput(attrs={"autocomplete": "off"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {
            "page_url": {
                "max_length": _(
                    "Die Adresse ist zu lang: höchstens %(limit_value)d Zeichen "
                    "(jetzt %(show_value)d)."
                ),
            },
            "email": {"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse ein.")},
        }

    def __init__(self, *args, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now
        for field in self.fields.values():
            field.error_messages["null_characters_not_allowed"] = _(
                "Bitte entfernen Sie die Steuerzeichen (Nullzeichen) aus Ihrer Eingabe."
            )

    def full_clean(self):
        super().full_clean()
        # Screen readers read a field's error and help with it (ids from form_field.html).
        for name, field in self.fields.items():
            if name in self.errors:
                bound = self[name]
                described = [f"{bound.auto_id}_error"]
                if field.help_text:
                    described.append(f"{bound.auto_id}_helptext")
                field.widget.attrs["aria-describedby"] = " ".join(described)

    def clean_name(self):
        return one_line(self.cleaned_data["name"])

    def clean_page_url(self):
        return one_line(self.cleaned_data["page_url"])

    @classmethod
    def for_request(cls, request):
        return cls(initial={"page_url": referring_path(request)})

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("wants_answer") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error(
                "email",
                _("Für eine Antwort brauchen wir Ihre E-Mail-Adresse."),
            )
        if cleaned.get("website"):
            raise forms.ValidationError(
                _(
                    "Ihre Meldung konnte nicht angenommen werden. Bitte prüfen Sie Ihre "
                    "Angaben und senden Sie das Formular noch einmal."
                ),
                code="trap",
            )
        shown_at = _shown_at(cleaned.get("started") or "")
        now = self.now if self.now is not None else time.time()
        if shown_at is None or now - shown_at > MAX_FILL_SECONDS:
            raise forms.ValidationError(
                _(
                    "Das Formular war zu lange geöffnet oder ist unvollständig angekommen. "
                    "Bitte senden Sie es noch einmal ab: Ihre Angaben sind erhalten."
                ),
                code="expired",
            )
        if now - shown_at < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _(
                    "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie das "
                    "Formular noch einmal ab."
                ),
                code="too_fast",
            )
        digest = token_digest(cleaned["started"])
        if BarrierReport.objects.filter(fill_token_digest=digest).exists():
            raise forms.ValidationError(USED_TOKEN_MESSAGE, code="used")
        return cleaned
