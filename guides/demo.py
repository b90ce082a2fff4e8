"""Demo content of the guides: "Ankommen im Landkreis" and "Deutsch lernen" (demo_guides.py)
below the home page in German; `translate` adds English, Ukrainian and Arabic once load_demo
has translated the home page. Runs again without creating anything twice."""

from wagtail.models import Locale, Page

from contacts.models import Contact
from integrationsnetz.demo import home_page
from integrationsnetz.demo_translations import demo_languages
from offers.models import Offer

from .demo_guides import GUIDES
from .models import GuidePage

LANGUAGES = ["en", "uk", "ar"]


def _links(home, links):
    """Stream data of a step's links; pages, contacts and offers missing from the demo are left
    out."""
    data = []
    for link in links:
        kind = link[0]
        if kind == "page":
            page = Page.objects.filter(url_path=home.url_path + link[1].lstrip("/")).first()
            if page is not None:
                data.append({"type": "page", "value": {"page": page.pk, "text": ""}})
        elif kind == "contact":
            contact = Contact.objects.filter(slug=link[1], locale=home.locale_id).first()
            if contact is not None:
                data.append({"type": "contact", "value": {"contact": contact.pk}})
        elif kind == "offer":
            offer = Offer.objects.filter(slug=link[1], locale=home.locale_id).first()
            if offer is not None:
                data.append({"type": "offer", "value": {"offer": offer.pk}})
        else:
            _kind, text, url = link
            data.append(
                {"type": "external_link", "value": {"url": url, "text": text, "description": ""}}
            )
    return data


def _steps(home, steps, code):
    return [
        {
            "type": "step",
            "value": {
                "connection": connection,
                "title": texts[code][0],
                "text": f"<p>{texts[code][1]}</p>",
                "links": _links(home, links),
            },
        }
        for connection, links, texts in steps
    ]


def load(report):
    home = home_page()
    for slug, pages, steps in GUIDES:
        title, intro = pages["de"]
        report.ensure_page(
            home,
            GuidePage(title=title, slug=slug, intro=intro, steps=_steps(home, steps, "de")),
        )


def translate(report):
    home = home_page()
    for code in [code for code in LANGUAGES if code in demo_languages()]:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        for slug, pages, steps in GUIDES:
            guide = GuidePage.objects.filter(slug=slug, locale=home.locale_id).first()
            if guide is None or guide.get_translation_or_none(locale) is not None:
                continue
            translation = guide.copy_for_translation(locale, copy_parents=True)
            translation.title, translation.intro = pages[code]
            # Links stay on the German pages; visitors get their translations where there are
            # some (GuidePage.link_target).
            translation.steps = _steps(home, steps, code)
            translation.save_revision().publish()
            report.add(translation, created=True)
