"""A changed glossary term makes every site stale (caching.py): marked words on any page, the
A–Z page and the search show it."""

from integrationsnetz import caching
from integrationsnetz.signals import when_changed

from .models import GlossaryTerm


@when_changed(GlossaryTerm)
def purge_term(sender, **kwargs):
    caching.all_sites_changed()
