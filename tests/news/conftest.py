import pytest

from ..factories import NewsIndexPageFactory


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)
