"""The demo's accessibility statement in English, Ukrainian and Arabic (load_demo): a faithful,
informative translation of accessibility/demo.py's published statement, written by the
project, whose body says first that only the German page is binding. Leichte Sprache and DGS stay
German by nature (`german_only`). The names of the body and of the enforcement office are
written to fit the sentences of the template in each language's catalogue."""

from integrationsnetz.demo_translations import (
    german_page,
    paragraph,
    translate_page,
    translated_languages,
)
from legal.demo_translations import BINDING

from .models import NonAccessibleContent

# Per language: the statement's fields, and for each non-accessible item of accessibility/demo.py
# (NON_ACCESSIBLE, in its order) its description, explanation and alternative.
STATEMENT = {
    "en": {
        "title": "Accessibility statement",
        "body_name": "The District Committee of the Werra-Meißner district",
        "scope": (
            "the website of the WIR-Vielfaltszentrum Werra-Meißner-Kreis with all its pages, "
            "shown here as a demonstration of the software"
        ),
        "method_description": (
            "Every page type of this website is checked automatically in a real browser "
            "(Chromium) with every change: with the testing tool axe-core for violations of "
            "WCAG 2.1 level AA, in the normal view and in the yellow-on-black contrast, at 100 "
            "and 200 per cent text size; and whether every page stays readable at a width of "
            "320 pixels without scrolling sideways and can be used with the keyboard. Automatic "
            "checks do not find all barriers. A manual check with a screen reader by people "
            "with disabilities is still to come."
        ),
        "feedback_note": "We answer you as soon as possible, within six weeks at the latest.",
        "enforcement_name": (
            "Enforcement and Monitoring Office for Accessible IT of the State of Hesse"
        ),
        "enforcement_address": (
            "at the Regional Council of Gießen\n"
            "Postal address: demonstration, to be added before going live"
        ),
        "items": [
            (
                "PDF documents and other files for download are not checked automatically. "
                "Older documents may not be accessible, for example without a heading "
                "structure or without alternative texts for images.",
                "We make new documents accessible; we are checking older ones step by step.",
                "Write to us using the “Report a barrier” form or by e-mail. We will send you "
                "the content in an accessible form.",
            ),
            (
                "The German Sign Language page only shows a placeholder video so far. The "
                "explanations in German Sign Language required by § 3(3) HVBIT are still "
                "missing.",
                "The video will be recorded with a sign language interpreter.",
                "The page in Easy Language (in German) explains the same content. You can also "
                "write us an e-mail.",
            ),
        ],
    },
    "uk": {
        "title": "Заява про доступність",
        "body_name": "Районний комітет округу Верра-Майсснер",
        # "Ця заява про доступність стосується …" (genitive).
        "scope": (
            "сайту WIR-Vielfaltszentrum округу Верра-Майсснер з усіма підсторінками; тут це "
            "демонстрація програми"
        ),
        "method_description": (
            "Кожен тип сторінок цього сайту після кожної зміни автоматично перевіряється в "
            "справжньому браузері (Chromium): програмою перевірки axe-core на порушення WCAG 2.1 "
            "рівня AA, у звичайному вигляді та в контрасті «жовтий на чорному», при розмірі "
            "шрифту 100 і 200 відсотків; а також чи кожна сторінка залишається читабельною при "
            "ширині 320 пікселів без горизонтальної прокрутки і чи нею можна користуватися з "
            "клавіатури. Автоматичні перевірки знаходять не всі бар'єри. Ручна перевірка з "
            "програмою зчитування з екрана, яку проводять люди з інвалідністю, ще попереду."
        ),
        "feedback_note": "Ми відповімо вам якомога швидше, щонайпізніше через шість тижнів.",
        # "… подати заяву до …" (genitive).
        "enforcement_name": (
            "Служби забезпечення дотримання та моніторингу доступності ІТ землі Гессен"
        ),
        "enforcement_address": (
            "при Окружному управлінні Гіссен\n"
            "Поштова адреса: демонстрація, буде доповнено перед запуском"
        ),
        "items": [
            (
                "PDF-документи та інші файли для завантаження не перевіряються автоматично. "
                "Старіші документи можуть бути недоступними, наприклад без структури "
                "заголовків або без альтернативних текстів для зображень.",
                "Нові документи ми створюємо доступними; старіші поступово перевіряємо.",
                "Напишіть нам через форму «Повідомити про бар'єр» або електронною поштою. Ми "
                "надішлемо вам вміст у доступній формі.",
            ),
            (
                "Сторінка німецькою жестовою мовою поки що показує лише відео-заглушку. "
                "Пояснень німецькою жестовою мовою, яких вимагає § 3 ч. 3 HVBIT, ще немає.",
                "Відео буде записано з перекладачкою жестової мови.",
                "Сторінка легкою мовою (німецькою) пояснює той самий вміст. Ви також можете "
                "написати нам електронного листа.",
            ),
        ],
    },
    "ar": {
        "title": "بيان إمكانية الوصول",
        # "يسعى … إلى …": a masculine body.
        "body_name": "المجلس التنفيذي لدائرة فيرا-مايسنر",
        "scope": (
            "موقع WIR-Vielfaltszentrum في دائرة فيرا-مايسنر بجميع صفحاته الفرعية، وهو هنا عرض "
            "توضيحي للبرنامج"
        ),
        "method_description": (
            "يُفحص كل نوع من صفحات هذا الموقع تلقائيًا في متصفح حقيقي (Chromium) عند كل تغيير: "
            "بأداة الفحص axe-core بحثًا عن مخالفات لمعايير WCAG 2.1 في المستوى AA، في العرض "
            "العادي وفي تباين الأصفر على الأسود، وبحجم خط 100 و200 بالمئة؛ ويُفحص كذلك هل تبقى "
            "كل صفحة مقروءة بعرض 320 بكسل دون تمرير أفقي، وهل يمكن استخدامها بلوحة المفاتيح. لا "
            "تكتشف الفحوص التلقائية كل العوائق. ولم يُجرَ بعدُ فحص يدوي بقارئ الشاشة يقوم به "
            "أشخاص من ذوي الإعاقة."
        ),
        "feedback_note": "نردّ عليك في أسرع وقت ممكن، وخلال ستة أسابيع على الأكثر.",
        "enforcement_name": (
            "هيئة الإنفاذ والرقابة على تقنية المعلومات الخالية من العوائق في ولاية هيسن"
        ),
        "enforcement_address": (
            "لدى رئاسة حكومة منطقة غيسن\nالعنوان البريدي: عرض توضيحي، يُستكمل قبل الإطلاق"
        ),
        "items": [
            (
                "لا تُفحص مستندات PDF والملفات الأخرى المتاحة للتنزيل تلقائيًا. قد لا تكون "
                "المستندات الأقدم خالية من العوائق، مثلًا بلا بنية عناوين أو بلا نصوص بديلة "
                "للصور.",
                "ننشئ المستندات الجديدة خالية من العوائق، ونراجع الأقدم شيئًا فشيئًا.",
                "اكتب لنا عبر نموذج «الإبلاغ عن عائق» أو بالبريد الإلكتروني. سنرسل إليك المحتوى "
                "بشكل خالٍ من العوائق.",
            ),
            (
                "لا تعرض صفحة لغة الإشارة الألمانية حتى الآن إلا فيديو مؤقتًا. وما زالت الشروح "
                "بلغة الإشارة الألمانية التي تشترطها المادة 3 الفقرة 3 من HVBIT غير موجودة.",
                "سيُسجَّل الفيديو مع مترجمة للغة الإشارة.",
                "تشرح صفحة اللغة المبسطة (بالألمانية) المحتوى نفسه. ويمكنك أيضًا أن تكتب لنا "
                "رسالة بالبريد الإلكتروني.",
            ),
        ],
    },
}


def load(report):
    statement = german_page("/barrierefreiheit/")
    if statement is None:
        return
    german_items = list(statement.non_accessible_items.all())
    for code in translated_languages(STATEMENT):
        texts = STATEMENT[code]
        items = [
            NonAccessibleContent(
                description=description,
                reason=german.reason,
                explanation=explanation,
                alternative=alternative,
            )
            for german, (description, explanation, alternative) in zip(
                german_items, texts["items"], strict=False
            )
        ]
        fields = {name: value for name, value in texts.items() if name != "items"}
        translate_page(
            report,
            statement,
            code,
            **fields,
            non_accessible_items=items,
            body=[paragraph(BINDING[code])],
        )
