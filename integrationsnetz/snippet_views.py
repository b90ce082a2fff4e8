"""The admin of the snippets that belong to a WIR centre (contact persons, offers, providers,
places): listings, choosers and the views of one entry keep to the editor's centres and the
shared entries (integrationsnetz.snippet_permissions); an entry submitted for approval goes into
its centre's workflow (integrationsnetz.snippets.CentreWorkflowMixin)."""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import URLPattern
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import CopyView, CreateView, EditView, SnippetViewSet

from .snippet_permissions import SitePermissionPolicy, entries_for_user, user_may_edit, user_may_see


def register_site_permission_policy(*models):
    """Before any view asks for it: every admin view and bulk action checks entries by site."""
    for model in models:
        register_permission_policy(model, SitePermissionPolicy(model))


def site_label(entry):
    if not entry.site_id:
        return _("Alle Websites (geteilt)")
    return entry.site.site_name or entry.site.hostname


class ScopedChooserMixin:
    def get_object_list(self):
        return entries_for_user(self.request.user, super().get_object_list().select_related("site"))

    @property
    def columns(self):
        # Whose entry it is: the centre's own, or shared by all centres.
        return [*super().columns, Column("site", label=_("Zentrum"), accessor=site_label)]


class ScopedChooseView(ScopedChooserMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserMixin, ChooseResultsView):
    pass


class ScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        entry = super().get_object(pk)
        if not user_may_see(self.request.user, entry):
            raise self.model_class.DoesNotExist
        return entry


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return entries_for_user(self.request.user, super().get_objects(pks))


class ScopedChooserViewSet(SnippetChooserViewSet):
    """The chooser offers an editor their own centres' entries and the shared ones."""

    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


def scoped_to_site(model, view):
    """Every admin view of one entry (edit, delete, publish, lock, history, workflow …) answers
    only for an entry of the editor's centres: another centre's does not exist for them (404),
    a shared one may only be changed by editors of all sites (403)."""

    @wraps(view)
    def scoped_view(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            entry = model.objects.filter(pk=unquote(str(pk))).only("pk", "site").first()
            if entry is not None and not user_may_edit(request.user, entry):
                if entry.site_id is None:
                    raise PermissionDenied
                raise Http404
        return view(request, *args, **kwargs)

    return scoped_view


class SubmitToTheCentresWorkflowMixin:
    """ "Zur Freigabe einreichen" starts the workflow of the entry as it was saved.

    Wagtail picks the workflow when the view starts: for a new entry the model's (its centre is
    not chosen yet), for an existing one that of its centre before the form changed it. The
    saved entry's centre decides instead, so a new entry of centre B is reviewed by
    "Freigabe B" only.
    """

    def submit_action(self):
        # `workflow` is a cached property of the view: forget the value from before saving.
        vars(self).pop("workflow", None)
        if self.workflow is None:
            # The entry's centre has no workflow: it stays a draft.
            return None
        return super().submit_action()


class SiteScopedCreateView(SubmitToTheCentresWorkflowMixin, CreateView):
    pass


class SiteScopedCopyView(SubmitToTheCentresWorkflowMixin, CopyView):
    pass


class SiteScopedEditView(SubmitToTheCentresWorkflowMixin, EditView):
    pass


class SiteScopedViewSet(SnippetViewSet):
    """A snippet of a centre: listed, chosen and edited by the rules above. Its model needs
    `register_site_permission_policy` as well, so that bulk actions check entries by site, and
    `CentreWorkflowMixin`, so that each centre approves its own entries."""

    chooser_viewset_class = ScopedChooserViewSet
    add_view_class = SiteScopedCreateView
    copy_view_class = SiteScopedCopyView
    edit_view_class = SiteScopedEditView
    site_column = Column("site", label=gettext_lazy("Website"), accessor=site_label)

    def get_queryset(self, request):
        return entries_for_user(request.user, self.model.objects.select_related("site"))

    def get_urlpatterns(self):
        return [
            URLPattern(
                pattern.pattern,
                scoped_to_site(self.model, pattern.callback),
                pattern.default_args,
                pattern.name,
            )
            for pattern in super().get_urlpatterns()
        ]
