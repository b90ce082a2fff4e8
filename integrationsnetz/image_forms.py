"""The image library's form. Its own module: Wagtail's image forms can only be imported once all
models are loaded, while integrationsnetz.forms is imported by the models themselves."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    """The image library's form (WAGTAILIMAGES_IMAGE_FORM_BASE): the description is the alt text,
    and an image needs one unless the editor marks it as decorative.

    With the description required, Wagtail's multiple upload keeps a file as a pending upload
    until the editor has described it, so no image without alt text enters the library.
    """

    decorative = forms.BooleanField(
        label=_("Nur schmückend"),
        required=False,
        help_text=_(
            "Ankreuzen, wenn das Bild nichts zeigt, was man zum Verstehen braucht, z. B. ein "
            "Muster oder eine Linie. Es bekommt dann keinen Alternativtext."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            description = self.fields["description"]
            description.label = _("Alternativtext")
            description.help_text = _(
                "Alternativtext: was auf dem Bild zu sehen ist, in ein, zwei Sätzen, für "
                "Menschen, die es nicht sehen können, z. B. „Zwei Frauen unterschreiben am "
                "Tisch einen Bescheid“. Nicht der Dateiname und nicht „Bild von …“."
            )

    def clean(self):
        cleaned_data = super().clean()
        if (
            "description" in self.fields
            and not (cleaned_data.get("description") or "").strip()
            and not cleaned_data.get("decorative")
        ):
            self.add_error(
                "description",
                _(
                    "Bitte beschreiben Sie, was auf dem Bild zu sehen ist (Alternativtext), "
                    "oder kreuzen Sie „Nur schmückend“ an."
                ),
            )
        return cleaned_data
