"""A published page gets its audio file made in the background; an unpublished or deleted
page loses it at once (read_aloud/audio.py)."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .audio import espeak, remove_audio
from .tasks import make_page_audio


@receiver(page_published)
def queue_audio(sender, instance, **kwargs):
    if espeak() is not None:
        transaction.on_commit(partial(make_page_audio.enqueue, instance.pk))


@receiver(page_unpublished)
def remove_audio_when_unpublished(sender, instance, **kwargs):
    remove_audio(instance.pk)


@receiver(post_delete)
def remove_audio_when_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        remove_audio(instance.pk)
