from django import template
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast

from wagtail.models import Locale, Page, ReferenceIndex

from ..models import GuidePage

register = template.Library()

# A page that many guides link to shows the first few; more would crowd the page.
MAX_GUIDES = 3


def guides_linking_to(target, request=None):
    """[{"guide", "url", "step", "total", "outline"}] for the live, public guides whose steps
    link to `target` (a page, or an entry of the offers directory) or to one of its
    translations (a copied guide keeps the German links), in the page's language (an offer: the
    visitor's language, as its page is shown there). Wagtail's reference index says which
    guides link where, so this costs the same few queries however many guides there are."""
    if isinstance(target, Page):
        model, kind, locale_id = Page, "page", target.locale_id
    else:
        model, kind, locale_id = type(target), "offer", Locale.get_active().pk
    translations = model.objects.filter(translation_key=target.translation_key)
    # One query where no guide links here (most pages): the guides are looked up only then.
    guide_ids = list(
        ReferenceIndex.objects.filter(
            content_type=ContentType.objects.get_for_model(GuidePage),
            to_content_type=ContentType.objects.get_for_model(model),
            to_object_id__in=translations.annotate(key=Cast("pk", output_field=CharField())).values(
                "key"
            ),
        )
        .values_list("object_id", flat=True)
        .distinct()
    )
    if not guide_ids:
        return []
    linked = list(translations.values_list("pk", flat=True))
    guides = (
        GuidePage.objects.live()
        .public()
        .filter(pk__in=[int(pk) for pk in guide_ids], locale_id=locale_id)
        .order_by("title")
    )
    found = []
    for guide in guides:
        step = guide.first_step_linking_to(linked, kind)
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
    """ "Teil von: Ankommen im Landkreis, Schritt 3 von 7" on a page a guide links to (or an
    offer's page in the directory, given the offer), with the guide's steps behind a
    disclosure."""
    if page is None or getattr(page, "pk", None) is None or isinstance(page, GuidePage):
        return {"guides": []}
    return {"guides": guides_linking_to(page, context.get("request"))}
