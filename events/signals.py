"""A changed event category purges the calendars and events that show it from the page cache."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from integrationsnetz import page_cache

from .models import EventCategory, EventIndexPage


@receiver(post_save, sender=EventCategory)
@receiver(post_delete, sender=EventCategory)
def purge_category(sender, instance, **kwargs):
    page_cache.purge_object(instance, index_pages=EventIndexPage.objects.live())
