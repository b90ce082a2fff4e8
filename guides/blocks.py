"""The blocks of a Wegweiser (step-by-step guide): one step, and what a step links to.

They live here, not in `integrationsnetz/blocks.py`, because only guides use them (as
bakerydemo's `recipes/blocks.py` adds what only recipes need). The documents and external links
of a step are the site's own blocks; pages, contact persons and entries of the offers directory
(`/angebote/`) have blocks of their own here.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.models import Site
from wagtail.snippets.blocks import SnippetChooserBlock

from integrationsnetz.blocks import DocumentBlock, ExternalLinkBlock, contact_is_shown
from integrationsnetz.i18n import in_current_language
from offers.models import Offer
from offers.search import directory_for

STEP_TEXT_FEATURES = ["bold", "italic", "ul", "ol", "link", "document-link", "glossary"]

NEW_STEP = "neu"
AND = "und"
OR = "oder"


class StepPageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Seite"))
    text = blocks.CharBlock(
        label=_("Linktext"),
        required=False,
        max_length=200,
        help_text=_("Leer lassen, um den Seitentitel zu verwenden."),
    )

    class Meta:
        icon = "doc-empty"
        label = _("Seite dieser Website")
        template = "blocks/step_page_link_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = value["page"]
        guide = (parent_context or {}).get("guide")
        target = guide.link_target(page) if guide is not None else page
        # Unpublished pages are not linked: the step keeps its text and its other links.
        context["target"] = target if target is not None and target.live else None
        return context


class StepContactBlock(blocks.StructBlock):
    # The one reach into a domain app, by name, as the site's contact card block does.
    contact = SnippetChooserBlock("contacts.Contact", label=_("Ansprechperson"))

    class Meta:
        icon = "user"
        label = _("Ansprechperson")
        template = "blocks/step_contact_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["shown"] = contact_is_shown(value["contact"], (parent_context or {}).get("request"))
        return context


class StepOfferBlock(blocks.StructBlock):
    offer = SnippetChooserBlock("offers.Offer", label=_("Angebot"))

    class Meta:
        icon = "help"
        label = _("Angebot")
        template = "blocks/step_offer_block.html"

    def get_context(self, value, parent_context=None):
        """`offer`: the chosen offer in the visitor's language (its German version where it has
        no translation), `url`: its page in the site's directory; both None where the offer is
        not published, has ended, belongs to another centre or the site has no directory."""
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        chosen = value["offer"]
        context["offer"] = context["url"] = None
        directory = directory_for(request) if chosen is not None and request else None
        if directory is None:
            return context
        offer = (
            in_current_language(Offer.objects.live().for_site(Site.find_for_request(request)))
            .filter(translation_key=chosen.translation_key)
            .exclude(status=Offer.Status.ENDED)
            .first()
        )
        if offer is not None:
            context["offer"] = offer
            context["url"] = directory.offer_url(offer, request)
        return context


class StepLinksBlock(blocks.StreamBlock):
    page = StepPageLinkBlock()
    offer = StepOfferBlock()
    contact = StepContactBlock()
    document = DocumentBlock()
    external_link = ExternalLinkBlock()

    class Meta:
        label = _("Links dieses Schritts")


class StepBlock(blocks.StructBlock):
    connection = blocks.ChoiceBlock(
        label=_("Verbindung zum vorigen Schritt"),
        choices=[
            (NEW_STEP, _("Neuer Schritt (nächste Nummer)")),
            (AND, _("„und“: gehört zum vorigen Schritt, beides ist nötig")),
            (OR, _("„oder“: Alternative zum vorigen Schritt")),
        ],
        default=NEW_STEP,
        help_text=_(
            "„und“ und „oder“ geben dem Schritt dieselbe Nummer wie dem vorigen, z. B. "
            "„3 oder: Sprachcafé besuchen“ als Alternative zu „3: Integrationskurs“."
        ),
    )
    title = blocks.CharBlock(
        label=_("Überschrift des Schritts"),
        max_length=120,
        help_text=_("Kurz und als Tätigkeit, z. B. „Wohnsitz anmelden“."),
    )
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=STEP_TEXT_FEATURES,
        help_text=_("Zwei, drei Sätze: Was ist zu tun, wo, was wird gebraucht?"),
    )
    links = StepLinksBlock(
        required=False,
        help_text=_(
            "Seiten, Angebote, Ansprechpersonen, Dokumente und Adressen, die bei diesem Schritt "
            "helfen."
        ),
    )

    class Meta:
        icon = "list-ol"
        label = _("Schritt")


class GuideStepsBlock(blocks.StreamBlock):
    step = StepBlock()

    class Meta:
        label = _("Schritte")
        min_num = 1
