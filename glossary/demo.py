"""Demo content of the glossary: 30 terms (glossary/demo_terms.py) and the glossary page, in
German; `translate` adds English, Ukrainian and Arabic once load_demo has translated the home
page. Runs again without creating anything twice (terms are found by slug and language)."""

from django.utils.translation import gettext as _

from wagtail.models import Locale

from integrationsnetz.demo import home_page
from integrationsnetz.demo_translations import demo_languages

from .demo_terms import EASY_LANGUAGE, TERMS
from .models import GlossaryPage, GlossaryTerm

LANGUAGES = ["en", "uk", "ar"]
PAGE = {
    "en": ("Glossary", "Words from offices and letters, explained simply."),
    "uk": ("Глосарій", "Слова з установ і листів — простими словами."),
    "ar": ("قاموس المصطلحات", "كلمات من الدوائر الرسمية والرسائل، بشرح بسيط."),
}


def _publish(report, term, created):
    if created:
        term.save_revision().publish()
    return report.add(term, created)


def load(report):
    german = Locale.get_default()
    for slug, (term, explanation, example, other_forms), _translations in TERMS:
        existing = GlossaryTerm.objects.filter(slug=slug, locale=german).first()
        if existing is not None:
            report.add(existing, created=False)
            continue
        _publish(
            report,
            GlossaryTerm.objects.create(
                slug=slug,
                term=term,
                explanation=explanation,
                example=example,
                other_forms=other_forms,
                easy_language=EASY_LANGUAGE.get(slug, ""),
                locale=german,
                live=False,
            ),
            created=True,
        )
    report.ensure_page(
        home_page(),
        GlossaryPage(
            title=_("Glossar"),
            slug="glossar",
            show_in_menus=True,
            intro=_(
                "Wörter aus Briefen und von Ämtern, einfach erklärt. Tippen Sie im Text auf ein "
                "unterstrichenes Wort, um seine Erklärung zu sehen."
            ),
        ),
    )


def translate(report):
    glossary = GlossaryPage.objects.filter(slug="glossar").first()
    for code in [code for code in LANGUAGES if code in demo_languages()]:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        for slug, _german, translations in TERMS:
            source = GlossaryTerm.objects.filter(slug=slug, locale=Locale.get_default()).first()
            if source is None or source.get_translation_or_none(locale) is not None:
                continue
            term, explanation, example = translations[code]
            translation = source.copy_for_translation(locale)
            translation.term, translation.explanation, translation.example = (
                term,
                explanation,
                example,
            )
            # Other forms and Leichte Sprache are German.
            translation.other_forms = ""
            translation.easy_language = ""
            translation.live = False
            translation.save()
            _publish(report, translation, created=True)
        if glossary is not None and glossary.get_translation_or_none(locale) is None:
            title, intro = PAGE[code]
            page = glossary.copy_for_translation(locale, copy_parents=True)
            page.title, page.intro = title, intro
            page.save_revision().publish()
            report.add(page, created=True)
