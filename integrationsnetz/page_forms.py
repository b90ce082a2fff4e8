"""Admin page forms: pages under a page with routes of its own, and legal pages whose required
fields are required by law."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.routable_page.models import RoutablePageMixin

REQUIRED_MESSAGE = _(
    "„%(label)s“ fehlt: Ohne diese Angabe kann die Seite nicht veröffentlicht werden."
)


class NamedRequiredFieldsPageForm(WagtailAdminPageForm):
    """Each missing required field says which one it is.

    Wagtail lets drafts be saved without required fields and enforces them on publishing; the
    message then names the field, so an editor sees at a glance what the law still needs.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["required"] = REQUIRED_MESSAGE % {"label": field.label}


class RoutedParentPageForm(WagtailAdminPageForm):
    """The admin form of pages whose parent has routes of its own (RoutablePageMixin).

    A child page whose slug one of the parent's routes answers could never be reached, e.g. a
    news article "2024" under the year archive /aktuelles/2024/, or an event "archiv".
    """

    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        parent = self.parent_page.specific if self.parent_page else None
        if slug and isinstance(parent, RoutablePageMixin):
            try:
                parent.resolve_subpage(f"/{slug}/")
            except Http404:
                return cleaned_data
            self.add_error(
                "slug",
                _(
                    "Diese Adresse ist für „%(parent)s“ selbst reserviert, z. B. für ein "
                    "Archiv oder einen Kalender. Bitte wählen Sie eine andere."
                )
                % {"parent": parent.title},
            )
        return cleaned_data
