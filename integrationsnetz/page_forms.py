"""Admin form for pages whose required fields are required by law (legal pages)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

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
