"""A published or withdrawn guide changes the step box ("Teil von …") on every page it links
to: its whole site is purged (caching.py)."""

from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from integrationsnetz import caching

from .models import GuidePage


@receiver(page_published, sender=GuidePage)
@receiver(page_unpublished, sender=GuidePage)
def purge_guide_site(sender, instance, **kwargs):
    caching.site_changed(instance.get_site())
