"""Demo translations (load_demo): the home page, "Über uns", the contacts, offers, news and
events directories and the seed article in English, Ukrainian, Arabic, Persian, Turkish and
Russian; and the helpers with which the apps translate their own demo pages
(`news/demo_translations.py`, `events/demo_translations.py`, `legal/demo_translations.py`,
`accessibility/demo_translations.py`).

Written by the project in plain language; names, dates, places and phone numbers stay as they
are. Pages are found by their German address, so this module knows no domain app. Made with
Wagtail's "copy for translation" (the same as "Übersetzen" without wagtail-localize's sync);
runs again without creating anything twice.
"""

from django.conf import settings

from wagtail.models import Locale, Page, Site

LANGUAGES = ["en", "uk", "ar", "fa", "tr", "ru"]


def demo_languages():
    """All six; the test settings choose fewer (each language costs seconds per load_demo)."""
    return getattr(settings, "DEMO_LANGUAGES", LANGUAGES)


HOME = {
    "en": (
        "WIR-Vielfaltszentrum Werra-Meißner-Kreis",
        "We advise, connect and support: people who are new to the Werra-Meißner district, and everyone here who works for living well together.",
    ),
    "uk": (
        "WIR-Vielfaltszentrum Werra-Meißner-Kreis",
        "Ми консультуємо, об'єднуємо і супроводжуємо: людей, які недавно в окрузі Верра-Майсснер, і всіх, хто тут дбає про добре співжиття.",
    ),
    "ar": (
        "WIR-Vielfaltszentrum Werra-Meißner-Kreis",
        "نقدّم الاستشارة ونربط الناس ببعضهم ونرافقهم: من هم جدد في دائرة فيرا-مايسنر، وكل من يعمل هنا من أجل عيش مشترك جيد.",
    ),
    "fa": (
        "WIR-Vielfaltszentrum Werra-Meißner-Kreis",
        "ما مشاوره می‌دهیم، افراد را به هم وصل می‌کنیم و همراهی می‌کنیم: کسانی که تازه به بخش ورا-مایسنر آمده‌اند و همه کسانی که اینجا برای زندگی خوب در کنار هم تلاش می‌کنند.",
    ),
    "tr": (
        "WIR-Vielfaltszentrum Werra-Meißner-Kreis",
        "Danışmanlık yapıyor, insanları bir araya getiriyor ve onlara eşlik ediyoruz: Werra-Meißner ilçesine yeni gelenlere ve burada iyi bir birlikte yaşam için çalışan herkese.",
    ),
    "ru": (
        "WIR-Vielfaltszentrum Werra-Meißner-Kreis",
        "Мы консультируем, объединяем и сопровождаем: людей, которые недавно живут в округе Верра-Майснер, и всех, кто здесь заботится о хорошей совместной жизни.",
    ),
}

ABOUT = {
    "en": (
        "About us",
        "The WIR-Vielfaltszentrum is the office for integration and diversity in the district administration. The State of Hesse funds it through its “WIR” programme.",
        [
            "What we do",
            "We bring people and organisations together: the administration, associations, initiatives, volunteers and people with a migration background. We give information about funding, organise the Intercultural Week, the International Day against Racism and Diversity Day, and we keep the district's integration plan up to date.",
            "Who we are here for",
            [
                "for people who are new to the district and need orientation",
                "for volunteers and associations that need support",
                "for towns, municipalities and specialist services that want to open up to diversity",
            ],
        ],
    ),
    "uk": (
        "Про нас",
        "WIR-Vielfaltszentrum — це відділ районної адміністрації з питань інтеграції та різноманіття. Земля Гессен фінансує його через програму «WIR».",
        [
            "Що ми робимо",
            "Ми об'єднуємо людей і організації: адміністрацію, спілки, ініціативи, волонтерів і людей з міграційним досвідом. Ми розповідаємо про фінансування, організовуємо Міжкультурний тиждень, Міжнародний день проти расизму і День різноманіття та оновлюємо концепцію інтеграції округу.",
            "Для кого ми працюємо",
            [
                "для людей, які недавно в окрузі й шукають орієнтації",
                "для волонтерів і спілок, яким потрібна підтримка",
                "для міст, громад і фахових служб, які хочуть відкритися до різноманіття",
            ],
        ],
    ),
    "ar": (
        "من نحن",
        "مركز WIR-Vielfaltszentrum هو القسم المسؤول عن الاندماج والتنوع في إدارة الدائرة. تموّله ولاية هيسن ضمن برنامج «WIR».",
        [
            "ماذا نفعل",
            "نجمع الناس والمؤسسات: الإدارة والجمعيات والمبادرات والمتطوعين والأشخاص من أصول مهاجرة. نقدّم معلومات عن التمويل، وننظّم الأسبوع بين الثقافات، واليوم الدولي لمناهضة العنصرية، ويوم التنوع، ونطوّر خطة الاندماج في الدائرة.",
            "لمن نعمل",
            [
                "للأشخاص الجدد في الدائرة الذين يبحثون عن توجيه",
                "للمتطوعين والجمعيات الذين يحتاجون إلى دعم",
                "للمدن والبلديات والجهات المتخصصة التي تريد الانفتاح على التنوع",
            ],
        ],
    ),
    "fa": (
        "درباره ما",
        "WIR-Vielfaltszentrum بخش ادغام و تنوع در اداره بخش است. ایالت هسن از راه برنامه «WIR» هزینه آن را می‌دهد.",
        [
            "چه کار می‌کنیم",
            "ما افراد و نهادها را به هم وصل می‌کنیم: اداره، انجمن‌ها، ابتکارها، داوطلبان و افراد دارای پیشینه مهاجرت. درباره کمک‌های مالی اطلاع می‌دهیم، هفته میان‌فرهنگی، روز جهانی مبارزه با نژادپرستی و روز تنوع را برگزار می‌کنیم و برنامه ادغام بخش را به‌روز می‌کنیم.",
            "برای چه کسانی هستیم",
            [
                "برای کسانی که تازه به بخش آمده‌اند و راهنمایی می‌خواهند",
                "برای داوطلبان و انجمن‌هایی که به پشتیبانی نیاز دارند",
                "برای شهرها، شهرداری‌ها و نهادهای تخصصی که می‌خواهند به روی تنوع باز شوند",
            ],
        ],
    ),
    "tr": (
        "Hakkımızda",
        "WIR-Vielfaltszentrum, ilçe yönetiminin uyum ve çeşitlilik birimidir. Hessen eyaleti onu “WIR” programı üzerinden destekler.",
        [
            "Ne yapıyoruz",
            "İnsanları ve kurumları bir araya getiriyoruz: yönetim, dernekler, girişimler, gönüllüler ve göç geçmişi olan insanlar. Destek fonları hakkında bilgi veriyor, Kültürlerarası Hafta'yı, Uluslararası Irkçılıkla Mücadele Günü'nü ve Çeşitlilik Günü'nü düzenliyor ve ilçenin uyum planını güncelliyoruz.",
            "Kimler için buradayız",
            [
                "ilçeye yeni gelen ve yol gösterilmesini isteyen insanlar için",
                "desteğe ihtiyaç duyan gönüllüler ve dernekler için",
                "çeşitliliğe açılmak isteyen şehirler, belediyeler ve uzman kurumlar için",
            ],
        ],
    ),
    "ru": (
        "О нас",
        "WIR-Vielfaltszentrum — отдел районной администрации по вопросам интеграции и многообразия. Земля Гессен финансирует его по программе «WIR».",
        [
            "Что мы делаем",
            "Мы объединяем людей и организации: администрацию, объединения, инициативы, волонтёров и людей с миграционным опытом. Мы рассказываем о финансировании, организуем Межкультурную неделю, Международный день борьбы с расизмом и День многообразия и обновляем концепцию интеграции округа.",
            "Для кого мы работаем",
            [
                "для людей, которые недавно в округе и ищут ориентиры",
                "для волонтёров и объединений, которым нужна поддержка",
                "для городов, общин и специализированных служб, которые хотят открыться многообразию",
            ],
        ],
    ),
}

CONTACTS = {
    "en": (
        "Contact persons",
        "Here you will find the people at the WIR-Vielfaltszentrum who can help you. Choose a topic or a language to find the right contact person.",
    ),
    "uk": (
        "Контактні особи",
        "Тут ви знайдете людей у WIR-Vielfaltszentrum, які вам допоможуть. Виберіть тему або мову, щоб знайти потрібну контактну особу.",
    ),
    "ar": (
        "أشخاص التواصل",
        "هنا تجد الأشخاص في WIR-Vielfaltszentrum الذين يمكنهم مساعدتك. اختر موضوعًا أو لغة لتجد الشخص المناسب للتواصل.",
    ),
    "fa": (
        "مسئولان تماس",
        "اینجا افرادی را در WIR-Vielfaltszentrum پیدا می‌کنید که به شما کمک می‌کنند. یک موضوع یا زبان انتخاب کنید تا مسئول تماس مناسب را پیدا کنید.",
    ),
    "tr": (
        "İrtibat kişileri",
        "Burada WIR-Vielfaltszentrum'da size yardımcı olabilecek kişileri bulursunuz. Doğru irtibat kişisini bulmak için bir konu veya dil seçin.",
    ),
    "ru": (
        "Контактные лица",
        "Здесь вы найдёте сотрудников WIR-Vielfaltszentrum, которые вам помогут. Выберите тему или язык, чтобы найти подходящее контактное лицо.",
    ),
}

OFFERS_INDEX = {
    "en": (
        "Offers",
        "German courses, advice, childcare, work and meeting places in the Werra-Meißner district: choose a topic, a language or a place.",
    ),
    "uk": (
        "Пропозиції",
        "Курси німецької, консультації, дитсадки, робота і місця зустрічей в окрузі Верра-Майсснер: виберіть тему, мову або місце.",
    ),
    "ar": (
        "العروض",
        "دورات اللغة الألمانية والاستشارات ورياض الأطفال والعمل وأماكن اللقاء في دائرة فيرا-مايسنر: اختر موضوعًا أو لغة أو مكانًا.",
    ),
    "fa": (
        "خدمات",
        "کلاس‌های زبان آلمانی، مشاوره، مهدکودک، کار و مکان‌های دیدار در بخش ورا-مایسنر: یک موضوع، زبان یا مکان انتخاب کنید.",
    ),
    "tr": (
        "Hizmetler",
        "Werra-Meißner ilçesinde Almanca kursları, danışmanlık, kreş, iş ve buluşma yerleri: bir konu, dil veya yer seçin.",
    ),
    "ru": (
        "Предложения",
        "Курсы немецкого, консультации, детские сады, работа и места встреч в округе Верра-Майснер: выберите тему, язык или место.",
    ),
}

NEWS = {
    "en": (
        "News",
        "News from the WIR-Vielfaltszentrum: projects, funding, events and people who work for living well together.",
    ),
    "uk": (
        "Новини",
        "Новини WIR-Vielfaltszentrum: проєкти, фінансування, заходи і люди, які дбають про добре співжиття.",
    ),
    "ar": (
        "الأخبار",
        "أخبار WIR-Vielfaltszentrum: مشاريع وتمويل وفعاليات وأشخاص يعملون من أجل عيش مشترك جيد.",
    ),
    "fa": (
        "اخبار",
        "اخبار WIR-Vielfaltszentrum: پروژه‌ها، کمک‌های مالی، رویدادها و کسانی که برای زندگی خوب در کنار هم تلاش می‌کنند.",
    ),
    "tr": (
        "Haberler",
        "WIR-Vielfaltszentrum'dan haberler: projeler, destek fonları, etkinlikler ve iyi bir birlikte yaşam için çalışan insanlar.",
    ),
    "ru": (
        "Новости",
        "Новости WIR-Vielfaltszentrum: проекты, финансирование, мероприятия и люди, которые заботятся о хорошей совместной жизни.",
    ),
}

ARTICLE = {
    "en": (
        "Hesse funds the WIR-Vielfaltszentrum until 2025",
        "State Secretary Anne Janz handed District Administrator Stefan Reuß the funding notice for the WIR-Vielfaltszentrum. For the years 2021 to 2025, the state pays about half a million euros for staff costs.",
        [
            "On behalf of the State of Hesse, State Secretary Anne Janz handed the funding notice for the WIR-Vielfaltszentrum of the Werra-Meißner district to District Administrator Stefan Reuß. It applies to the years 2021 to 2025.",
            "The WIR coordination office has existed in the district administration since 2015. Since 2018 there has also been WIR case management. It gives very practical help, above all to refugees.",
        ],
    ),
    "uk": (
        "Гессен фінансує WIR-Vielfaltszentrum до 2025 року",
        "Статс-секретарка Анне Янц передала ландрату Штефану Ройсу рішення про фінансування WIR-Vielfaltszentrum. На 2021–2025 роки земля виділяє близько пів мільйона євро на оплату персоналу.",
        [
            "Від імені землі Гессен статс-секретарка Анне Янц передала ландрату Штефану Ройсу рішення про фінансування WIR-Vielfaltszentrum округу Верра-Майсснер. Воно діє на 2021–2025 роки.",
            "Координаційний офіс WIR працює в районній адміністрації з 2015 року. З 2018 року є ще кейс-менеджмент WIR. Він дає дуже практичну допомогу, насамперед біженцям.",
        ],
    ),
    "ar": (
        "ولاية هيسن تموّل WIR-Vielfaltszentrum حتى عام 2025",
        "سلّمت وكيلة الوزارة آنه يانتس رئيسَ الدائرة شتيفان رويس قرار التمويل لمركز WIR-Vielfaltszentrum. للأعوام من 2021 إلى 2025 تدفع الولاية نحو نصف مليون يورو لتكاليف الموظفين.",
        [
            "سلّمت وكيلة الوزارة آنه يانتس، باسم ولاية هيسن، رئيسَ الدائرة شتيفان رويس قرار التمويل لمركز WIR-Vielfaltszentrum في دائرة فيرا-مايسنر. القرار سارٍ للأعوام من 2021 إلى 2025.",
            "يوجد مكتب تنسيق WIR في إدارة الدائرة منذ عام 2015. ومنذ عام 2018 توجد أيضًا إدارة الحالات WIR. وهي تقدّم مساعدة عملية جدًا، خاصة للاجئين.",
        ],
    ),
    "fa": (
        "هسن تا سال 2025 هزینه WIR-Vielfaltszentrum را می‌دهد",
        "معاون وزیر، آنه یانتس، حکم تأمین مالی WIR-Vielfaltszentrum را به رئیس بخش، اشتفان رویس، داد. ایالت برای سال‌های 2021 تا 2025 حدود نیم میلیون یورو برای هزینه کارکنان می‌پردازد.",
        [
            "معاون وزیر، آنه یانتس، از طرف ایالت هسن حکم تأمین مالی WIR-Vielfaltszentrum بخش ورا-مایسنر را به رئیس بخش، اشتفان رویس، داد. این حکم برای سال‌های 2021 تا 2025 است.",
            "دفتر هماهنگی WIR از سال 2015 در اداره بخش کار می‌کند. از سال 2018 مدیریت پرونده WIR هم هست. این بخش کمک‌های بسیار عملی می‌دهد، به‌ویژه به پناهجویان.",
        ],
    ),
    "tr": (
        "Hessen, WIR-Vielfaltszentrum'u 2025'e kadar destekliyor",
        "Müsteşar Anne Janz, WIR-Vielfaltszentrum'un destek kararını İlçe Başkanı Stefan Reuß'a verdi. Eyalet, 2021–2025 yılları için personel giderlerine yaklaşık yarım milyon avro ödüyor.",
        [
            "Müsteşar Anne Janz, Hessen eyaleti adına Werra-Meißner ilçesindeki WIR-Vielfaltszentrum'un destek kararını İlçe Başkanı Stefan Reuß'a verdi. Karar 2021–2025 yıllarını kapsıyor.",
            "WIR koordinasyon ofisi 2015'ten beri ilçe yönetiminde çalışıyor. 2018'den beri WIR vaka yönetimi de var. Özellikle mültecilere çok pratik yardım sağlıyor.",
        ],
    ),
    "ru": (
        "Гессен финансирует WIR-Vielfaltszentrum до 2025 года",
        "Статс-секретарь Анне Янц передала ландрату Штефану Ройсу решение о финансировании WIR-Vielfaltszentrum. На 2021–2025 годы земля выделяет около полумиллиона евро на оплату персонала.",
        [
            "От имени земли Гессен статс-секретарь Анне Янц передала ландрату Штефану Ройсу решение о финансировании WIR-Vielfaltszentrum округа Верра-Майснер. Оно действует на 2021–2025 годы.",
            "Координационный офис WIR работает в районной администрации с 2015 года. С 2018 года есть ещё кейс-менеджмент WIR. Он даёт очень практическую помощь, прежде всего беженцам.",
        ],
    ),
}

# The lead image of the article: caption and description, per language.
ARTICLE_IMAGE = {
    "en": "A drawing, not a photo: how the handing over of the funding notice might have looked (illustration)",
    "uk": "Малюнок, не фото: так могла виглядати передача рішення про фінансування (ілюстрація)",
    "ar": "رسم وليس صورة: هكذا كان يمكن أن يبدو تسليم قرار التمويل (رسم توضيحي)",
    "fa": "نقاشی است، نه عکس: سپردن حکم تأمین مالی شاید این‌گونه بوده است (تصویرسازی)",
    "tr": "Fotoğraf değil, çizim: Destek kararının teslimi böyle görünmüş olabilir (illüstrasyon)",
    "ru": "Рисунок, а не фото: так могла выглядеть передача решения о финансировании (иллюстрация)",
}

EVENTS_INDEX = {
    "en": (
        "Events",
        "Intercultural Week, days of action, language cafés and information evenings: here you will find what the WIR-Vielfaltszentrum and its partners in the district offer.",
    ),
    "uk": (
        "Заходи",
        "Міжкультурний тиждень, дні акцій, мовні кафе та інформаційні вечори: тут ви знайдете, що пропонують WIR-Vielfaltszentrum і його партнери в окрузі.",
    ),
    "ar": (
        "الفعاليات",
        "الأسبوع بين الثقافات وأيام التوعية ومقاهي اللغة والأمسيات الإعلامية: هنا تجد ما يقدّمه WIR-Vielfaltszentrum وشركاؤه في الدائرة.",
    ),
    "fa": (
        "رویدادها",
        "هفته میان‌فرهنگی، روزهای ویژه، کافه‌های زبان و شب‌های اطلاع‌رسانی: اینجا می‌بینید WIR-Vielfaltszentrum و همکارانش در بخش چه برنامه‌هایی دارند.",
    ),
    "tr": (
        "Etkinlikler",
        "Kültürlerarası Hafta, eylem günleri, dil kafeleri ve bilgilendirme akşamları: WIR-Vielfaltszentrum'un ve ilçedeki ortaklarının sunduklarını burada bulursunuz.",
    ),
    "ru": (
        "Мероприятия",
        "Межкультурная неделя, дни акций, языковые кафе и информационные вечера: здесь вы найдёте, что предлагают WIR-Vielfaltszentrum и его партнёры в округе.",
    ),
}


def paragraph(text):
    """A paragraph block of the body (BodyBlock) with `text`."""
    return ("paragraph", f"<p>{text}</p>")


def heading(text):
    """A heading block (second level) of the body."""
    return ("heading", {"text": text, "level": "h2"})


def translated_languages(texts):
    """The codes this load_demo run translates into (DEMO_LANGUAGES) that `texts` has."""
    return [code for code in demo_languages() if code in texts]


def _about_body(parts):
    heading_1, text, heading_2, items = parts
    return [
        heading(heading_1),
        paragraph(text),
        heading(heading_2),
        ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"),
    ]


def translate_page(report, page, code, **fields):
    """`page`'s translation into `code` with `fields` set, published; the one there is if the
    page has one already (its parents are copied first where missing)."""
    locale, _created = Locale.objects.get_or_create(language_code=code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return report.add(existing.specific, created=False)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return report.add(translation, created=True)


def german_page(path):
    """The live German page at `path` ("/aktuelles/") of the default site, or None."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    url_path = site.root_page.url_path + path.lstrip("/")
    page = Page.objects.filter(url_path=url_path).live().first()
    return page.specific if page is not None else None


def load(report):
    home = german_page("/")
    if home is None:
        return
    about = german_page("/ueber-uns/")
    contacts = german_page("/ansprechpartner/")
    offers = german_page("/angebote/")
    news = german_page("/aktuelles/")
    article = german_page("/aktuelles/bewilligungsbescheid-wir-vielfaltszentrum/")
    events = german_page("/veranstaltungen/")
    for code in demo_languages():
        title, intro = HOME[code]
        translate_page(report, home, code, title=title, intro=intro)
        if about is not None:
            title, intro, parts = ABOUT[code]
            translate_page(report, about, code, title=title, intro=intro, body=_about_body(parts))
        if contacts is not None:
            title, intro = CONTACTS[code]
            translate_page(report, contacts, code, title=title, intro=intro)
        if offers is not None:
            title, intro = OFFERS_INDEX[code]
            translate_page(report, offers, code, title=title, intro=intro)
        if news is not None:
            title, intro = NEWS[code]
            translate_page(report, news, code, title=title, intro=intro)
        if article is not None:
            title, teaser, paragraphs = ARTICLE[code]
            translate_page(
                report,
                article,
                code,
                title=title,
                teaser=teaser,
                body=[paragraph(text) for text in paragraphs],
                lead_image_caption=ARTICLE_IMAGE[code],
                lead_image_alt=ARTICLE_IMAGE[code],
            )
        if events is not None:
            title, intro = EVENTS_INDEX[code]
            translate_page(report, events, code, title=title, intro=intro)
