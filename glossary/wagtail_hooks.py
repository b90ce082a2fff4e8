from django.utils.translation import gettext_lazy as _

import wagtail.admin.rich_text.editors.draftail.features as draftail_features
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm
from .search import glossary_when_nothing_is_found, glossary_words, search_glossary

FEATURE = "glossary"
STYLE = "GLOSSARY"


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossar")
    menu_name = "glossary"
    list_display = ["term", "explanation"]
    ordering = ["term"]
    search_fields = ["term", "other_forms", "explanation"]


register_snippet(GlossaryTermViewSet)


@hooks.register("register_rich_text_features")
def register_glossary_feature(features):
    """ "Begriff" in the rich-text toolbar: marks a word the glossary explains. Stored as
    <span class="glossary-term">; the site shows the explanation (glossary_tags)."""
    features.register_editor_plugin(
        "draftail",
        FEATURE,
        draftail_features.InlineStyleFeature(
            {
                "type": STYLE,
                "label": "?",
                "description": _("Begriff aus dem Glossar erklären"),
                "style": {"textDecoration": "underline dotted"},
            }
        ),
    )
    features.register_converter_rule(
        "contentstate",
        FEATURE,
        {
            "from_database_format": {
                'span[class="glossary-term"]': InlineStyleElementHandler(STYLE)
            },
            "to_database_format": {
                "style_map": {STYLE: {"element": "span", "props": {"class": "glossary-term"}}}
            },
        },
    )


# Glossary terms in the site search (/suche/), its "Meinten Sie …?" and its ways on.
hooks.register("register_site_search", search_glossary)
hooks.register("register_search_vocabulary", glossary_words)
hooks.register("register_search_help", glossary_when_nothing_is_found)
