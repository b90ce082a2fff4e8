from django import template
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast

from wagtail.models import Page, ReferenceIndex

from ..models import GuidePage

register = template.Library()

# A page that many guides link to shows the first few; more would crowd the page.
MAX_GUIDES = 3


def guides_linking_to(page, request=None):
    """[{"guide", "url", "step", "total", "outline"}] for the live, public guides in the
    page's language whose steps link to the page or to one of its translations (a copied
    guide keeps the German links). Wagtail's reference index says which guides link where,
    so this costs the same few queries however many guides and pages there are."""
    translations = Page.objects.filter(translation_key=page.translation_key)
    # One query where no guide links here (most pages): the guides are looked up only then.
    guide_ids = list(
        ReferenceIndex.objects.filter(
            content_type=ContentType.objects.get_for_model(GuidePage),
            to_content_type=ContentType.objects.get_for_model(Page),
            to_object_id__in=translations.annotate(key=Cast("pk", output_field=CharField())).values(
                "key"
            ),
        )
        .values_list("object_id", flat=True)
        .distinct()
    )
    if not guide_ids:
        return []
    page_ids = list(translations.values_list("pk", flat=True))
    guides = (
        GuidePage.objects.live()
        .public()
        .filter(pk__in=[int(pk) for pk in guide_ids], locale_id=page.locale_id)
        .order_by("title")
    )
    found = []
    for guide in guides:
        step = guide.first_step_linking_to(page_ids)
        if step is not None:
            outline = guide.step_outline()
            found.append(
                {
                    "guide": guide,
                    "url": guide.get_url(request),
                    "step": step,
                    "total": outline[-1].number,
                    "outline": outline,
                }
            )
        if len(found) == MAX_GUIDES:
            break
    return found


@register.inclusion_tag("components/guide_steps.html", takes_context=True)
def guide_steps(context, page):
    """ "Teil von: Ankommen im Landkreis, Schritt 3 von 7" on a page a guide links to, with
    the guide's steps behind a disclosure."""
    if page is None or getattr(page, "pk", None) is None or isinstance(page, GuidePage):
        return {"guides": []}
    return {"guides": guides_linking_to(page, context.get("request"))}
