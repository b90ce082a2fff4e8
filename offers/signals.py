"""A changed offer, provider, place, topic or target group makes every site stale (caching.py).

Offers are shown on the directory's own routes (/angebote/<slug>/), on the home page's
"Hilfe finden" and in the search, and may be shared by all centres: a change purges the
sites as a whole, which is rare enough to be cheap.

A published offer gets its audio file read aloud in the background as pages do
(read_aloud/signals.py); unpublishing or deleting it removes the file, and a new file purges
the offer's pages.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.models import Site
from wagtail.signals import published, unpublished

from integrationsnetz import caching
from integrationsnetz.signals import when_changed
from read_aloud.audio import audio_changed
from read_aloud.signals import queue_audio, remove_audio_of

from .models import Offer, OfferTopic, Organisation, Place, TargetGroup


@when_changed(Offer, Organisation, Place, OfferTopic, TargetGroup)
def purge_offers(sender, **kwargs):
    caching.all_sites_changed()


published.connect(queue_audio, sender=Offer, dispatch_uid="offers_audio_published")
unpublished.connect(remove_audio_of, sender=Offer, dispatch_uid="offers_audio_unpublished")
post_delete.connect(remove_audio_of, sender=Offer, dispatch_uid="offers_audio_deleted")


@receiver(audio_changed)
def purge_offer_pages(sender, instance, **kwargs):
    """The offer's page on each site that shows it (every site for a shared offer)."""
    if not isinstance(instance, Offer):
        return
    purge = caching.Purge()
    for site in [instance.site] if instance.site_id else Site.objects.all():
        directory = instance.directory(site)
        parts = directory.get_url_parts() if directory is not None else None
        if parts is not None:
            _site_id, _root_url, path = parts
            purge.path(site, f"{path}{instance.slug}/")
    purge.schedule()
