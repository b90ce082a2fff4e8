"""An offer as schema.org JSON-LD: a `GovernmentService` (a public body's offer) or a `Service`,
with provider, area served, languages, opening hours and its channels: one `ServiceChannel` per
place (HSDS service_at_location), with the place and its own opening hours
(`openingHoursSpecification` of the `serviceLocation`) and the phone; the service's
`hoursAvailable` are the times at all places."""

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


def location(place, rules):
    """A place of the offer with the weekly times there (without appointment-only times)."""
    return thing(
        "Place",
        name=place.name,
        address=postal_address(place.street, place.postal_code, place.town),
        geo=thing(
            "GeoCoordinates", latitude=float(place.latitude), longitude=float(place.longitude)
        )
        if place.latitude is not None and place.longitude is not None
        else None,
        openingHoursSpecification=[
            opening_hours(rule) for rule in rules if not rule.by_appointment
        ],
    )


def service(offer, provider, places, request, url):
    """The offer's item; `provider` is the live one shown (or None), `places` the entries of the
    offer page, one per place: {"place": the live place or None, "week": its week table}."""
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
    phone = (
        thing("ContactPoint", telephone=telephone(offer.contact_phone))
        if offer.contact_phone
        else None
    )
    languages = [language.name for language in offer.languages.all()]
    channels, towns, hours = [], [], []
    for entry in places:
        rules = [rule for row in entry["week"] for rule in row.times]
        hours += [opening_hours(rule) for rule in rules if not rule.by_appointment]
        place = entry["place"]
        if place is not None and place.town not in towns:
            towns.append(place.town)
        channels.append(
            thing(
                "ServiceChannel",
                name=place.name if place is not None else None,
                serviceLocation=location(place, rules) if place is not None else None,
                servicePhone=phone,
                availableLanguage=languages,
            )
        )
    return thing(
        "GovernmentService" if is_public_body else "Service",
        name=offer.name,
        description=offer.short_description,
        url=url,
        provider=provider_item,
        areaServed=[thing("AdministrativeArea", name=town) for town in towns],
        availableLanguage=[
            thing("Language", name=language.name, alternateName=language.code)
            for language in offer.languages.all()
        ],
        hoursAvailable=hours,
        availableChannel=channels,
        isAccessibleForFree=offer.is_free,
    )
