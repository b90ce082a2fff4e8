"""`{% speakable %}…{% endspeakable %}` around a page's main content marks its phone numbers,
postcodes and times with their spoken form; `{% read_aloud_control %}` is the "Vorlesen"
control (any page template may add it; the text it reads is the nearest <article>)."""

from django import template

from ..audio import audio_for
from ..speakable import mark_speakable

register = template.Library()


class SpeakableNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        return mark_speakable(self.nodelist.render(context))


@register.tag
def speakable(parser, token):
    nodelist = parser.parse(("endspeakable",))
    parser.delete_first_token()
    return SpeakableNode(nodelist)


@register.inclusion_tag("components/read_aloud.html", takes_context=True)
def read_aloud_control(context, obj=None):
    """The control; with the audio file (espeak-ng) of `obj` (default: the page) where the
    server made one. An offer's page passes the offer: `{% read_aloud_control offer %}`."""
    obj = obj if obj is not None else context.get("page")
    return {"audio": audio_for(obj) if obj is not None and obj.pk else None}
