from django import template
from django.utils.functional import SimpleLazyObject

from integrationsnetz.models import OrganisationSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation(context):
    """The organisation settings of the site that serves this request (cached per request),
    read only when something outside a kept fragment uses them.

    None without a request, e.g. on the 500 page, which renders without the database.
    """
    request = context.get("request")
    if request is None:
        return None
    return SimpleLazyObject(lambda: OrganisationSettings.for_request(request))
