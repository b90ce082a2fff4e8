"""Demo content of the roles app: the demo's drawings (logo, pictograms, illustrations, the
sign-language clip) serve every centre, so they go to the shared collection "Gemeinsam", where
each centre's editors may choose them (nobody but superusers chooses from the root). Runs after
the content apps' loaders (INSTALLED_APPS order)."""

from django.apps import apps

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from .roles import shared_collection


def load(report):
    root, shared = Collection.get_first_root_node(), shared_collection(apps)
    for model in (get_image_model(), get_document_model()):
        model.objects.filter(collection=root).update(collection=shared)
