"""A changed contact, topic or language makes the pages that show it stale (caching.py).

The home pages link the contacts who speak the visitor's language ("Hilfe finden") once
someone on the site speaks it: a contact or language changes that."""

from django.urls import reverse

from integrationsnetz import caching
from integrationsnetz.models import HomePage
from integrationsnetz.signals import when_changed

from .models import Contact, ContactIndexPage, Language, Topic


def directories_and_home_pages():
    return [*ContactIndexPage.objects.live(), *HomePage.objects.live()]


@when_changed(Contact)
def purge_contact(sender, instance, **kwargs):
    vcard = reverse("contacts:vcard", kwargs={"slug": instance.slug}) if instance.slug else None
    caching.snippet_changed(
        instance, index_pages=directories_and_home_pages(), paths=[vcard] if vcard else []
    )


@when_changed(Topic, Language)
def purge_topic_or_language(sender, instance, **kwargs):
    # The directory's filter and cards show them.
    caching.snippet_changed(instance, index_pages=directories_and_home_pages())
