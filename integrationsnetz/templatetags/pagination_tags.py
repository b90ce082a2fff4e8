from django import template

register = template.Library()


@register.filter
def elided_pages(page_obj):
    """Page numbers around the current one and at both ends, with gaps (Django's ellipsis):
    ten thousand articles make a list of about ten links, not a thousand."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
