"""Dashboard panels: "Warten auf Freigabe" for approvers, "Meine Entwürfe" for editors.

They replace Wagtail's two workflow panels ("Awaiting your review", "Your pages and snippets
in a workflow"): same purpose, German headings, and a fixed number of queries however much
content waits (Wagtail's review panel asks the database again for every row).
"""

import datetime

from django.contrib.admin.utils import quote
from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import GroupApprovalTask, Page, TaskState

from . import golive
from .site_permissions import sites_for_user

REPLACED_WAGTAIL_PANELS = {"workflow_objects_to_moderate", "user_objects_in_workflow_moderation"}
PANEL_ROWS = 20


def can_approve(user):
    return (
        user.is_superuser
        or GroupApprovalTask.objects.filter(active=True, groups__user=user).exists()
    )


def edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)])


def type_name(obj):
    model = obj.specific_class if isinstance(obj, Page) else type(obj)
    return model._meta.verbose_name


class AwaitingApprovalPanel(Component):
    """What the user's groups review: pages, contacts and offers of their own centres (each
    centre's workflow has a task of its own), and the glossary terms all centres share."""

    name = "awaiting_approval"
    template_name = "integrationsnetz/dashboard/awaiting_approval.html"
    order = 100

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        states = (
            TaskState.objects.reviewable_by(request.user)
            .select_related("task", "revision", "workflow_state__requested_by")
            .prefetch_related("revision__content_object")
            .order_by("-started_at")[:PANEL_ROWS]
        )
        rows = [
            {
                "title": state.revision.object_str,
                "type": type_name(state.revision.content_object),
                "url": edit_url(state.revision.content_object),
                "task": state.task.name,
                "requested_by": state.workflow_state.requested_by,
                "started_at": state.started_at,
            }
            for state in states
            # A revision whose object was deleted has nothing left to approve.
            if state.revision.content_object is not None
        ]
        return {"rows": rows, "heading": _("Warten auf Freigabe")}


class MyDraftsPanel(Component):
    name = "my_drafts"
    template_name = "integrationsnetz/dashboard/my_drafts.html"
    order = 110

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        pages = (
            Page.objects.filter(has_unpublished_changes=True)
            .filter(Q(owner=user) | Q(latest_revision__user=user))
            .prefetch_workflow_states()
            .order_by("-latest_revision_created_at", "-pk")[:PANEL_ROWS]
        )
        rows = [
            {
                "title": page.get_admin_display_title(),
                "type": type_name(page),
                "url": edit_url(page),
                "changed_at": page.latest_revision_created_at,
                "in_workflow": page.workflow_in_progress,
                "live": page.live,
            }
            for page in pages
        ]
        return {"rows": rows, "heading": _("Meine Entwürfe")}


SEARCH_TERMS_DAYS = 30
SEARCH_TERM_ROWS = 10


def can_promote(user):
    return user.has_perm("wagtailsearchpromotions.add_searchpromotion")


class SearchTermsPanel(Component):
    """The most frequent queries of the site search, with a link to promote a result."""

    name = "search_terms"
    template_name = "integrationsnetz/dashboard/search_terms.html"
    order = 120

    def get_context_data(self, parent_context):
        since = timezone.localdate() - datetime.timedelta(days=SEARCH_TERMS_DAYS)
        # Query.get_most_popular does the same but names its sum `_hits`, a private name.
        queries = (
            Query.objects.filter(daily_hits__date__gte=since)
            .annotate(recent_hits=Sum("daily_hits__hits"))
            .order_by("-recent_hits", "query_string")[:SEARCH_TERM_ROWS]
        )
        return {
            "rows": [{"query": query.query_string, "hits": query.recent_hits} for query in queries],
            "days": SEARCH_TERMS_DAYS,
            "heading": _("Häufige Suchanfragen"),
            "promote_url": reverse("wagtailsearchpromotions:add"),
        }


class GoLivePanel(Component):
    """What stops the editor's centres from going live (integrationsnetz.golive), as
    `manage.py golive_check` lists it, without the DNS look-up (too slow for a page view)."""

    name = "go_live"
    template_name = "integrationsnetz/dashboard/go_live.html"
    order = 50

    def __init__(self, centres):
        self.centres = centres

    def get_context_data(self, parent_context):
        return {"heading": _("Startbereitschaft"), "centres": self.centres}


def construct_panels(request, panels):
    panels[:] = [panel for panel in panels if panel.name not in REPLACED_WAGTAIL_PANELS]
    centres = [
        {"site": site, "problems": problems}
        for site, problems in golive.report(sites_for_user(request.user), resolve=None)
        if problems
    ]
    if centres:
        panels.append(GoLivePanel(centres))
    if can_approve(request.user):
        panels.append(AwaitingApprovalPanel())
    panels.append(MyDraftsPanel())
    if can_promote(request.user):
        panels.append(SearchTermsPanel())
