"""Words visitors read that belong to news but not to a template: here, not in models.py, so
that `manage.py update_catalogues` puts them into the catalogues (it skips models.py, whose
labels are the editors' German)."""

from django.utils.translation import gettext_lazy as _

# The kind of a search result (integrationsnetz.search).
SEARCH_RESULT_TYPE = _("Nachricht")
