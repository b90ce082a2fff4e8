from wagtail import hooks

from .models import Recording


@hooks.register("is_public_document")
def audio_of_a_live_page(document):
    """The audio file of a page or offer is public while the page or offer is live (a page:
    without view restriction); an unpublished one has lost its file already (signals.py)."""
    recording = Recording.objects.filter(document=document).first()
    return recording is not None and recording.owner_is_public()
