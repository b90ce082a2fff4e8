import pytest

from ..factories import EventIndexPageFactory


@pytest.fixture
def calendar_page(home):
    return EventIndexPageFactory(parent=home)
