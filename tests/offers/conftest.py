import pytest

from ..factories import OfferIndexPageFactory


@pytest.fixture
def directory(home):
    return OfferIndexPageFactory(parent=home)


def published(offer):
    """Offers are snippets with drafts: what the public sees is the published version."""
    offer.save_revision().publish()
    offer.refresh_from_db()
    return offer
