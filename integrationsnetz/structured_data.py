"""schema.org data as JSON-LD (`<script type="application/ld+json">`), one rule for all pages.

`base.html` renders `{% structured_data %}` (head_tags): the items a page's context puts under
`STRUCTURED_DATA_KEY` (an event, an article, the people of the contacts directory), the
`GovernmentOrganization` of the site settings on the home page, and a `BreadcrumbList` built from
the same ancestors as the visible breadcrumbs. Items are dicts built with `thing()`, never
string templates.

A JSON-LD block is data, not script: browsers never execute it, so it is allowed under a strict
Content Security Policy without a nonce. What must not happen is that a value such as
"</script>" ends the element early; escaping <, > and & inside the JSON prevents that.
"""

import json

from django.utils.safestring import mark_safe

from .phone import phone_href
from .site_urls import absolute_url, site_root_url

CONTEXT = "https://schema.org"
# The context variable through which a page hands its items to `{% structured_data %}`.
STRUCTURED_DATA_KEY = "structured_data_items"
IMAGE_FILTER = "fill-1200x675|format-jpeg"
LOGO_FILTER = "max-600x600|format-png"


def json_ld(data):
    """`data` as JSON that is safe to place inside a `<script type="application/ld+json">`."""
    text = json.dumps(data, ensure_ascii=False)
    # Three replace() calls: much faster than str.translate on long text, and none of them
    # brings back a character that another one escapes.
    text = text.replace("&", "\\u0026").replace("<", "\\u003C").replace(">", "\\u003E")
    return mark_safe(text)


def _filled(value):
    return value not in (None, "", [], {})


def thing(schema_type, **properties):
    """A schema.org item of `schema_type`; properties without a value are left out."""
    return {"@type": schema_type, **{k: v for k, v in properties.items() if _filled(v)}}


def document(item):
    """A top-level item: the same with `@context`."""
    return {"@context": CONTEXT, **item}


def telephone(number):
    """The number in international form ("+4956513020"), as schema.org prefers it."""
    href = phone_href(number) if number else ""
    return href.removeprefix("tel:") if href else number


def image_url(request, image, filter_spec=IMAGE_FILTER):
    if image is None:
        return ""
    return absolute_url(request, image.get_rendition(filter_spec).url)


def postal_address(street, postal_code, city):
    if not (street or postal_code or city):
        return None
    return thing(
        "PostalAddress",
        streetAddress=street,
        postalCode=postal_code,
        addressLocality=city,
        addressCountry="DE",
    )


def organisation(settings, request, full=True):
    """The organisation of the site settings: a `GovernmentOrganization`.

    `full=False` gives the short form used as author or employer of other items.
    """
    if settings is None or not settings.name:
        return None
    short = thing("GovernmentOrganization", name=settings.name, url=site_root_url(request) + "/")
    if not full:
        return short
    details = thing(
        "GovernmentOrganization",
        logo=image_url(request, settings.logo, LOGO_FILTER),
        email=settings.email,
        telephone=telephone(settings.phone),
        address=postal_address(settings.street, settings.postal_code, settings.city),
    )
    return {**short, **details}


def breadcrumb_list(crumbs):
    """A `BreadcrumbList` of the breadcrumbs (from the home page to the current page)."""
    return thing(
        "BreadcrumbList",
        itemListElement=[
            thing("ListItem", position=position, name=crumb.title, item=crumb.full_url)
            for position, crumb in enumerate(crumbs, start=1)
        ],
    )


def person(contact, request, employer=None):
    """A contact person: a `Person` with a `ContactPoint` (phone, e-mail, languages)."""
    languages = [language.name for language in contact.languages.all()]
    point = thing(
        "ContactPoint",
        contactType=contact.role,
        telephone=telephone(contact.phone),
        email=contact.email,
        availableLanguage=languages,
    )
    return thing(
        "Person",
        name=contact.name,
        jobTitle=contact.role,
        telephone=telephone(contact.phone),
        email=contact.email,
        knowsLanguage=languages,
        image=image_url(request, contact.photo) if contact.photo_id else "",
        worksFor=employer,
        contactPoint=point if len(point) > 2 else None,
    )
