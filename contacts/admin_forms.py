from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Site

from integrationsnetz.site_permissions import edits_all_sites, sites_for_user


class ContactAdminForm(WagtailAdminModelForm):
    """The contact form offers an editor only the sites they work on. Only editors of all
    sites may leave "Website" empty (a contact shared by all centres)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("site")
        if field is None or self.for_user is None or edits_all_sites(self.for_user):
            if field is not None:
                field.empty_label = _("Alle Websites (geteilt)")
            return
        sites = sites_for_user(self.for_user)
        field.queryset = Site.objects.filter(pk__in=[site.pk for site in sites])
        field.required = True
        field.empty_label = None
        if len(sites) == 1 and not self.instance.site_id:
            self.initial["site"] = sites[0].pk
