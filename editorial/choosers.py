"""The image and document choosers name the centre each image or document belongs to.

An editor of one centre chooses from the collection of the centre and from the shared one,
"Gemeinsam" (Wagtail's collection permissions, set by `editorial.roles`); the choosers list
nothing else. Their column "Zentrum" says whose each one is: the name of its top-level
collection (a centre's collection bears the centre's name, `add_centre`), or "Alle Websites
(geteilt)" for the shared one, as the contact and offer choosers say it. The image chooser
opens as a list, where the column is; the grid stays one click away.

Wagtail builds both choosers from viewsets of its own; `wagtail_hooks.py` gives them the view
classes below through the viewsets' `choose_view_class` and `choose_results_view_class`
before the admin's URLs are made.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from wagtail.admin.ui.tables import Column
from wagtail.documents.views.chooser import DocumentChooseResultsView, DocumentChooseView
from wagtail.images.views.chooser import ImageChooseResultsView, ImageChooseView
from wagtail.models import Collection

from .roles import SHARED_COLLECTION

TOP_LEVEL = 2


def top_level_path(collection):
    return collection.path[: Collection.steplen * TOP_LEVEL]


def centre_names():
    """{path of a top-level collection: the centre it stands for}, in one query."""
    return {
        collection.path: _("Alle Websites (geteilt)")
        if collection.name == SHARED_COLLECTION
        else collection.name
        for collection in Collection.objects.filter(depth=TOP_LEVEL)
    }


def with_centre_column(columns):
    """`columns` with "Zentrum" after the title, in place of Wagtail's "Sammlung"."""
    if not columns:
        return columns
    names = centre_names()
    centre = Column(
        "centre",
        label=_("Zentrum"),
        accessor=lambda obj: names.get(top_level_path(obj.collection), ""),
    )
    kept = [column for column in columns if column.name != "collection"]
    after_title = next(
        (position + 1 for position, column in enumerate(kept) if column.name == "title"), 0
    )
    return [*kept[:after_title], centre, *kept[after_title:]]


class CentreImageColumnMixin:
    @cached_property
    def layout(self):
        return self.request.GET.get("layout", "list")

    @cached_property
    def columns(self):
        return with_centre_column(super().columns)


class CentreImageChooseView(CentreImageColumnMixin, ImageChooseView):
    pass


class CentreImageChooseResultsView(CentreImageColumnMixin, ImageChooseResultsView):
    pass


class CentreDocumentColumnMixin:
    def get_object_list(self):
        return super().get_object_list().select_related("collection")

    @property
    def columns(self):
        return with_centre_column(super().columns)


class CentreDocumentChooseView(CentreDocumentColumnMixin, DocumentChooseView):
    pass


class CentreDocumentChooseResultsView(CentreDocumentColumnMixin, DocumentChooseResultsView):
    pass
