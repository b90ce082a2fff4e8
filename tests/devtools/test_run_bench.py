"""What `make bench` measures of the search (run_bench): the database time of one search per
typical word, and the distinct queries its clients send. The timings themselves are only
meaningful in `make bench` on PostgreSQL; here the measuring is checked."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest

from devtools.management.commands.run_bench import (
    SEARCH_PATH,
    SEARCH_WORDS,
    Command,
    distinct_search_paths,
)
from integrationsnetz import views

from ..factories import StandardPageFactory


def test_the_search_clients_send_thousands_of_distinct_real_queries():
    paths = distinct_search_paths(3000)
    assert len(set(paths)) == 3000
    queries = [parse_qs(urlsplit(path).query)["q"][0] for path in paths]
    assert all(urlsplit(path).path == SEARCH_PATH for path in paths)
    assert "Sprachkurs" in queries and "Eschwege Sprachkurs" in queries
    assert all(len(query) >= 4 for query in queries)


@pytest.mark.django_db
def test_the_database_time_of_each_search_word_is_measured_on_fresh_searches(home, monkeypatch):
    StandardPageFactory(parent=home, title="Sprachkurs am Abend")
    searches = []
    real = views.tolerant_search

    def counted(request, query):
        searches.append(query)
        return real(request, query)

    monkeypatch.setattr(views, "tolerant_search", counted)
    command = Command()
    command.options = {"search_repeats": 3}
    command.errors = []
    command.started = time.monotonic()

    rows = command.measure_search_database()

    assert command.errors == []
    assert [row["word"] for row in rows] == SEARCH_WORDS
    assert all(row["ms"] > 0 and row["queries"] >= 2 for row in rows)
    # A warm-up and three measured searches per word, none of them a kept result.
    assert searches == [word for word in SEARCH_WORDS for _ in range(4)]
