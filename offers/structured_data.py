"""An offer as schema.org JSON-LD: a `GovernmentService` (a public body's offer) or a `Service`,
with provider, area served, languages, opening hours and the channel (place and phone)."""

from integrationsnetz.structured_data import postal_address, telephone, thing

# schema.org's day names, Monday first (OpeningRule.weekday).
DAYS = [
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
]


def opening_hours(rule):
    return thing(
        "OpeningHoursSpecification",
        dayOfWeek=DAYS[rule.weekday],
        opens=rule.opens.strftime("%H:%M"),
        closes=rule.closes.strftime("%H:%M"),
        validFrom=rule.valid_from.isoformat() if rule.valid_from else None,
        validThrough=rule.valid_until.isoformat() if rule.valid_until else None,
    )


def service(offer, provider, place, request, url):
    """The offer's item; `provider` and `place` are the live ones shown (or None)."""
    is_public_body = provider is not None and provider.kind == provider.Kind.AUTHORITY
    provider_item = None
    if provider is not None:
        provider_item = thing(
            "GovernmentOrganization" if is_public_body else "Organization",
            name=provider.name,
            url=provider.website,
            email=provider.email,
            telephone=telephone(provider.phone),
        )
    location = None
    if place is not None:
        location = thing(
            "Place",
            name=place.name,
            address=postal_address(place.street, place.postal_code, place.town),
            geo=thing(
                "GeoCoordinates", latitude=float(place.latitude), longitude=float(place.longitude)
            )
            if place.latitude is not None and place.longitude is not None
            else None,
        )
    channel = thing(
        "ServiceChannel",
        serviceLocation=location,
        servicePhone=thing("ContactPoint", telephone=telephone(offer.contact_phone))
        if offer.contact_phone
        else None,
        availableLanguage=[language.name for language in offer.languages.all()],
    )
    return thing(
        "GovernmentService" if is_public_body else "Service",
        name=offer.name,
        description=offer.short_description,
        url=url,
        provider=provider_item,
        areaServed=thing("AdministrativeArea", name=place.town) if place else None,
        availableLanguage=[
            thing("Language", name=language.name, alternateName=language.code)
            for language in offer.languages.all()
        ],
        hoursAvailable=[
            opening_hours(rule) for rule in offer.opening_rules.all() if not rule.by_appointment
        ],
        availableChannel=channel,
        isAccessibleForFree=offer.is_free,
    )
