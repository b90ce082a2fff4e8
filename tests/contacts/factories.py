"""Contact factories with languages and topics; the plain ones live in tests/factories.py."""

import factory
import wagtail_factories

from contacts.models import ContactIndexPage

from .. import factories as base


class ContactFactory(base.ContactFactory):
    """A contact; pass languages=[...] and topics=[...] to set its relations."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)
            self.save()

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()


class ContactIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ansprechpartner*innen"
    slug = "ansprechpartner"
    intro = "Hier finden Sie die passende Ansprechperson."

    class Meta:
        model = ContactIndexPage


def stefanie(**kwargs):
    """The contact with umlauts that most tests use."""
    defaults = {
        "name": "Stefanie Vöckler",
        "slug": "stefanie-voeckler",
        "role": "WIR-Koordinatorin",
        "unit": "Fachbereich Jugend, Familie, Senioren und Soziales",
        "phone": "+49 5651 302-30305",
        "email": "stefanie.voeckler@werra-meissner-kreis.de",
    }
    return ContactFactory(**{**defaults, **kwargs})
