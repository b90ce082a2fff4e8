from django import template

from integrationsnetz import page_cache
from integrationsnetz.models import OrganisationSettings

register = template.Library()


def organisation_settings(request):
    """The organisation settings of the site that serves `request`, with the logo and the legal
    pages (select_related), kept until the settings change; pages that show them in their
    structured data share the template tag's fragment."""
    return page_cache.remember(
        request, "organisation", lambda: OrganisationSettings.for_request(request)
    )


@register.simple_tag(takes_context=True)
def organisation(context):
    """The organisation settings of the site that serves this request (cached per request).

    None without a request, e.g. on the 500 page, which renders without the database.
    """
    request = context.get("request")
    if request is None:
        return None
    return organisation_settings(request)
