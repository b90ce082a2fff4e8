"""`{% fragment_scope as scope %}`: the vary-on value of every `{% wagtailcache %}` fragment
(site, language, display preference and the site's version; integrationsnetz/caching.py).

    {% wagtailcache 3600 "header" scope page.pk %} … {% endwagtailcache %}

Wagtail's tag renders the contents afresh in previews. Further vary-on values must be
validated values (a page number, a known tag), never raw input: each makes a new entry.
"""

from django import template

from integrationsnetz.caching import fragment_scope as scope_of

register = template.Library()


@register.simple_tag(takes_context=True)
def fragment_scope(context):
    return scope_of(context.get("request"))
