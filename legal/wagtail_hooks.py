from wagtail import hooks

from .models import ImprintPage, PrivacyPage


@hooks.register("populate_centre")
def legal_pages_of_a_new_centre(centre):
    """Drafts: the law asks for the centre's own details, which only the centre can give."""
    centre.link_in_settings(
        {
            "imprint_page": centre.ensure_page(
                ImprintPage(title="Impressum", slug="impressum"), live=False
            ),
            "privacy_page": centre.ensure_page(
                PrivacyPage(title="Datenschutz", slug="datenschutz"), live=False
            ),
        }
    )
