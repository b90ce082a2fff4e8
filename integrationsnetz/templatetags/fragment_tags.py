"""`{% fragment "name" %} … {% endfragment %}`: a part of a page's frame rendered once and
kept until a change that a visitor would see in it (page_cache.remember, per path).

Only what depends on nothing but the site, the language and the page's address may go inside
(head links, language switcher, logo, menu, footer), never blocks that child templates fill,
the query string, the display preferences or the visitor. Views that are not Wagtail pages
(search, forms) render the contents every time.

Further arguments are values the contents depend on, such as a page number:
`{% fragment "cards" page_obj.number current_tag.pk %}`. They become part of the key, so
they must be validated values, never raw input (a junk page number would make a new entry).
A value of None means there is nothing validated to key on (an invalid filter, say): the
contents are then rendered every time.
"""

from django import template

from wagtail.models import Page

from integrationsnetz import page_cache

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, nodelist, vary_on=()):
        self.name = name
        self.nodelist = nodelist
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        match = getattr(request, "resolver_match", None)
        if (
            not isinstance(context.get("page"), Page)
            or match is None
            or match.url_name != "wagtail_serve"
        ):
            return self.nodelist.render(context)
        values = [value.resolve(context, True) for value in self.vary_on]
        if None in values:
            return self.nodelist.render(context)
        name = ":".join([f"html:{self.name}", *map(str, values)])
        return page_cache.remember(
            request, name, lambda: self.nodelist.render(context), per_path=True
        )


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(
            'Aufruf: {% fragment "Name" [Wert …] %} … {% endfragment %}'
        )
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(bits[1][1:-1], nodelist, vary_on)
