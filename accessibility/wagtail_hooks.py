import csv
import datetime
from functools import wraps

from django.http import Http404
from django.urls import URLPattern
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from integrationsnetz.site_permissions import edits_all_sites, sites_for_user

from .models import (
    AccessibilityStatementPage,
    BarrierReport,
    EasyLanguagePage,
    SignLanguagePage,
)
from .preferences import COOKIE_NAME, Preferences

# Cells a spreadsheet would run as a formula ("CSV injection"): written as text instead.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class AgeColumn(Column):
    def get_value(self, instance):
        days = (timezone.now() - instance.created_at).days
        return ngettext("%(days)d Tag", "%(days)d Tage", days) % {"days": days}


class OverdueColumn(Column):
    def get_value(self, instance):
        return _("überfällig") if instance.is_overdue else "–"


def reports_for_user(user, queryset):
    """The reports of the centres the user works for (all of them for editors of all sites)."""
    if edits_all_sites(user):
        return queryset
    return queryset.filter(site_id__in=[site.pk for site in sites_for_user(user)])


def scoped_to_centre(view):
    """Every admin view of one report answers only for a report of the editor's centres;
    another centre's report does not exist for them (404)."""

    @wraps(view)
    def scoped_view(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if (
            pk is not None
            and not reports_for_user(
                request.user, BarrierReport.objects.filter(pk=str(pk))
            ).exists()
        ):
            raise Http404
        return view(request, *args, **kwargs)

    return scoped_view


def local_time(value):
    """`07.12.2026 14:30` in the site's time zone, as German spreadsheets read it."""
    return timezone.localtime(value).strftime("%d.%m.%Y %H:%M")


def yes_no(value):
    return _("Ja") if value else _("Nein")


class _Lines:
    """csv.writer writes into this and gets each line back, for a streamed response."""

    def write(self, value):
        return value


class BarrierReportIndexView(IndexView):
    # German Excel opens a CSV file by double click when it is separated by semicolons and
    # starts with a byte order mark; times are local, yes/no in words.
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime.datetime: {
            IndexView.FORMAT_CSV: local_time,
            IndexView.FORMAT_XLSX: lambda value: timezone.make_naive(value),
        },
        bool: {IndexView.FORMAT_CSV: yes_no, IndexView.FORMAT_XLSX: yes_no},
        type(None): {IndexView.FORMAT_CSV: lambda value: "", IndexView.FORMAT_XLSX: None},
    }

    def stream_csv(self, queryset):
        writer = csv.DictWriter(_Lines(), fieldnames=self.list_export, delimiter=";")
        yield "\ufeff" + writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def write_csv_row(self, writer, row_dict):
        safe = {
            field: f"'{value}"
            if isinstance(value, str) and value.startswith(_FORMULA_STARTS)
            else value
            for field, value in row_dict.items()
        }
        return super().write_csv_row(writer, safe)


class BarrierReportViewSet(SnippetViewSet):
    model = BarrierReport
    icon = "warning"
    menu_label = _("Barriere-Meldungen")
    menu_name = "barrier-reports"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = BarrierReportIndexView
    # The first column is Wagtail's title column: each row opens the report.
    list_display = [
        "__str__",
        Column("centre_name", label=_("Zentrum")),
        Column("page_url", label=_("Betroffene Seite")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        AgeColumn("age", label=_("Alter")),
        OverdueColumn("is_overdue", label=_("Frist (6 Wochen)")),
    ]
    # One installation may serve several WIR centres: each report knows its site.
    list_filter = ["status", "site"]
    list_export = [
        "created_at",
        "centre_name",
        "get_status_display",
        "is_overdue",
        "page_url",
        "description",
        "name",
        "email",
        "wants_answer",
        "answered_at",
        "notified",
        "note",
    ]
    export_headings = {
        "created_at": _("Eingegangen am"),
        "centre_name": _("Zentrum"),
        "get_status_display": _("Status"),
        "is_overdue": _("überfällig"),
        "page_url": _("Betroffene Seite"),
        "description": _("Beschreibung"),
        "name": _("Name"),
        "email": _("E-Mail-Adresse"),
        "wants_answer": _("Antwort erwünscht"),
        "answered_at": _("Beantwortet am"),
        "notified": _("Per E-Mail weitergeleitet"),
        "note": _("Interne Notiz"),
    }
    export_filename = "barriere-meldungen"
    ordering = ["-created_at"]
    search_fields = ["description", "page_url", "name", "email"]

    def get_queryset(self, request):
        return reports_for_user(request.user, BarrierReport.objects.select_related("site"))

    def get_urlpatterns(self):
        return [
            URLPattern(
                pattern.pattern,
                scoped_to_centre(pattern.callback),
                pattern.default_args,
                pattern.name,
            )
            for pattern in super().get_urlpatterns()
        ]


register_snippet(BarrierReportViewSet)


class BarrierReportsPanel(Component):
    name = "barrier_reports"
    order = 90
    template_name = "accessibility/admin/barrier_reports_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        reports = reports_for_user(self.user, BarrierReport.objects.all())
        return {
            "open_count": reports.open().count(),
            "overdue_count": reports.overdue().count(),
            "index_url": BarrierReport.snippet_viewset.get_url_name("list"),
        }


@hooks.register("construct_homepage_panels")
def add_barrier_reports_panel(request, panels):
    if request.user.has_perm("accessibility.view_barrierreport") or request.user.has_perm(
        "accessibility.change_barrierreport"
    ):
        panels.append(BarrierReportsPanel(request.user))


@hooks.register("fragment_variant")
def display_preferences_variant(request):
    """Fragments are kept once per display preference, never per raw cookie value."""
    return Preferences.from_cookie(request.COOKIES.get(COOKIE_NAME)).to_cookie()


@hooks.register("populate_centre")
def accessibility_pages_of_a_new_centre(centre):
    """Drafts: the centre fills in its statement and its own pages, then publishes them."""
    centre.link_in_settings(
        {
            "accessibility_page": centre.ensure_page(
                AccessibilityStatementPage(
                    title="Erklärung zur Barrierefreiheit", slug="barrierefreiheit"
                ),
                live=False,
            ),
            "easy_language_page": centre.ensure_page(
                EasyLanguagePage(title="Leichte Sprache", slug="leichte-sprache"), live=False
            ),
            "sign_language_page": centre.ensure_page(
                SignLanguagePage(title="Deutsche Gebärdensprache", slug="gebaerdensprache"),
                live=False,
            ),
        }
    )
