"""What the Wagtail admin posts for a page or snippet: the empty form of a page type, or the form
of an existing contact or offer, with `fields` changed.

Each test names what it varies (title, slug, an action button such as "action-publish"); the
rest is the form a browser sends with nothing else entered.
"""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def nothing_added():
    """The parts news articles and events share, left empty: body, contacts, comments."""
    return {
        "body": streamfield([]),
        "related_contacts": inline_formset([]),
        "comments": inline_formset([]),
    }


def news_article_form(**fields):
    """A news article ("Nachricht") with no image, tags, body, contacts or comments."""
    return nested_form_data(
        {
            "title": "Sprachcafé",
            "slug": "",
            "date": "2026-12-02",
            "teaser": "Ab Januar jeden Mittwoch.",
            "lead_image": "",
            "lead_image_alt": "",
            "lead_image_caption": "",
            "lead_image_credit": "",
            "tags": "",
            **nothing_added(),
            **fields,
        }
    )


def event_form(**fields):
    """An event ("Veranstaltung") in a meeting room, free, with no body, contacts or comments;
    a field given as None is left out of the form."""
    data = {
        "title": "Sprachcafé",
        "slug": "sprachcafe",
        "teaser": "Deutsch üben bei Kaffee und Tee.",
        "venue_name": "Begegnungsraum",
        "city": "Witzenhausen",
        "is_free": "on",
        **nothing_added(),
        **fields,
    }
    return nested_form_data({key: value for key, value in data.items() if value is not None})


def contact_form(contact, **fields):
    """The form of `contact` ("Ansprechperson") without topics or languages."""
    return {
        "name": contact.name,
        "slug": contact.slug,
        "role": contact.role,
        "unit": contact.unit,
        "phone": contact.phone,
        "email": contact.email,
        "office_hours": "",
        "site": contact.site_id or "",
        **fields,
    }


def offer_form(offer, **fields):
    """The form of `offer` ("Angebot") with a short description and no hours or contacts."""
    data = {
        "site": offer.site_id or "",
        "name": offer.name,
        "slug": offer.slug,
        "short_description": offer.short_description,
        "description": rich_text("<p>Deutsch sprechen üben.</p>"),
        "search_terms": "",
        "cost": offer.cost,
        "registration": offer.registration,
        "status": offer.status,
        "closed_on_public_holidays": "on",
        "last_checked": "",
    }
    for prefix in ("offer_places", "opening_rules", "closures", "related_contacts"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(fields)
    return data
