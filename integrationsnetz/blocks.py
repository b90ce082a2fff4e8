"""All StreamField blocks of the site, and the one body StreamBlock every page uses."""

from django.core.exceptions import BadRequest, ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.migrations.operations import BaseBlockOperation
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock
from wagtail.models import Site
from wagtail.snippets.blocks import SnippetChooserBlock

from .images import image_alt_text
from .localize import in_visitor_language

# "glossary" (a word the glossary explains) is registered by the glossary app.
RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "glossary",
]


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


class FigureBlock(blocks.StructBlock):
    """An image in the body: Wagtail's ImageBlock (alt text for this use, or "decorative")
    with our caption and credit, shown by components/figure.html."""

    image = ImageBlock(label=_("Bild"))
    # Wagtail leaves the chooser inside its ImageBlock unlabelled, so the editor read "Image".
    image.child_blocks["image"].label = _("Bilddatei")
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
        image = value.get("image")
        # Decorative images get alt="": screen readers skip them.
        context["alt"] = "" if getattr(image, "decorative", False) else image_alt_text(image)
        return context


class ImageChooserToImageBlock(BaseBlockOperation):
    """Stream data migration: an image block stored as {"image": <id>, "alt_text": ...} (our
    earlier hand-written block) becomes Wagtail's ImageBlock value inside FigureBlock."""

    def apply(self, block_value):
        image = block_value.get("image")
        if isinstance(image, dict):
            return block_value
        return {
            "image": {
                "image": image,
                "alt_text": block_value.get("alt_text", ""),
                "decorative": False,
            },
            "caption": block_value.get("caption", ""),
            "credit": block_value.get("credit", ""),
        }

    @property
    def operation_name_fragment(self):
        return "image_chooser_to_image_block"


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


def contact_is_shown(contact, request):
    """Whether a chosen contact may appear on the site serving `request`: published, and the
    site's own or shared (no site). A contact of another WIR centre never shows."""
    if contact is None or not contact.live:
        return False
    if contact.site_id is None:
        return True
    site = Site.find_for_request(request) if request is not None else None
    return site is not None and contact.site_id == site.pk


class ContactCardBlock(blocks.StructBlock):
    contact = SnippetChooserBlock("contacts.Contact", label=_("Ansprechperson"))

    class Meta:
        icon = "user"
        label = _("Kontaktkarte")
        template = "blocks/contact_card_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        contact = value["contact"]
        context["shown"] = contact_is_shown(contact, (parent_context or {}).get("request"))
        if context["shown"]:
            # Its published translation in the visitor's language where there is one (role,
            # unit, office hours); else the German one, which the card marks as German.
            live = type(contact).objects.live()
            context["contact"] = in_visitor_language([contact], live)[0]
        return context

    def bulk_to_python(self, values):
        # One set of queries for all contact cards of a page body, not one per card.
        structs = super().bulk_to_python(values)
        contact_model = self.child_blocks["contact"].target_model
        contact_model.prefetch_for_cards([struct["contact"] for struct in structs])
        return structs


BODY_HELP = _(
    "Der Inhalt aus Blöcken: Text, Überschrift, Bild, Zitat, Dokument, Kontaktkarte, Links. "
    "Mit „+“ fügen Sie einen Block ein; die Reihenfolge ändern Sie mit den Pfeilen."
)


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    heading = HeadingBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    contact = ContactCardBlock()
    external_link = ExternalLinkBlock()
    link_list = LinkListBlock()

    class Meta:
        label = _("Inhalt")

    def value_from_datadict(self, data, files, prefix):
        # Wagtail reads the editor's posted fields by key and number ("body-count",
        # "body-0-type" …): a post without them (a script, a broken form) is a bad request (400),
        # not a server error.
        try:
            return super().value_from_datadict(data, files, prefix)
        except (KeyError, ValueError, TypeError, IndexError) as error:
            raise BadRequest(f"Incomplete or malformed {prefix} fields: {error!r}") from error
