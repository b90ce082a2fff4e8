"""How an event reads for visitors (EventPage): its time span, place, card line and the
accessibility features of the venue, in the visitor's language."""

from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from integrationsnetz.i18n import foreign_language, language_direction
from integrationsnetz.localize import in_visitor_language

from .features import ACCESSIBILITY_FIELDS, PUBLIC_LABELS
from .timespan import format_timespan


class EventDisplay:
    """Mixed into EventPage; reads its fields."""

    @property
    def first_day(self):
        return timezone.localdate(self.start)

    @property
    def last_day(self):
        return timezone.localdate(self.end)

    @property
    def when_text(self):
        """The time span in words, e.g. "Mittwoch, 2. Dezember 2026, 16:00 bis 18:00 Uhr"."""
        return format_timespan(self.start, self.end, self.all_day)

    @property
    def when_html(self):
        """As when_text, with `<time datetime>` elements around each date and time."""
        return format_timespan(self.start, self.end, self.all_day, html=True)

    @property
    def address_lines(self):
        locality = " ".join(part for part in (self.postal_code, self.city) if part)
        return [line for line in (self.venue_name, self.street, locality) if line]

    @property
    def location_text(self):
        """The place on one line, e.g. for calendar files; the online link if there is no place."""
        return ", ".join(self.address_lines) or self.online_url

    @property
    def place_text(self):
        """The short place for cards: the town, or "Online"."""
        if self.city or self.venue_name:
            return self.city or self.venue_name
        return _("Online")

    @property
    def card_meta(self):
        """Place, category and cost for a card, e.g. "Eschwege · Begegnung · kostenlos"; a
        category without a translation is marked with its language (HTML)."""
        cost = _("kostenlos") if self.is_free else self.cost
        category = ""
        if self.category_id:
            shown = self.shown_category
            category = shown.name
            code = foreign_language(shown)
            if code:
                category = format_html(
                    '<span lang="{}" dir="{}">{}</span>', code, language_direction(code), category
                )
        parts = [part for part in (self.place_text, category, cost) if part]
        return format_html_join(" · ", "{}", ((part,) for part in parts))

    @property
    def shown_category(self):
        """The category in the visitor's language, else the German one (marked)."""
        if self.category_id is None:
            return None
        return in_visitor_language([self.category])[0]

    @property
    def accessibility_features(self):
        """The accessibility features that apply, labelled in the visitor's language."""
        return [PUBLIC_LABELS[name] for name in ACCESSIBILITY_FIELDS if getattr(self, name)]

    @property
    def registration_deadline_passed(self):
        return bool(
            self.registration_deadline and self.registration_deadline < timezone.localdate()
        )

    @property
    def is_over(self):
        return self.end < timezone.now()
