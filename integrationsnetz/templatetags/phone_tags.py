"""Template filters for phone numbers: `{{ number|phone_display }}`, `{{ number|phone_href }}`."""

from django import template

from integrationsnetz import phone

register = template.Library()


@register.filter
def phone_display(value):
    return phone.phone_display(value)


@register.filter
def phone_href(value):
    return phone.phone_href(value)
