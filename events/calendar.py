"""What the event calendar (EventIndexPage) lists: the upcoming events, filtered by category
and month and a page at a time, and the archive of past events. The page adds its own
addresses (feed, archive)."""

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from integrationsnetz.i18n import in_current_language

from .dates import group_by_month, months_with_events, next_month
from .forms import EventFilterForm

CATEGORY_PARAMETER = "kategorie"
MONTH_PARAMETER = "monat"
PAST_EVENTS_PER_PAGE = 10
# The calendar's pages: a phone shows a few months at a time, not a year's programme.
UPCOMING_EVENTS_PER_PAGE = 20


def calendar_context(events, categories, request):
    """The upcoming ones of `events` (the calendar's published events) for the request's
    filter and page; `categories` are offered in the filter, in the visitor's language."""
    now = timezone.now()
    upcoming = events.upcoming(now)

    def make_form():
        months = months_with_events(upcoming.values_list("start", "end"), now)
        return EventFilterForm(
            request.GET, categories=list(in_current_language(categories)), months=months
        )

    # Built only when a filter is asked for or the kept form is made afresh (template).
    form = SimpleLazyObject(make_form)
    is_filtered = any(request.GET.get(name) for name in (CATEGORY_PARAMETER, MONTH_PARAMETER))
    shown, floor, selection = upcoming.none(), now, None
    if not is_filtered:
        shown, selection = upcoming.for_cards(renditions=False), ":"
    elif form.is_valid():
        category = form.cleaned_data.get(CATEGORY_PARAMETER)
        month = form.cleaned_data.get(MONTH_PARAMETER)
        shown = upcoming.for_cards(renditions=False)
        if category is not None:
            # Events link the category in their language or its German original.
            shown = shown.filter(category__translation_key=category.translation_key)
        if month is not None:
            shown = shown.filter(start__lt=next_month(month), end__gte=month)
            floor = max(now, month)
        if month is None or month.date() in form.offered_months:
            # Only offered months make keys; other months are rendered every time.
            chosen_month = f"{month:%Y-%m}" if month else ""
            selection = f"{category.slug if category else ''}:{chosen_month}"
    page_obj = Paginator(shown, UPCOMING_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    # The form and the cards are kept per valid selection (None: an invalid one, rendered
    # every time) for ten minutes at most: events end, months pass.
    slot = f"{now:%Y%m%d%H}{now.minute // 10}"
    return {
        "filter_form": form,
        "is_filtered": is_filtered,
        "filter_key": selection and f"{selection}:{slot}",
        "month_groups": lambda: group_by_month(list(page_obj.object_list), floor),
        "page_obj": page_obj,
        "event_count": page_obj.paginator.count,
        "cards_key": selection and f"{selection}:{page_obj.number}:{slot}",
    }


def archive_context(events, request):
    """The past ones of `events`, the most recent first, a page at a time."""
    # Renditions from Wagtail's cache.
    past = events.past().for_cards(renditions=False)
    page_obj = Paginator(past, PAST_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return {"page_obj": page_obj, "past_events": page_obj.object_list}
