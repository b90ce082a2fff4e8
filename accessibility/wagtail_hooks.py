from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

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


class BarrierReportIndexView(IndexView):
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
    list_display = [
        Column("__str__", label=_("Meldung"), accessor="__str__"),
        Column("page_url", label=_("Betroffene Seite")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        AgeColumn("age", label=_("Alter")),
        OverdueColumn("is_overdue", label=_("Frist (6 Wochen)")),
    ]
    # One installation may serve several WIR centres: each report knows its site.
    list_filter = ["status", "site"]
    list_export = [
        "created_at",
        "status",
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
        "status": _("Status"),
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


register_snippet(BarrierReportViewSet)


class BarrierReportsPanel(Component):
    name = "barrier_reports"
    order = 90
    template_name = "accessibility/admin/barrier_reports_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "open_count": BarrierReport.objects.open().count(),
            "overdue_count": BarrierReport.objects.overdue().count(),
            "index_url": BarrierReport.snippet_viewset.get_url_name("list"),
        }


@hooks.register("construct_homepage_panels")
def add_barrier_reports_panel(request, panels):
    if request.user.has_perm("accessibility.view_barrierreport") or request.user.has_perm(
        "accessibility.change_barrierreport"
    ):
        panels.append(BarrierReportsPanel())


@hooks.register("page_cache_variant")
def display_preferences_variant(request):
    """The page cache keeps one copy per display preference, never per raw cookie value."""
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
