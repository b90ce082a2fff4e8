"""Alt text rules shared by image blocks and the lead images of news and events."""

from django.utils.translation import gettext_lazy as _

MISSING_ALT_TEXT = _(
    "Bitte geben Sie einen Alternativtext ein: Das gewählte Bild hat in der Bildverwaltung keinen."
)


def alt_text(image, override=""):
    """The alt text for one use of an image: the editor's override, else the image's own."""
    if image is None:
        return ""
    return override or image.description


def lacks_alt_text(image, override=""):
    """True when an image is chosen but neither the use nor the image library describes it."""
    return image is not None and not alt_text(image, override)


def image_alt_text(image):
    """The alt text of an image chosen through Wagtail's ImageBlock: the text given for this
    use, else the image's own description (for content stored before the block asked for one)."""
    if image is None:
        return ""
    return alt_text(image, getattr(image, "contextual_alt_text", "") or "")
