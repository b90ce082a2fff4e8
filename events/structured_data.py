"""schema.org Event data for an event page (JSON-LD), read by search engines and calendars."""

from django.utils import timezone

from integrationsnetz.site_urls import absolute_url


def _location(event):
    locations = []
    if event.address_lines:
        address = {
            "@type": "PostalAddress",
            "streetAddress": event.street,
            "postalCode": event.postal_code,
            "addressLocality": event.city,
            "addressCountry": "DE",
        }
        locations.append(
            {
                "@type": "Place",
                "name": event.venue_name or event.city,
                "address": {key: value for key, value in address.items() if value},
            }
        )
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    return locations[0] if len(locations) == 1 else locations


def _attendance_mode(event):
    if event.address_lines and event.online_url:
        mode = "MixedEventAttendanceMode"
    elif event.online_url:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    return f"https://schema.org/{mode}"


def _one_or_list(items):
    return items[0] if len(items) == 1 else items


def event_data(event, request, organisers, languages):
    """The data as a dict ready for `integrationsnetz.structured_data.json_ld`.

    Absolute URLs come from the Site record (the page's root URL), never from the request's
    Host header, so a forged header cannot end up in the data.
    """
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.teaser,
        "url": event.get_full_url(request),
        "isAccessibleForFree": event.is_free,
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if event.all_day:
        data["startDate"] = event.first_day.isoformat()
        data["endDate"] = event.last_day.isoformat()
    else:
        data["startDate"] = timezone.localtime(event.start).isoformat()
        data["endDate"] = timezone.localtime(event.end).isoformat()
    data["location"] = _location(event)
    data["eventAttendanceMode"] = _attendance_mode(event)

    codes = [language.code for language in languages]
    if codes:
        data["inLanguage"] = _one_or_list(codes)
    people = []
    for contact in organisers:
        person = {"@type": "Person", "name": contact.name}
        if contact.email:
            person["email"] = contact.email
        people.append(person)
    if people:
        data["organizer"] = _one_or_list(people)
    if event.lead_image:
        rendition = event.lead_image.get_rendition("fill-1200x675|format-jpeg")
        data["image"] = absolute_url(request, rendition.url)
    return data
