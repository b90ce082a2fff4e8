from wagtail.models import Page

from django_tasks import task

from integrationsnetz import caching

from .audio import make_audio, remove_audio


@task(backend="background")
def make_page_audio(page_id):
    """Make (or replace) the audio file of a published page; remove it if the page is gone."""
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None:
        remove_audio(page_id)
        return False
    made = make_audio(page.specific)
    if made:
        # The page offers the file from now on: kept copies of it must go.
        caching.page_changed(page)
    return made
