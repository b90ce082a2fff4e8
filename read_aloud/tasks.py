from django.apps import apps

from wagtail.models import Page

from django_tasks import task

from .audio import audio_changed, make_audio, remove_audio


def public_object(model, object_id):
    """The live object (a page: live, without view restriction, specific), or None."""
    if issubclass(model, Page):
        page = Page.objects.live().public().filter(pk=object_id).first()
        return page.specific if page is not None else None
    return model.objects.filter(pk=object_id, live=True).first()


@task(backend="background")
def make_audio_file(model_label, object_id):
    """Make (or replace) the audio document of a published page or offer; remove it if the
    object is gone, unpublished or restricted."""
    model = apps.get_model(model_label)
    obj = public_object(model, object_id)
    if obj is None:
        stub = model(pk=object_id)
        remove_audio(stub)
        return False
    made = make_audio(obj)
    if made:
        # The page offers the file from now on: kept copies of it must go.
        audio_changed.send(sender=type(obj), instance=obj)
    return made
