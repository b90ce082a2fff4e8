"""Which Wagtail document is the audio file of which page or offer (read_aloud/audio.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model_string
from wagtail.models import Page


def owner_type(obj):
    """The content type a recording is filed under: every page under Page's (a page's specific
    class does not matter), other models under their own (an offer under Offer's)."""
    model = Page if isinstance(obj, Page) else type(obj)
    return ContentType.objects.get_for_model(model)


class RecordingQuerySet(models.QuerySet):
    def of(self, obj):
        return self.filter(content_type=owner_type(obj), object_id=obj.pk)


class Recording(models.Model):
    """The audio file of a page or an offer read aloud: one Wagtail document per object,
    replaced on each publication, deleted with the object's publication."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    document = models.OneToOneField(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="read_aloud_recording",
        verbose_name=_("Dokument"),
    )

    objects = RecordingQuerySet.as_manager()

    class Meta:
        verbose_name = _("Audiodatei zum Vorlesen")
        verbose_name_plural = _("Audiodateien zum Vorlesen")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="read_aloud_recording_owner"
            )
        ]

    def __str__(self):
        return self.document.title

    def owner_is_public(self):
        """Whether the page or offer the file reads is live (a page: also without a view
        restriction); only then may visitors download the file."""
        model = self.content_type.model_class()
        if model is None:
            return False
        if issubclass(model, Page):
            return Page.objects.live().public().filter(pk=self.object_id).exists()
        return model.objects.filter(pk=self.object_id, live=True).exists()
