"""Wagtail's reports "Workflows", "Workflow tasks" and "Site history" ("Freigabeabläufe",
"Freigabeablauf-Aufgaben", "Webseitenverlauf") kept to the editor's centre.

Wagtail lists the snippets in these reports by model: whoever may change contacts sees every
contact's workflow and history, with its name, the other centres' included. Its page rows are
scoped already (page permissions), and Wagtail offers no hook or filter for the snippet rows;
nor do these reports ask the snippet models' permission policies per entry. So the three
report views are subclassed here: a row of a centre's snippet (contact person, offer,
provider, place: the models with `SitePermissionPolicy`, integrationsnetz.snippet_permissions)
stays in the report only for an entry of the editor's centres or a shared one, the rule of the
snippet listings (`entries_for_user`). The spreadsheet exports (CSV, XLSX) are made by the same
views from the same rows. Pages and the other snippets (glossary) are as Wagtail shows them.

`integrationsnetz/urls.py` mounts `report_urlpatterns` at /admin/reports/, before Wagtail's
admin URLs, with the paths of Wagtail's three reports: the first pattern matching an address
answers it, so every link to these reports (menu, dashboard, "Nach Aufgabe"/"Nach Workflow",
made by `reverse` with Wagtail's names) opens the views below. Wagtail's other reports are
untouched.

A log entry of a deleted entry cannot be placed in a centre any more; it is left out for
editors of single centres.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import URLPattern
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import reports as wagtail_report_urls
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
)
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksView,
    WorkflowView,
)
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models
from wagtail.utils.urlpatterns import decorate_urlpatterns

import django_filters

from .site_permissions import edits_all_sites
from .snippet_permissions import SitePermissionPolicy, entries_for_user


def centre_snippet_models():
    """The snippet models whose entries belong to a centre (or are shared)."""
    return [
        model
        for model in get_snippet_models()
        if isinstance(policy_registry.get_by_type(model), SitePermissionPolicy)
    ]


def visible_to(user, prefix=""):
    """A Q for rows that name an object by `content_type` and `object_id` (workflow states,
    log entries; `prefix` to reach them): the rows of a centre's snippet only for an entry the
    user may see; all other rows as they are."""
    if edits_all_sites(user):
        return Q()
    models = centre_snippet_models()
    content_types = ContentType.objects.get_for_models(*models)
    other_objects = ~Q(**{f"{prefix}content_type__in": list(content_types.values())})
    own_entries = [
        Q(
            **{
                f"{prefix}content_type": content_types[model],
                # Generic relations keep the primary key as text (Wagtail casts the same way).
                f"{prefix}object_id__in": entries_for_user(user, model.objects.all()).values_list(
                    Cast("pk", output_field=CharField()), flat=True
                ),
            }
        )
        for model in models
    ]
    visible = other_objects
    for entries in own_entries:
        visible |= entries
    return visible


def requested_by_in_own_report(request):
    """The choices of the filter "Angefordert von": who asked for the workflows the user sees
    (Wagtail offers everyone who ever started one, the other centres' editors too)."""
    states = CentreWorkflowView(request=request).get_queryset()
    User = get_user_model()
    return User.objects.filter(pk__in=states.values("requested_by")).order_by(User.USERNAME_FIELD)


class CentreWorkflowFilterSet(WorkflowReportFilterSet):
    requested_by = django_filters.ModelChoiceFilter(
        field_name="requested_by", queryset=requested_by_in_own_report
    )


class CentreWorkflowView(WorkflowView):
    filterset_class = CentreWorkflowFilterSet

    def get_queryset(self):
        return super().get_queryset().filter(visible_to(self.request.user))


class CentreWorkflowTasksView(WorkflowTasksView):
    def get_queryset(self):
        return super().get_queryset().filter(visible_to(self.request.user, "workflow_state__"))


def visible_log_entries(user, queryset):
    """`queryset` of log entries without the other centres' snippets. Page log entries name
    no snippets and are scoped by page permissions (`viewable_by_user`)."""
    if issubclass(queryset.model, ModelLogEntry):
        return queryset.filter(visible_to(user))
    return queryset


class CentreSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        """The filter "Benutzer" offers the people of the user's own report. (Wagtail offers
        everyone who has ever done something to any page, the other centres' editors too.)"""
        user = self.request.user
        user_ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            entries = log_model.objects.viewable_by_user(user)
            user_ids.update(visible_log_entries(user, entries).get_user_ids())
        User = get_user_model()
        return User.objects.filter(pk__in=user_ids).order_by(User.USERNAME_FIELD)


class CentreLogEntriesView(LogEntriesView):
    filterset_class = CentreSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        # Wagtail filters each log model's entries here before joining them (union).
        return visible_log_entries(self.request.user, super().filter_queryset(queryset))


CENTRE_VIEWS = {
    "workflow": CentreWorkflowView.as_view(),
    "workflow_results": CentreWorkflowView.as_view(results_only=True),
    "workflow_tasks": CentreWorkflowTasksView.as_view(),
    "workflow_tasks_results": CentreWorkflowTasksView.as_view(results_only=True),
    "site_history": CentreLogEntriesView.as_view(),
    "site_history_results": CentreLogEntriesView.as_view(results_only=True),
}


def report_urlpatterns():
    """Wagtail's URLs of the three reports (same paths), answered by the views above; behind
    the admin login and never cached, as Wagtail's admin views are. Unnamed: `reverse` keeps
    using Wagtail's names ("wagtailadmin_reports:workflow"), which give the same addresses."""
    found = {pattern.name for pattern in wagtail_report_urls.urlpatterns}
    if not set(CENTRE_VIEWS) <= found:
        # A Wagtail update renamed a report: without this the other centres' entries would show.
        raise ImproperlyConfigured(
            f"Wagtail's reports have no URLs named {sorted(set(CENTRE_VIEWS) - found)}."
        )
    patterns = [
        URLPattern(pattern.pattern, CENTRE_VIEWS[pattern.name], pattern.default_args)
        for pattern in wagtail_report_urls.urlpatterns
        if pattern.name in CENTRE_VIEWS
    ]
    return decorate_urlpatterns(decorate_urlpatterns(patterns, require_admin_access), never_cache)
