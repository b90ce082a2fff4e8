"""Glossary terms marked in rich text ("Begriff" in the editor's toolbar) become a button with
the explanation in a popover: it opens on tap, click, Enter or Space, closes with Escape or a tap
elsewhere, and needs no JavaScript (the HTML popover attribute). A browser without popovers
shows the explanation inline after the word. Unmarked text costs nothing: no query."""

import hashlib
import itertools
import re

from django import template
from django.template.loader import render_to_string
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from wagtail.rich_text import RichText

from ..models import normalise
from ..terms import glossary_for_request

register = template.Library()

MARKER = 'class="glossary-term"'
MARKED = re.compile(r'<span class="glossary-term">(.*?)</span>', re.DOTALL)


def explain_terms(html, request):
    if MARKER not in html:
        return html
    lookup, glossary_url = glossary_for_request(request)
    # Popover ids unique in the page and the same on every render (pages are cached and
    # compared): the block's text and the term's place in it.
    block = hashlib.sha256(html.encode()).hexdigest()[:8]
    numbers = itertools.count(1)

    def explained(match):
        inner = match.group(1)
        term = lookup.get(normalise(strip_tags(inner)))
        if term is None:
            return inner
        return render_to_string(
            "components/glossary_term.html",
            {
                "term": term,
                "text": mark_safe(inner),
                "popover_id": f"{term.anchor}-{block}-{next(numbers)}",
                "glossary_url": glossary_url,
                # For lang_attrs: the locale codes are looked up once per request.
                "request": request,
            },
        ).strip()

    return MARKED.sub(explained, html)


@register.simple_tag(takes_context=True)
def rich_text_with_glossary(context, value):
    """Rich text (a RichText value or stored HTML) with its marked terms explained."""
    html = str(value) if isinstance(value, RichText) else str(RichText(value or ""))
    return mark_safe(explain_terms(html, context.get("request")))
