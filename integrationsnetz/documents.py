"""Which uploaded documents the public may download.

Wagtail serves a document to anyone who knows its address, as soon as it is uploaded; an
editor's PDF for a page still waiting for approval would be public before the page. Here a
document is served to visitors only when a live page links it (Wagtail's reference index knows
every link and chooser, in rich text and StreamFields); editors (admin access) always get it,
to preview. An app may name documents that belong to a live page in another way (the audio
file of a page or offer read aloud, read_aloud/wagtail_hooks.py) through the hook
"is_public_document" (a function of the document, True when visitors may have it). Documents
in a collection with a view restriction keep Wagtail's own check (it runs before this hook).
The files under MEDIA_ROOT/documents/ are not served directly (deploy/nginx,
integrationsnetz/urls.py), only through Wagtail's document view.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from wagtail import hooks
from wagtail.models import Page, ReferenceIndex


def linked_from_a_live_page(document):
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids]).exists()


def refuse_unpublished_documents(document, request):
    if request.user.has_perm("wagtailadmin.access_admin"):
        return None
    if not linked_from_a_live_page(document) and not any(
        is_public(document) for is_public in hooks.get_hooks("is_public_document")
    ):
        raise Http404
    return None
