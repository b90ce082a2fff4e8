from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from integrationsnetz.models import PROMOTE_PANELS, ViewRestrictionsMixin

from .blocks import AND, OR, GuideStepsBlock


@dataclass
class Step:
    """One step of a guide as shown: its number (shared by "und"/"oder" steps), its
    connection to the step before, its title and, on the guide page, the step block."""

    number: int
    connection: str
    title: str
    anchor: str
    block: object = None


def numbered(raw_steps):
    """[(number, connection, raw step)] from the stored steps: "und" and "oder" keep the number
    of the step before them, every other step counts on."""
    number = 0
    numbered_steps = []
    for raw in raw_steps:
        value = raw.get("value") or {}
        connection = value.get("connection") if number else ""
        if connection not in (AND, OR):
            number += 1
            connection = ""
        numbered_steps.append((number, connection, raw))
    return numbered_steps


def linked_ids(raw_step, kind="page"):
    """The ids of the pages (kind "page") or offers ("offer") a stored step links to."""
    links = (raw_step.get("value") or {}).get("links") or []
    return {
        link["value"].get(kind)
        for link in links
        if link.get("type") == kind and isinstance(link.get("value"), dict)
    }


class GuidePage(ViewRestrictionsMixin, Page):
    """A Wegweiser: a process (arriving in the district, learning German) in numbered steps,
    each with a short text and links to pages, contact persons, documents and addresses."""

    intro = models.TextField(
        _("Einleitung"),
        help_text=_(
            "Für wen ist der Wegweiser, und was hat man am Ende geschafft? Zwei, drei Sätze."
        ),
    )
    steps = StreamField(
        GuideStepsBlock(),
        verbose_name=_("Schritte"),
        help_text=_(
            "Die Schritte in ihrer Reihenfolge. Seiten, die ein Schritt verlinkt, zeigen oben "
            "„Teil von: <Wegweiser>, Schritt 3 von 7“."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("steps")]
    promote_panels = PROMOTE_PANELS
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("steps")]

    parent_page_types = ["integrationsnetz.HomePage", "integrationsnetz.StandardPage"]
    subpage_types = []

    search_result_type = _("Wegweiser")

    class Meta:
        verbose_name = _("Wegweiser")
        verbose_name_plural = _("Wegweiser")

    def numbered_steps(self):
        """The steps with their numbers and blocks, for the guide page."""
        raw_steps = list(self.steps.raw_data)
        return [
            Step(number, connection, block.value["title"], f"schritt-{index}", block)
            for (number, connection, _raw), (index, block) in zip(
                numbered(raw_steps), enumerate(self.steps, start=1), strict=True
            )
        ]

    def step_outline(self):
        """The steps' numbers and titles from the stored data (no chooser is loaded)."""
        return [
            Step(number, connection, (raw.get("value") or {}).get("title", ""), f"schritt-{index}")
            for index, (number, connection, raw) in enumerate(
                numbered(self.steps.raw_data), start=1
            )
        ]

    def step_count(self):
        outline = self.step_outline()
        return outline[-1].number if outline else 0

    def first_step_linking_to(self, ids, kind="page"):
        """The first step (from `step_outline`) that links to one of the pages (or, with kind
        "offer", offers) `ids`, or None."""
        ids = set(ids)
        for step, (_number, _connection, raw) in zip(
            self.step_outline(), numbered(self.steps.raw_data), strict=True
        ):
            if linked_ids(raw, kind) & ids:
                return step
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Called by the template inside its kept fragment: where the fragment is kept, the
        # pages, contacts and offers the steps choose are not loaded.
        context["steps"] = self.numbered_steps
        context["step_count"] = self.step_count()
        context["guide"] = self
        return context

    def link_target(self, page):
        """The page a step's link leads to: `page`, or its live translation in the guide's
        language when the guide was translated by copying and still links the German page.
        One query for all links of the guide, and only for such a guide."""
        if page is None or page.locale_id == self.locale_id:
            return page
        if not hasattr(self, "translated_targets"):
            page_ids = set()
            for _number, _connection, raw in numbered(self.steps.raw_data):
                page_ids |= linked_ids(raw)
            keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
            self.translated_targets = {
                translation.translation_key: translation
                for translation in Page.objects.live().filter(
                    translation_key__in=keys, locale_id=self.locale_id
                )
            }
        return self.translated_targets.get(page.translation_key, page)
