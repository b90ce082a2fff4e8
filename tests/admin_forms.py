"""What the Wagtail admin posts for a page: the empty form of a page type, filled with `fields`.

Each test names what it varies (title, slug, an action button such as "action-publish"); the
rest is the form a browser sends with nothing else entered.
"""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


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
