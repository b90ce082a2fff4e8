"""The admin form of an offer: the centre's sites only (ContactAdminForm), no other centre's
provider, places or contact persons even in a form posted by hand, and opening hours and
closures only at places the offer lists under „Orte des Angebots“."""

from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext_lazy as _

from contacts.admin_forms import ContactAdminForm
from integrationsnetz.page_forms import CentreScope, refuse_foreign

NOT_A_PLACE_OF_THE_OFFER = _(
    "„%(place)s“ ist kein Ort dieses Angebots. Tragen Sie den Ort oben unter „Orte des "
    "Angebots“ ein, oder lassen Sie das Feld leer: dann gilt die Zeile für den ersten Ort."
)
PLACE_TWICE = _("„%(place)s“ steht schon weiter oben. Jeden Ort bitte nur einmal eintragen.")


def kept_forms(formset):
    """The formset's validated forms that are not marked for deletion."""
    return [
        form
        for form in formset.forms
        if hasattr(form, "cleaned_data") and not form.cleaned_data.get(DELETION_FIELD_NAME)
    ]


class OfferAdminForm(ContactAdminForm):
    def clean(self):
        cleaned_data = super().clean()
        for formset in self.formsets.values():
            # Inline panels are validated after the offer's form: validated here first (once).
            formset.is_valid()
        if self.for_user is not None:
            scope = CentreScope(self.for_user)
            refuse_foreign(self, scope)
            for formset in self.formsets.values():
                for form in formset.forms:
                    if hasattr(form, "cleaned_data"):
                        refuse_foreign(form, scope)
        places = []
        for form in kept_forms(self.formsets["offer_places"]):
            place = form.cleaned_data.get("place")
            if place is None:
                continue
            if place in places:
                form.add_error("place", PLACE_TWICE % {"place": place})
            places.append(place)
        for relation in ("opening_rules", "closures"):
            for form in kept_forms(self.formsets[relation]):
                place = form.cleaned_data.get("place")
                if place is not None and place not in places:
                    form.add_error("place", NOT_A_PLACE_OF_THE_OFFER % {"place": place})
        return cleaned_data
