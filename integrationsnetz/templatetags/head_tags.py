from django import template
from django.utils.html import format_html_join

from wagtail import hooks

register = template.Library()

# Domain apps add `<link>` elements to every page's head through this hook, so the base
# template knows no domain app: a function taking the request and returning HTML (or "").
HEAD_LINKS_HOOK = "insert_site_head_links"


@register.simple_tag(takes_context=True)
def site_head_links(context):
    """The `<link>` elements that domain apps add to every page's head, e.g. news feeds."""
    request = context.get("request")
    if request is None:
        return ""
    return format_html_join(
        "", "{}", ((hook(request),) for hook in hooks.get_hooks(HEAD_LINKS_HOOK))
    )
