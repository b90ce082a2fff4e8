"""A changed contact, topic or language purges the pages that show it from the page cache."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse

from integrationsnetz import page_cache

from .models import Contact, ContactIndexPage, Language, Topic


@receiver(post_save, sender=Contact)
@receiver(post_delete, sender=Contact)
def purge_contact(sender, instance, **kwargs):
    vcard = reverse("contacts:vcard", kwargs={"slug": instance.slug}) if instance.slug else None
    page_cache.purge_object(
        instance,
        index_pages=ContactIndexPage.objects.live(),
        extra_paths=[vcard] if vcard else [],
    )


@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
def purge_topic(sender, instance, **kwargs):
    page_cache.purge_object(instance, index_pages=ContactIndexPage.objects.live())


@receiver(post_save, sender=Language)
@receiver(post_delete, sender=Language)
def purge_language(sender, instance, **kwargs):
    # The directory's filter and cards show the languages (kept in the fragment cache).
    page_cache.purge_object(instance, index_pages=ContactIndexPage.objects.live())
