"""All StreamField blocks of the site, and the one body StreamBlock every page uses."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .images import MISSING_ALT_TEXT, alt_text, lacks_alt_text

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Zwischenüberschrift (H2)")), ("h3", _("Unterüberschrift (H3)"))],
        default="h2",
        help_text=_("H2 gliedert die Seite, H3 gliedert einen H2-Abschnitt."),
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Bild"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext für diese Verwendung"),
        required=False,
        max_length=250,
        help_text=_(
            "Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen. "
            "Leer lassen, um den Alternativtext des Bildes aus der Bildverwaltung zu verwenden."
        ),
    )
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("Bildnachweis"),
        required=False,
        max_length=200,
        help_text=_("Fotografin oder Fotograf bzw. Quelle, z. B. „Foto: Kreisverwaltung“."),
    )

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["alt"] = alt_text(value.get("image"), value.get("alt_text"))
        return context

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if lacks_alt_text(image, value.get("alt_text")):
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(MISSING_ALT_TEXT)}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"))
    person = blocks.CharBlock(label=_("Person"), required=False, max_length=200)
    role = blocks.CharBlock(
        label=_("Funktion"),
        required=False,
        max_length=200,
        help_text=_("z. B. „Landrat des Werra-Meißner-Kreises“"),
    )

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "blocks/quote_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Linktext"),
        required=False,
        max_length=200,
        help_text=_("Leer lassen, um den Titel des Dokuments zu verwenden."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument zum Herunterladen")
        template = "blocks/document_block.html"


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Interne Seite"), required=False)
    url = blocks.URLBlock(label=_("Externe Adresse (URL)"), required=False)
    text = blocks.CharBlock(
        label=_("Linktext"),
        required=False,
        max_length=200,
        help_text=_("Bei internen Seiten leer lassen, um den Seitentitel zu verwenden."),
    )

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Bitte wählen Sie entweder eine interne Seite oder eine externe Adresse.")
                    )
                }
            )
        if value.get("url") and not value.get("text"):
            raise StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _("Bitte geben Sie für externe Links einen Linktext an.")
                    )
                }
            )
        return value


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), required=False, max_length=200)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Linkliste")
        template = "blocks/link_list_block.html"


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Adresse (URL)"))
    text = blocks.CharBlock(label=_("Linktext"), max_length=200)
    description = blocks.TextBlock(
        label=_("Kurzbeschreibung"),
        required=False,
        help_text=_("Was finden Besucherinnen und Besucher dort?"),
    )

    class Meta:
        icon = "link-external"
        label = _("Externer Link")
        template = "blocks/external_link_block.html"


class ContactCardBlock(blocks.StructBlock):
    contact = SnippetChooserBlock("contacts.Contact", label=_("Ansprechperson"))

    class Meta:
        icon = "user"
        label = _("Kontaktkarte")
        template = "blocks/contact_card_block.html"

    def bulk_to_python(self, values):
        # One set of queries for all contact cards of a page body, not one per card.
        structs = super().bulk_to_python(values)
        contact_model = self.child_blocks["contact"].target_model
        contact_model.prefetch_for_cards([struct["contact"] for struct in structs])
        return structs


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    contact = ContactCardBlock()
    external_link = ExternalLinkBlock()
    link_list = LinkListBlock()

    class Meta:
        label = _("Inhalt")
