"""Demo translations (load_demo): the home page, "Über uns", the contacts directory, the seed
article and the next events in English, Ukrainian, Arabic, Persian, Turkish and Russian.

Written by the project in plain language; names, dates, places and phone numbers stay as they
are. Pages are found by their German address, so this module knows no domain app. Made with
Wagtail's "copy for translation" (the same as "Übersetzen" without wagtail-localize's sync);
runs again without creating anything twice.
"""

from django.conf import settings
from django.utils import timezone

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
        "هسن تا سال ۲۰۲۵ هزینه WIR-Vielfaltszentrum را می‌دهد",
        "معاون وزیر، آنه یانتس، حکم تأمین مالی WIR-Vielfaltszentrum را به رئیس بخش، اشتفان رویس، داد. ایالت برای سال‌های ۲۰۲۱ تا ۲۰۲۵ حدود نیم میلیون یورو برای هزینه کارکنان می‌پردازد.",
        [
            "معاون وزیر، آنه یانتس، از طرف ایالت هسن حکم تأمین مالی WIR-Vielfaltszentrum بخش ورا-مایسنر را به رئیس بخش، اشتفان رویس، داد. این حکم برای سال‌های ۲۰۲۱ تا ۲۰۲۵ است.",
            "دفتر هماهنگی WIR از سال ۲۰۱۵ در اداره بخش کار می‌کند. از سال ۲۰۱۸ مدیریت پرونده WIR هم هست. این بخش کمک‌های بسیار عملی می‌دهد، به‌ویژه به پناهجویان.",
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
    "en": "Handing over the funding notice: State Secretary Anne Janz and District Administrator Stefan Reuß (illustration)",
    "uk": "Передача рішення про фінансування: статс-секретарка Анне Янц і ландрат Штефан Ройс (ілюстрація)",
    "ar": "تسليم قرار التمويل: وكيلة الوزارة آنه يانتس ورئيس الدائرة شتيفان رويس (رسم توضيحي)",
    "fa": "سپردن حکم تأمین مالی: معاون وزیر آنه یانتس و رئیس بخش اشتفان رویس (تصویرسازی)",
    "tr": "Destek kararının teslimi: Müsteşar Anne Janz ve İlçe Başkanı Stefan Reuß (illüstrasyon)",
    "ru": "Передача решения о финансировании: статс-секретарь Анне Янц и ландрат Штефан Ройс (иллюстрация)",
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

# Upcoming events by their German title: (title, teaser) per language.
EVENTS = {
    "Sprachcafé": {
        "en": (
            "Language café",
            "Practise German over coffee and tea: people who are new here meet volunteers for a chat. Every Wednesday, no registration needed.",
        ),
        "uk": (
            "Мовне кафе",
            "Практикуйте німецьку за кавою і чаєм: люди, які недавно тут, спілкуються з волонтерами. Щосереди, без реєстрації.",
        ),
        "ar": (
            "مقهى اللغة",
            "تدرّب على الألمانية مع القهوة والشاي: يلتقي القادمون الجدد بمتطوعين للحديث. كل يوم أربعاء، دون تسجيل.",
        ),
        "fa": (
            "کافه زبان",
            "آلمانی را با قهوه و چای تمرین کنید: تازه‌واردها با داوطلبان گفتگو می‌کنند. هر چهارشنبه، بدون ثبت‌نام.",
        ),
        "tr": (
            "Dil kafesi",
            "Kahve ve çay eşliğinde Almanca pratik yapın: buraya yeni gelenler gönüllülerle sohbet eder. Her çarşamba, kayıt gerekmez.",
        ),
        "ru": (
            "Языковое кафе",
            "Практикуйте немецкий за кофе и чаем: люди, которые недавно здесь, беседуют с волонтёрами. Каждую среду, без регистрации.",
        ),
    },
    "Infoabend: Ausländische Berufsabschlüsse anerkennen lassen": {
        "en": (
            "Information evening: getting foreign qualifications recognised",
            "Did you learn a trade or study abroad? We explain how recognition works in Germany and who can help.",
        ),
        "uk": (
            "Інформаційний вечір: визнання іноземних професійних кваліфікацій",
            "Ви здобули професію або навчалися за кордоном? Ми пояснимо, як працює визнання в Німеччині і хто в цьому допомагає.",
        ),
        "ar": (
            "أمسية إعلامية: الاعتراف بالشهادات المهنية الأجنبية",
            "هل تعلّمت مهنة أو درست في الخارج؟ نشرح كيف يتم الاعتراف بها في ألمانيا ومن يساعدك في ذلك.",
        ),
        "fa": (
            "شب اطلاع‌رسانی: به رسمیت شناختن مدرک‌های حرفه‌ای خارجی",
            "در خارج از کشور حرفه‌ای آموخته‌اید یا درس خوانده‌اید؟ توضیح می‌دهیم به رسمیت شناختن مدرک در آلمان چطور است و چه کسی کمک می‌کند.",
        ),
        "tr": (
            "Bilgilendirme akşamı: Yurt dışı meslek diplomalarının tanınması",
            "Yurt dışında bir meslek mi öğrendiniz ya da okudunuz mu? Almanya'da tanınmanın nasıl işlediğini ve kimin yardım ettiğini anlatıyoruz.",
        ),
        "ru": (
            "Информационный вечер: признание иностранных профессиональных дипломов",
            "Вы получили профессию или учились за границей? Мы расскажем, как в Германии работает признание и кто в этом помогает.",
        ),
    },
}


def _paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


def _about_body(parts):
    heading_1, paragraph, heading_2, items = parts
    return [
        ("heading", {"text": heading_1, "level": "h2"}),
        _paragraph(paragraph),
        ("heading", {"text": heading_2, "level": "h2"}),
        ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"),
    ]


def _translate(report, page, code, **fields):
    locale, _created = Locale.objects.get_or_create(language_code=code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return report.add(existing.specific, created=False)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return report.add(translation, created=True)


def load(report):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return
    home = site.root_page.specific

    def _german(path):
        page = Page.objects.filter(url_path=home.url_path + path.lstrip("/")).live().first()
        return page.specific if page is not None else None

    about = _german("/ueber-uns/")
    contacts = _german("/ansprechpartner/")
    news = _german("/aktuelles/")
    article = _german("/aktuelles/bewilligungsbescheid-wir-vielfaltszentrum/")
    events = _german("/veranstaltungen/")
    upcoming = []
    if events is not None:
        upcoming = [
            child.specific
            for child in events.get_children().live().specific()
            if getattr(child, "title", "") in EVENTS
            and getattr(child, "end", None) is not None
            and child.end >= timezone.now()
        ]
    for code in demo_languages():
        title, intro = HOME[code]
        _translate(report, home, code, title=title, intro=intro)
        if about is not None:
            title, intro, parts = ABOUT[code]
            _translate(report, about, code, title=title, intro=intro, body=_about_body(parts))
        if contacts is not None:
            title, intro = CONTACTS[code]
            _translate(report, contacts, code, title=title, intro=intro)
        if news is not None:
            title, intro = NEWS[code]
            _translate(report, news, code, title=title, intro=intro)
        if article is not None:
            title, teaser, paragraphs = ARTICLE[code]
            _translate(
                report,
                article,
                code,
                title=title,
                teaser=teaser,
                body=[_paragraph(text) for text in paragraphs],
                lead_image_caption=ARTICLE_IMAGE[code],
                lead_image_alt=ARTICLE_IMAGE[code],
            )
        if events is not None:
            title, intro = EVENTS_INDEX[code]
            _translate(report, events, code, title=title, intro=intro)
        for event in upcoming:
            title, teaser = EVENTS[event.title][code]
            _translate(report, event, code, title=title, teaser=teaser, body=[])
