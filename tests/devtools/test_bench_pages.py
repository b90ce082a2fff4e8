"""`bench_pages --centres` measures centres filled by the same generators as `bench_data`."""

from wagtail.models import Site

import pytest

from contacts.models import Contact
from devtools.generators import GENERATORS
from devtools.management.commands.bench_pages import centre_paths, make_centre
from events.models import EventPage
from news.models import NewsArticlePage

SMALL = {"articles": 6, "events": 4, "contacts": 3}


@pytest.fixture
def centres(home):
    return make_centre(1, SMALL), make_centre(2, SMALL)


def test_each_centre_gets_its_own_content_from_the_generators(centres):
    for centre in centres:
        assert NewsArticlePage.objects.descendant_of(centre.home).count() == 6
        assert EventPage.objects.descendant_of(centre.home).count() == 4
        assert Contact.objects.filter(site=centre.site).count() == 3
    assert Site.objects.filter(hostname__startswith="bench-").count() == 2
    # Run again: the generators find what they made and make nothing.
    site = centres[0].site
    made = {
        generator.OPTION: generator.generate(site, SMALL[generator.OPTION])
        for generator in GENERATORS
    }
    assert made == {"articles": 0, "events": 0, "contacts": 0}


def test_every_path_measured_on_a_centre_answers(centres, client):
    first, second = centres
    for path in centre_paths(SMALL):
        response = client.get(path, HTTP_HOST=first.site.hostname)
        assert response.status_code == 200, path
    # A centre's directory shows its own contacts (their addresses name the site), no other's.
    directory = client.get("/ansprechpartner/", HTTP_HOST=first.site.hostname).content.decode()
    assert f"-beispiel-{first.site.pk}-1@example.org" in directory
    assert f"-beispiel-{second.site.pk}-" not in directory
