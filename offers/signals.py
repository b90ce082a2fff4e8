"""A changed offer, provider, place, topic or target group makes every site stale (caching.py).

Offers are shown on the directory's own routes (/angebote/<slug>/), on the home page's
"Hilfe finden" and in the search, and may be shared by all centres: a change purges the
sites as a whole, which is rare enough to be cheap.
"""

from integrationsnetz import caching
from integrationsnetz.signals import when_changed

from .models import Offer, OfferTopic, Organisation, Place, TargetGroup


@when_changed(Offer, Organisation, Place, OfferTopic, TargetGroup)
def purge_offers(sender, **kwargs):
    caching.all_sites_changed()
