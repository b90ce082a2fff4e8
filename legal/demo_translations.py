"""Impressum and Datenschutz of the demo in English, Ukrainian and Arabic (load_demo).

Faithful, informative translations of legal/demo.py's published pages, written by the project.
Each says that only the German page is binding, as the first paragraph of its body ("Weitere
Angaben"): the site has no notice of its own for this, so the sentence is translated content.
Addresses, e-mail addresses, cookie names and the names of laws (DSGVO/GDPR, HDSIG, TDDDG,
HVBIT) stay as they are; what the German page marks as part of the demonstration is marked in
the translation too.
"""

from django.conf import settings

from accessibility.preferences import COOKIE_MAX_AGE, COOKIE_NAME
from integrationsnetz.demo_translations import (
    german_page,
    paragraph,
    translate_page,
    translated_languages,
)

from .models import PrivacyCookie, PrivacyProcessing

# The first paragraph of the body of every translated legal page (and accessibility statement).
BINDING = {
    "en": (
        "<b>Translation for your information.</b> Only the German version of this page is "
        "legally binding."
    ),
    "uk": (
        "<b>Переклад для вашої інформації.</b> Юридично обов'язковою є лише німецька версія "
        "цієї сторінки."
    ),
    "ar": "<b>ترجمة لإعلامك فقط.</b> النسخة الألمانية من هذه الصفحة هي وحدها الملزمة قانونيًا.",
}

# What legal/demo.py's `published()` puts before a gap: "Demonstration: …".
DEMONSTRATION = {"en": "Demonstration", "uk": "Демонстрація", "ar": "عرض توضيحي"}


def demonstration(code, text):
    return f"{DEMONSTRATION[code]}: {text}"


# legal/demo.py's DEMONSTRATION_NOTE, per page.
IMPRINT_NOTE = {
    "en": (
        "<b>This page is part of a demonstration</b> of the WIR network's software. It is not "
        "a valid legal notice. The centre completes the details marked “Demonstration” before "
        "going live; what is still missing is in the draft of the German page."
    ),
    "uk": (
        "<b>Ця сторінка є частиною демонстрації</b> програмного забезпечення мережі WIR. Це не "
        "чинні вихідні дані. Відомості з позначкою «Демонстрація» центр доповнить перед "
        "запуском; чого ще бракує, видно в чернетці німецької сторінки."
    ),
    "ar": (
        "<b>هذه الصفحة جزء من عرض توضيحي</b> لبرنامج شبكة WIR. وهي ليست إشعارًا قانونيًا "
        "ساريًا. يُكمل المركز البيانات المعلَّمة بعبارة «عرض توضيحي» قبل إطلاق الموقع؛ وما زال "
        "ناقصًا مذكور في مسودة الصفحة الألمانية."
    ),
}
PRIVACY_NOTE = {
    "en": (
        "<b>This page is part of a demonstration</b> of the WIR network's software. It is not "
        "a valid privacy policy. The centre completes the details marked “Demonstration” "
        "before going live; what is still missing is in the draft of the German page."
    ),
    "uk": (
        "<b>Ця сторінка є частиною демонстрації</b> програмного забезпечення мережі WIR. Це не "
        "чинна політика захисту даних. Відомості з позначкою «Демонстрація» центр доповнить "
        "перед запуском; чого ще бракує, видно в чернетці німецької сторінки."
    ),
    "ar": (
        "<b>هذه الصفحة جزء من عرض توضيحي</b> لبرنامج شبكة WIR. وهي ليست بيانًا ساريًا لحماية "
        "البيانات. يُكمل المركز البيانات المعلَّمة بعبارة «عرض توضيحي» قبل إطلاق الموقع؛ وما "
        "زال ناقصًا مذكور في مسودة الصفحة الألمانية."
    ),
}

IMPRINT = {
    "en": {
        "title": "Legal notice",
        "provider_name": "District Committee of the Werra-Meißner district",
        "legal_form": "District, a corporation under public law",
        "representative": "name of the District Administrator of the Werra-Meißner district",
        "supervisory_authority": "name and address of the municipal supervisory authority",
        "editor_name": "name of the person responsible",
        "credits": (
            "Picture credits",
            "The logo, pictograms and pictures of the demo content were made with this "
            "software. The video on the German Sign Language page is a placeholder.",
        ),
    },
    "uk": {
        "title": "Вихідні дані",
        "provider_name": "Районний комітет округу Верра-Майсснер",
        "legal_form": "Район, корпорація публічного права",
        "representative": "ім'я ландрата (голови) округу Верра-Майсснер",
        "supervisory_authority": "назва та адреса органу нагляду за місцевим самоврядуванням",
        "editor_name": "ім'я відповідальної особи",
        "credits": (
            "Джерела зображень",
            "Логотип, піктограми та зображення демонстраційного вмісту створено цією "
            "програмою. Відео на сторінці німецької жестової мови — тимчасова заглушка.",
        ),
    },
    "ar": {
        "title": "الإشعار القانوني",
        "provider_name": "المجلس التنفيذي لدائرة فيرا-مايسنر",
        "legal_form": "دائرة إدارية، هيئة من هيئات القانون العام",
        "representative": "اسم رئيس أو رئيسة دائرة فيرا-مايسنر",
        "supervisory_authority": "اسم وعنوان جهة الرقابة على البلديات",
        "editor_name": "اسم الشخص المسؤول",
        "credits": (
            "مصادر الصور",
            "الشعار والرموز التصويرية وصور المحتوى التجريبي مصنوعة بهذا البرنامج. الفيديو في "
            "صفحة لغة الإشارة الألمانية مؤقت إلى حين تسجيل الفيديو الحقيقي.",
        ),
    },
}

PUBLIC_TASK = {
    "en": "Art. 6(1)(e) GDPR in conjunction with § 3 HDSIG",
    "uk": "ст. 6 ч. 1 п. e GDPR у поєднанні з § 3 HDSIG",
    "ar": (
        "المادة 6 الفقرة 1 البند (هـ) من اللائحة العامة لحماية البيانات (GDPR) بالاقتران مع "
        "المادة 3 من قانون هيسن لحماية البيانات وحرية المعلومات (HDSIG)"
    ),
}
ESSENTIAL = {
    "en": (
        "§ 25(2) no. 2 TDDDG: the cookie is strictly necessary for the website to provide the "
        "service you asked for. It needs no consent."
    ),
    "uk": (
        "§ 25 ч. 2 п. 2 TDDDG: цей файл cookie абсолютно необхідний, щоб сайт міг надати "
        "послугу, яку ви запитали. Згода на нього не потрібна."
    ),
    "ar": (
        "المادة 25 الفقرة 2 البند 2 من قانون TDDDG: ملف تعريف الارتباط هذا ضروري تمامًا ليقدّم "
        "الموقع الخدمة التي طلبتها. ولا يحتاج إلى موافقتك."
    ),
}

PRIVACY = {
    "en": {
        "title": "Privacy policy",
        "intro": (
            "This website collects as little data as possible. It loads no fonts, scripts or "
            "tracking pixels from other providers, does not analyse your behaviour and has no "
            "newsletter."
        ),
        "dpo_name": "data protection officer of the Werra-Meißner district",
        "dpo_office": "name of the office",
        "recipients": (
            "The website is run on our behalf (processing on behalf of the controller under "
            "Art. 28 GDPR). {gap} Reports from the form go by e-mail to the mailbox of the "
            "WIR-Vielfaltszentrum."
        ),
        "recipients_gap": "name of the data centre or service provider.",
        "authority_name": (
            "The Hessian Commissioner for Data Protection and Freedom of Information"
        ),
        "postal_address": "postal address",
        "processings": [
            (
                "Visiting the website (server logs)",
                "IP address, time, address visited (including search terms), status code, "
                "amount of data transferred and browser identifier. {gap}",
                "to be checked against how the website is run.",
                "Delivering the pages, finding errors and fending off attacks.",
                "how long the server logs are kept.",
            ),
            (
                "“Report a barrier” form",
                "Address of the page concerned, your description, if you wish your name and "
                "e-mail address, whether you would like an answer, time. The IP address is not "
                "stored. Against spam, a short form of the IP address that cannot be reversed "
                "(hash) is counted in the temporary store (cache) for one hour and then "
                "discarded.",
                "",
                "Removing the barriers reported and answering you (feedback mechanism under "
                "§ 4 HVBIT). The report goes by e-mail to the WIR-Vielfaltszentrum.",
                "deletion period after the report is closed.",
            ),
            (
                "Contact by e-mail or phone",
                "What you tell us, and your contact details.",
                "",
                "Answering your enquiry.",
                "deletion period under the district's filing rules.",
            ),
        ],
        "cookies": [
            "Stores whether you have chosen the yellow-on-black contrast or another text size, "
            "for example “kontrast-150”. It is only set when you choose something yourself, "
            "and contains no information about you.",
            "Protects the “Report a barrier” form from being sent in your name by another "
            "website. Only set on pages with this form; contains a random number.",
            "Only for the editorial team: keeps them logged in to the editorial area. Visitors "
            "do not get this cookie.",
        ],
    },
    "uk": {
        "title": "Захист даних",
        "intro": (
            "Цей сайт збирає якомога менше даних. Він не завантажує шрифти, скрипти чи пікселі "
            "відстеження від інших постачальників, не аналізує вашу поведінку і не має "
            "розсилки."
        ),
        "dpo_name": "уповноважена особа із захисту даних округу Верра-Майсснер",
        "dpo_office": "назва установи",
        "recipients": (
            "Сайт обслуговує підрядник за нашим дорученням (обробка за дорученням згідно зі "
            "ст. 28 GDPR). {gap} Повідомлення з форми надходять електронною поштою до скриньки "
            "WIR-Vielfaltszentrum."
        ),
        "recipients_gap": "назва центру обробки даних або постачальника послуг.",
        "authority_name": "Уповноважений землі Гессен з питань захисту даних і свободи інформації",
        "postal_address": "поштова адреса",
        "processings": [
            (
                "Відвідування сайту (журнали сервера)",
                "IP-адреса, час, відкрита адреса (також пошукові запити), код стану, обсяг "
                "переданих даних та ідентифікатор браузера. {gap}",
                "звірити з тим, як працює сайт.",
                "Показувати сторінки, знаходити помилки й відбивати атаки.",
                "строк зберігання журналів сервера.",
            ),
            (
                "Форма «Повідомити про бар'єр»",
                "Адреса сторінки, якої стосується повідомлення, ваш опис, за бажанням ім'я та "
                "адреса електронної пошти, чи бажаєте ви отримати відповідь, час. IP-адреса не "
                "зберігається. Для захисту від спаму незворотна скорочена форма (хеш) IP-адреси "
                "протягом години рахується в проміжному сховищі (кеші), а потім видаляється.",
                "",
                "Усунути повідомлені бар'єри й відповісти вам (механізм зворотного зв'язку "
                "згідно з § 4 HVBIT). Повідомлення надходить електронною поштою до "
                "WIR-Vielfaltszentrum.",
                "строк видалення після завершення розгляду повідомлення.",
            ),
            (
                "Зв'язок електронною поштою або телефоном",
                "Те, що ви нам повідомляєте, і ваші контактні дані.",
                "",
                "Відповісти на ваш запит.",
                "строк видалення згідно з правилами діловодства округу.",
            ),
        ],
        "cookies": [
            "Зберігає, чи вибрали ви контраст «жовтий на чорному» або інший розмір шрифту, "
            "наприклад «kontrast-150». Встановлюється, лише коли ви самі щось вибираєте, і не "
            "містить даних про вас.",
            "Захищає форму «Повідомити про бар'єр» від того, щоб чужий сайт надіслав її від "
            "вашого імені. Встановлюється лише на сторінках із цією формою і містить випадкове "
            "число.",
            "Лише для редакції: зберігає вхід до редакторської частини. Відвідувачі цей файл "
            "cookie не отримують.",
        ],
    },
    "ar": {
        "title": "حماية البيانات",
        "intro": (
            "يجمع هذا الموقع أقل قدر ممكن من البيانات. لا يحمّل خطوطًا أو نصوصًا برمجية أو "
            "بكسلات تتبّع من مزوّدين آخرين، ولا يحلّل سلوكك، وليست لديه نشرة إخبارية."
        ),
        "dpo_name": "مسؤول حماية البيانات في دائرة فيرا-مايسنر",
        "dpo_office": "اسم الجهة",
        "recipients": (
            "يُشغَّل الموقع نيابةً عنّا (معالجة بالتكليف وفق المادة 28 من اللائحة العامة لحماية "
            "البيانات). {gap} تُرسَل البلاغات من النموذج بالبريد الإلكتروني إلى صندوق بريد "
            "WIR-Vielfaltszentrum."
        ),
        "recipients_gap": "اسم مركز البيانات أو مقدّم الخدمة.",
        "authority_name": "مفوّض ولاية هيسن لحماية البيانات وحرية المعلومات",
        "postal_address": "العنوان البريدي",
        "processings": [
            (
                "زيارة الموقع (سجلات الخادم)",
                "عنوان IP والوقت والعنوان الذي تمت زيارته (ومنه كلمات البحث) ورمز الحالة وحجم "
                "البيانات المنقولة ومعرّف المتصفح. {gap}",
                "يُطابَق مع طريقة تشغيل الموقع.",
                "تقديم الصفحات واكتشاف الأخطاء وصدّ الهجمات.",
                "مدة حفظ سجلات الخادم.",
            ),
            (
                "نموذج «الإبلاغ عن عائق»",
                "عنوان الصفحة المعنية ووصفك، واسمك وبريدك الإلكتروني إن أردت، وهل تريد ردًا، "
                "والوقت. لا يُحفظ عنوان IP. وللحماية من الرسائل المزعجة يُعَدّ شكل مختصر لعنوان "
                "IP لا يمكن عكسه (تجزئة) لمدة ساعة في الذاكرة المؤقتة، ثم يُحذف.",
                "",
                "إزالة العوائق المُبلَّغ عنها والرد عليك (آلية الملاحظات وفق المادة 4 من HVBIT). "
                "يُرسَل البلاغ بالبريد الإلكتروني إلى WIR-Vielfaltszentrum.",
                "مهلة الحذف بعد إغلاق البلاغ.",
            ),
            (
                "التواصل بالبريد الإلكتروني أو الهاتف",
                "ما تخبرنا به، وبيانات التواصل الخاصة بك.",
                "",
                "الرد على استفسارك.",
                "مهلة الحذف وفق نظام حفظ الملفات في الدائرة.",
            ),
        ],
        "cookies": [
            "يحفظ ما إذا اخترت التباين الأصفر على الأسود أو حجم خط آخر، مثل «kontrast-150». لا "
            "يُضبط إلا عندما تختار شيئًا بنفسك، ولا يحتوي على أي بيانات عنك.",
            "يحمي نموذج «الإبلاغ عن عائق» من أن يرسله موقع آخر باسمك. لا يُضبط إلا في الصفحات "
            "التي فيها هذا النموذج، ويحتوي على رقم عشوائي.",
            "لفريق التحرير فقط: يُبقي تسجيل الدخول إلى منطقة التحرير. لا يحصل الزوار على ملف "
            "تعريف الارتباط هذا.",
        ],
    },
}


def _days_uk(days):
    if days % 10 == 1 and days % 100 != 11:
        return f"{days} день"
    if 2 <= days % 10 <= 4 and not 12 <= days % 100 <= 14:
        return f"{days} дні"
    return f"{days} днів"


def _days_ar(days):
    rest = days % 100
    if 3 <= rest <= 10:
        return f"{days} أيام"
    if 11 <= rest <= 99:
        return f"{days} يومًا"
    return f"{days} يوم"


def lifetime(code, seconds):
    """legal/demo.py's `_lifetime` in `code`."""
    days = seconds // (24 * 60 * 60)
    if code == "en":
        after = "one year" if days == 365 else f"{days} days"
        return f"Deleted after {after}; you can delete it in your browser at any time."
    if code == "uk":
        after = "рік" if days == 365 else _days_uk(days)
        return f"Видаляється через {after}; ви можете будь-коли видалити його в браузері."
    after = "سنة" if days == 365 else _days_ar(days)
    return f"يُحذف بعد {after}، ويمكنك حذفه في أي وقت من متصفحك."


def _imprint_fields(code):
    texts = IMPRINT[code]
    credits_heading, credits = texts["credits"]
    return {
        "title": texts["title"],
        "provider_name": texts["provider_name"],
        "legal_form": texts["legal_form"],
        "representative": demonstration(code, texts["representative"]),
        "supervisory_authority": demonstration(code, texts["supervisory_authority"]),
        "editor_name": demonstration(code, texts["editor_name"]),
        "body": [
            paragraph(BINDING[code]),
            paragraph(IMPRINT_NOTE[code]),
            ("heading", {"text": credits_heading, "level": "h3"}),
            paragraph(credits),
        ],
    }


def _privacy_fields(code, german):
    texts = PRIVACY[code]
    address = german.dpo_address.split("\n", 1)[1]  # the street and town after the gap
    processings = []
    for title, data, data_gap, purpose, retention in texts["processings"]:
        gap = demonstration(code, data_gap) if data_gap else ""
        processings.append(
            PrivacyProcessing(
                title=title,
                data=data.format(gap=gap).strip(),
                purpose=purpose,
                legal_basis=PUBLIC_TASK[code],
                retention=demonstration(code, retention),
            )
        )
    # The cookies of legal/demo.py's `_cookies`, in its order, by their names.
    known = {
        name: (purpose, age)
        for name, age, purpose in zip(
            [COOKIE_NAME, settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME],
            [COOKIE_MAX_AGE, settings.CSRF_COOKIE_AGE, settings.SESSION_COOKIE_AGE],
            texts["cookies"],
            strict=True,
        )
    }
    cookies = [
        PrivacyCookie(
            name=cookie.name,
            purpose=known[cookie.name][0],
            lifetime=lifetime(code, known[cookie.name][1]),
            legal_basis=ESSENTIAL[code],
        )
        for cookie in german.cookies.all()
        if cookie.name in known
    ]
    return {
        "title": texts["title"],
        "intro": texts["intro"],
        "dpo_name": demonstration(code, texts["dpo_name"]),
        "dpo_address": f"{demonstration(code, texts['dpo_office'])}\n{address}",
        "recipients": texts["recipients"].format(gap=demonstration(code, texts["recipients_gap"])),
        "authority_name": texts["authority_name"],
        "authority_address": f"Wiesbaden\n{demonstration(code, texts['postal_address'])}",
        "processings": processings,
        "cookies": cookies,
        "body": [paragraph(BINDING[code]), paragraph(PRIVACY_NOTE[code])],
    }


def load(report):
    imprint = german_page("/impressum/")
    privacy = german_page("/datenschutz/")
    for code in translated_languages(BINDING):
        if imprint is not None:
            translate_page(report, imprint, code, **_imprint_fields(code))
        if privacy is not None:
            translate_page(report, privacy, code, **_privacy_fields(code, privacy))
