"""Admin page forms: every page keeps to its centre's images, documents and contacts; pages under
a page with routes of its own; legal pages whose required fields are required by law."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .placeholders import placeholder_in
from .site_permissions import edits_all_sites, sites_for_user
from .slugs import german_slug

TOO_LONG_MESSAGE = _(
    "„%(label)s“ ist %(show_value)d Zeichen lang; erlaubt sind höchstens %(limit_value)d. "
    "Bitte kürzen Sie den Text selbst, damit nichts unbemerkt abgeschnitten wird."
)
FOREIGN_MESSAGE = _(
    "„%(object)s“ (%(kind)s) gehört zu einem anderen Zentrum. Bitte wählen Sie etwas aus Ihrem "
    "Zentrum oder aus dem gemeinsamen Bestand."
)


def referenced_objects(field, value):
    """The model instances a cleaned form value points at: a chosen object, or the images,
    documents and snippets inside a StreamField."""
    if isinstance(value, models.Model) and not isinstance(value, Page):
        return [value]
    if isinstance(field, BlockField) and value is not None:
        wanted = {}
        for model, pk, _path, _content_path in field.block.extract_references(value):
            if not issubclass(model, Page):
                wanted.setdefault(model, set()).add(str(pk))
        return [
            found for model, pks in wanted.items() for found in model.objects.filter(pk__in=pks)
        ]
    return []


class CentreScope:
    """What one editor may choose: objects of a collection they may choose from (images,
    documents), objects of their own sites or shared ones (snippets with a site, e.g. contacts)."""

    def __init__(self, user):
        self.user = user
        self.all_sites = edits_all_sites(user)
        self.site_ids = None

    def allows(self, obj):
        if self.all_sites:
            return True
        if hasattr(obj, "collection_id"):
            policy = policy_registry.get_by_type(type(obj))
            if policy is not None and hasattr(policy, "user_has_permission_for_instance"):
                return policy.user_has_permission_for_instance(self.user, "choose", obj)
        site_id = getattr(obj, "site_id", None)
        if site_id is None:
            return True
        if self.site_ids is None:
            self.site_ids = {site.pk for site in sites_for_user(self.user)}
        return site_id in self.site_ids


class CentrePageForm(WagtailAdminPageForm):
    """The admin form of every page.

    - Refuses another centre's images, documents and contacts: the choosers offer an editor
      only their centre's objects and the shared ones, but a form post made by hand (or an old
      browser tab) could still carry another centre's id. Such a choice is refused with a
      message, in fields, inline panels (e.g. contact persons) and StreamFields.
    - A text longer than its field is refused with a message naming both lengths; the browser
      no longer cuts it silently (no maxlength attribute).
    - A new or changed address part (slug) is made of ASCII letters, digits and hyphens, with
      umlauts spelt out ("Über uns" → "ueber-uns"), as its help text promises. Existing slugs
      are kept as they are, so that no address changes by itself.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if getattr(field, "max_length", None) and "maxlength" in field.widget.attrs:
                del field.widget.attrs["maxlength"]
                # Django fills in the lengths (show_value, limit_value) when it raises the error.
                label = str(field.label).replace("%", "%%")
                field.error_messages["max_length"] = str(TOO_LONG_MESSAGE).replace(
                    "%(label)s", label
                )

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if slug and slug != self.instance.slug and not slug.isascii():
            slug = german_slug(slug)
        return slug

    def clean(self):
        cleaned_data = super().clean()
        if self.for_user is None:
            return cleaned_data
        scope = CentreScope(self.for_user)
        self._refuse_foreign(self, scope)
        for formset in self.formsets.values():
            # Inline panels are validated after the page form: validated here first (once).
            formset.is_valid()
            for form in formset.forms:
                if hasattr(form, "cleaned_data"):
                    self._refuse_foreign(form, scope)
        return cleaned_data

    @staticmethod
    def _refuse_foreign(form, scope):
        refuse_foreign(form, scope)


def refuse_foreign(form, scope):
    """Adds FOREIGN_MESSAGE to each field of the validated `form` that names an object `scope`
    does not allow (also used by the snippet forms, e.g. offers.admin_forms)."""
    for name, value in list(form.cleaned_data.items()):
        field = form.fields.get(name)
        for obj in referenced_objects(field, value):
            if scope.allows(obj):
                continue
            message = FOREIGN_MESSAGE % {"object": obj, "kind": obj._meta.verbose_name}
            # A StreamField shows its errors per block; the message goes above the form.
            form.add_error(None if isinstance(field, BlockField) else name, message)


REQUIRED_MESSAGE = _(
    "„%(label)s“ fehlt: Ohne diese Angabe kann die Seite nicht veröffentlicht werden."
)


PLACEHOLDER_MESSAGE = _(
    "„%(label)s“ enthält noch den Platzhalter „%(placeholder)s“. Bitte ersetzen Sie ihn durch "
    "die echte Angabe: Mit Platzhaltern kann die Seite nicht veröffentlicht werden."
)


class NamedRequiredFieldsPageForm(CentrePageForm):
    """Legal pages: each missing required field says which one it is, and no placeholder
    ("Platzhalter – bitte prüfen und ergänzen") is published.

    Wagtail lets drafts be saved without required fields and enforces them on publishing,
    submitting and approving; the message then names the field, so an editor sees at a glance
    what the law still needs. Placeholders are refused at the same moments, never in drafts.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["required"] = REQUIRED_MESSAGE % {"label": field.label}

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        forms = [self]
        for formset in self.formsets.values():
            formset.is_valid()
            forms += [form for form in formset.forms if hasattr(form, "cleaned_data")]
        for form in forms:
            for name, value in list(form.cleaned_data.items()):
                placeholder = placeholder_in(value)
                if placeholder and name in form.fields:
                    form.add_error(
                        None if isinstance(form.fields[name], BlockField) else name,
                        PLACEHOLDER_MESSAGE
                        % {"label": form.fields[name].label, "placeholder": placeholder},
                    )
        return cleaned_data


class RoutedParentPageForm(CentrePageForm):
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
