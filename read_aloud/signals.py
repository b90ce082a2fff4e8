"""A published page gets its audio document made in the background; an unpublished or deleted
page loses it at once (read_aloud/audio.py). Other models with a read-aloud control (offers)
connect `queue_audio` and `remove_audio_of` to their own signals (offers/signals.py)."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from integrationsnetz import caching

from .audio import audio_changed, espeak, remove_audio
from .models import owner_type
from .tasks import make_audio_file


def queue_audio(sender, instance, **kwargs):
    """Make the audio file of the published `instance` in the background, once committed."""
    if espeak() is not None:
        label = owner_type(instance).natural_key()
        transaction.on_commit(partial(make_audio_file.enqueue, ".".join(label), instance.pk))


def remove_audio_of(sender, instance, **kwargs):
    remove_audio(instance)


page_published.connect(queue_audio, dispatch_uid="read_aloud_page_published")
page_unpublished.connect(remove_audio_of, dispatch_uid="read_aloud_page_unpublished")


@receiver(post_delete)
def remove_audio_when_deleted(sender, instance, **kwargs):
    # Once per page (Django sends post_delete for each table of a page's class).
    if isinstance(instance, Page) and sender is type(instance):
        remove_audio(instance)


@receiver(audio_changed)
def purge_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        caching.page_changed(instance)
