"""Admin panel that warns when the accessibility statement is due for its yearly review."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel


class ReviewDateWarningPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "accessibility/admin/review_date_warning.html"

        def is_shown(self):
            return bool(getattr(self.instance, "review_overdue", False))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["reviewed_on"] = self.instance.reviewed_on
            context["message"] = _(
                "Die Erklärung wurde seit über einem Jahr nicht überprüft. Bitte prüfen Sie "
                "die Angaben und tragen Sie das neue Datum bei „Zuletzt überprüft am“ ein."
            )
            return context
