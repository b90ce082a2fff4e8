"""The demo event categories (en, uk, ar) and events (load_demo), written by the project.

Every event of events/demo.py in English, Ukrainian and Arabic, the language café and the
information evening also in Persian, Turkish and Russian. Events are found by their German slug
without the date the loader adds ("sprachcafe-2026-12-09"), so events a later run adds are
translated too; a title's year comes from that slug. Names, dates, places, addresses and links
stay as they are; "Beispielort" venues are descriptions and translated."""

import re

from integrationsnetz.demo_snippets import snippet_languages, translate_snippet
from integrationsnetz.demo_translations import (
    german_page,
    heading,
    paragraph,
    translate_page,
    translated_languages,
)

from .models import EventCategory, EventPage

LANGUAGES = ("en", "uk", "ar")

CATEGORIES = {
    "aktionstage": (
        "Action weeks and action days",
        "Тижні й дні акцій",
        "أسابيع وأيام الفعاليات",
    ),
    "begegnung": ("Meeting people", "Зустрічі", "لقاءات"),
    "information": ("Information and advice", "Інформація і консультації", "معلومات واستشارات"),
    "fachveranstaltung": ("Professional event", "Фаховий захід", "فعالية متخصصة"),
}


def link(url, text, description):
    """An external link block of the body."""
    return ("external_link", {"url": url, "text": text, "description": description})


RECOGNITION_PORTAL = "https://www.anerkennung-in-deutschland.de/"
MEETING_ROOM = {
    "en": "Meeting room (example venue)",
    "uk": "Кімната зустрічей (умовне місце)",
    "ar": "قاعة اللقاء (مكان للمثال)",
    "fa": "اتاق دیدار (مکان نمونه)",
    "tr": "Buluşma odası (örnek mekân)",
    "ru": "Комната встреч (условное место)",
}

# By the German slug without its date: the fields of the translation per language ("{year}" in
# a title is the year of the German slug).
EVENTS = {
    "interkulturelle-woche": {
        "en": {
            "title": "Intercultural Week {year}",
            "teaser": (
                "A week full of encounters: festivals, readings, church services, sport and open "
                "days in towns and municipalities all over the Werra-Meißner district."
            ),
            "venue_name": "In many places in the Werra-Meißner district",
            "accessibility_notes": (
                "The programme booklet says how accessible each venue is. Just ask us, we are "
                "happy to help."
            ),
            "body": [
                paragraph(
                    "The Intercultural Week is a nationwide initiative of the churches, trade "
                    "unions, welfare organisations and municipalities. In the Werra-Meißner "
                    "district, the WIR-Vielfaltszentrum coordinates the programme."
                ),
                heading("Take part"),
                paragraph(
                    "Associations, schools, initiatives and municipalities can add events of "
                    "their own. Contact us by the end of June."
                ),
            ],
        },
        "uk": {
            "title": "Міжкультурний тиждень {year}",
            "teaser": (
                "Тиждень, повний зустрічей: свята, читання, богослужіння, спорт і дні відчинених "
                "дверей у містах і громадах по всьому окрузі Верра-Майсснер."
            ),
            "venue_name": "У багатьох місцях округу Верра-Майсснер",
            "accessibility_notes": (
                "Про доступність кожного місця написано в програмці. Запитуйте нас, ми охоче "
                "допоможемо."
            ),
            "body": [
                paragraph(
                    "Міжкультурний тиждень — загальнонімецька ініціатива церков, профспілок, "
                    "благодійних організацій і муніципалітетів. В окрузі Верра-Майсснер програму "
                    "координує WIR-Vielfaltszentrum."
                ),
                heading("Долучайтеся"),
                paragraph(
                    "Спілки, школи, ініціативи та громади можуть додати власні заходи. Напишіть "
                    "нам до кінця червня."
                ),
            ],
        },
        "ar": {
            "title": "الأسبوع بين الثقافات {year}",
            "teaser": (
                "أسبوع مليء باللقاءات: احتفالات وقراءات أدبية وصلوات وأنشطة رياضية وأبواب مفتوحة "
                "في المدن والبلديات في أنحاء دائرة فيرا-مايسنر."
            ),
            "venue_name": "في أماكن كثيرة في دائرة فيرا-مايسنر",
            "accessibility_notes": (
                "تجد في كتيّب البرنامج معلومات عن إمكانية الوصول إلى كل مكان. اسألنا، يسعدنا أن "
                "نساعدك."
            ),
            "body": [
                paragraph(
                    "الأسبوع بين الثقافات مبادرة على مستوى ألمانيا كلها، تنظّمها الكنائس "
                    "والنقابات ومنظمات الرعاية الاجتماعية والبلديات. في دائرة فيرا-مايسنر ينسّق "
                    "WIR-Vielfaltszentrum البرنامج."
                ),
                heading("شارك معنا"),
                paragraph(
                    "يمكن للجمعيات والمدارس والمبادرات والبلديات أن تضيف فعالياتها الخاصة. "
                    "تواصل معنا حتى نهاية شهر يونيو."
                ),
            ],
        },
    },
    "internationaler-tag-gegen-rassismus": {
        "en": {
            "title": "International Day against Racism {year}",
            "teaser": (
                "Taking a stand together: a rally, speeches and music on the market square, with "
                "stands of associations and initiatives."
            ),
            "body": [
                paragraph(
                    "21 March recalls the Sharpeville massacre of 1960. The United Nations "
                    "declared it the International Day for the Elimination of Racial "
                    "Discrimination."
                )
            ],
        },
        "uk": {
            "title": "Міжнародний день проти расизму {year}",
            "teaser": (
                "Разом подаємо знак: мітинг, виступи й музика на ринковій площі, зі стендами "
                "спілок та ініціатив."
            ),
            "body": [
                paragraph(
                    "21 березня нагадує про розстріл у Шарпвілі 1960 року. Організація Об'єднаних "
                    "Націй проголосила цей день Міжнародним днем боротьби за ліквідацію расової "
                    "дискримінації."
                )
            ],
        },
        "ar": {
            "title": "اليوم الدولي لمناهضة العنصرية {year}",
            "teaser": (
                "لنعبّر عن موقفنا معًا: تجمّع وكلمات وموسيقى في ساحة السوق، مع أكشاك للجمعيات "
                "والمبادرات."
            ),
            "body": [
                paragraph(
                    "يذكّر يوم 21 مارس بمجزرة شاربفيل عام 1960. وقد أعلنته الأمم المتحدة اليوم "
                    "الدولي للقضاء على التمييز العنصري."
                )
            ],
        },
    },
    "diversity-tag": {
        "en": {
            "title": "German Diversity Day {year}: diversity in the administration",
            "teaser": (
                "A morning for staff of the district, towns and municipalities: how do we reach "
                "everyone who lives here?"
            ),
        },
        "uk": {
            "title": "Німецький день різноманіття {year}: різноманіття в адміністрації",
            "teaser": (
                "Ранок для працівників округу, міст і громад: як нам достукатися до всіх людей, "
                "які тут живуть?"
            ),
        },
        "ar": {
            "title": "يوم التنوع الألماني {year}: التنوع في الإدارة",
            "teaser": (
                "صباح لموظفي الدائرة والمدن والبلديات: كيف نصل إلى كل الناس الذين يعيشون هنا؟"
            ),
        },
    },
    "sprachcafe": {
        "en": {
            "title": "Language café",
            "teaser": (
                "Practise German over coffee and tea: people who are new here meet volunteers "
                "for a chat. Every Wednesday, no registration needed."
            ),
        },
        "uk": {
            "title": "Мовне кафе",
            "teaser": (
                "Практикуйте німецьку за кавою і чаєм: люди, які недавно тут, спілкуються з "
                "волонтерами. Щосереди, без реєстрації."
            ),
        },
        "ar": {
            "title": "مقهى اللغة",
            "teaser": (
                "تدرّب على الألمانية مع القهوة والشاي: يلتقي القادمون الجدد بمتطوعين للحديث. "
                "كل يوم أربعاء، دون تسجيل."
            ),
        },
        "fa": {
            "title": "کافه زبان",
            "teaser": (
                "آلمانی را با قهوه و چای تمرین کنید: تازه‌واردها با داوطلبان گفتگو می‌کنند. هر "
                "چهارشنبه، بدون ثبت‌نام."
            ),
        },
        "tr": {
            "title": "Dil kafesi",
            "teaser": (
                "Kahve ve çay eşliğinde Almanca pratik yapın: buraya yeni gelenler gönüllülerle "
                "sohbet eder. Her çarşamba, kayıt gerekmez."
            ),
        },
        "ru": {
            "title": "Языковое кафе",
            "teaser": (
                "Практикуйте немецкий за кофе и чаем: люди, которые недавно здесь, беседуют с "
                "волонтёрами. Каждую среду, без регистрации."
            ),
        },
    },
    "infoabend-anerkennung": {
        "en": {
            "title": "Information evening: getting foreign qualifications recognised",
            "teaser": (
                "Did you learn a trade or study abroad? We explain how recognition works in "
                "Germany and who can help."
            ),
            "body": [
                paragraph(
                    "Interpreters translate into Arabic, Ukrainian and English. You are welcome "
                    "to bring your certificates."
                ),
                link(
                    RECOGNITION_PORTAL,
                    "Recognition in Germany",
                    "The information portal of the Federal Government.",
                ),
            ],
        },
        "uk": {
            "title": "Інформаційний вечір: визнання іноземних професійних кваліфікацій",
            "teaser": (
                "Ви здобули професію або навчалися за кордоном? Ми пояснимо, як працює визнання "
                "в Німеччині і хто в цьому допомагає."
            ),
            "body": [
                paragraph(
                    "Перекладачі перекладають арабською, українською та англійською. Можете "
                    "взяти з собою свої дипломи й свідоцтва."
                ),
                link(
                    RECOGNITION_PORTAL,
                    "Визнання в Німеччині",
                    "Інформаційний портал федерального уряду.",
                ),
            ],
        },
        "ar": {
            "title": "أمسية إعلامية: الاعتراف بالشهادات المهنية الأجنبية",
            "teaser": (
                "هل تعلّمت مهنة أو درست في الخارج؟ نشرح كيف يتم الاعتراف بها في ألمانيا ومن "
                "يساعدك في ذلك."
            ),
            "body": [
                paragraph(
                    "يترجم مترجمون ومترجمات إلى العربية والأوكرانية والإنجليزية. يمكنك أن تُحضر "
                    "شهاداتك معك."
                ),
                link(
                    RECOGNITION_PORTAL,
                    "الاعتراف في ألمانيا",
                    "البوابة الإعلامية للحكومة الاتحادية.",
                ),
            ],
        },
        "fa": {
            "title": "شب اطلاع‌رسانی: به رسمیت شناختن مدرک‌های حرفه‌ای خارجی",
            "teaser": (
                "در خارج از کشور حرفه‌ای آموخته‌اید یا درس خوانده‌اید؟ توضیح می‌دهیم به رسمیت "
                "شناختن مدرک در آلمان چطور است و چه کسی کمک می‌کند."
            ),
            "body": [
                paragraph(
                    "مترجمان به عربی، اوکراینی و انگلیسی ترجمه می‌کنند. اگر خواستید، مدرک‌هایتان "
                    "را همراه بیاورید."
                ),
                link(
                    RECOGNITION_PORTAL,
                    "به رسمیت شناختن مدرک در آلمان",
                    "درگاه اطلاع‌رسانی دولت فدرال.",
                ),
            ],
        },
        "tr": {
            "title": "Bilgilendirme akşamı: Yurt dışı meslek diplomalarının tanınması",
            "teaser": (
                "Yurt dışında bir meslek mi öğrendiniz ya da okudunuz mu? Almanya'da tanınmanın "
                "nasıl işlediğini ve kimin yardım ettiğini anlatıyoruz."
            ),
            "body": [
                paragraph(
                    "Tercümanlar Arapçaya, Ukraynacaya ve İngilizceye çeviri yapar. "
                    "Diplomalarınızı yanınızda getirebilirsiniz."
                ),
                link(
                    RECOGNITION_PORTAL,
                    "Almanya'da Tanınma",
                    "Federal Hükümet'in bilgi portalı.",
                ),
            ],
        },
        "ru": {
            "title": "Информационный вечер: признание иностранных профессиональных дипломов",
            "teaser": (
                "Вы получили профессию или учились за границей? Мы расскажем, как в Германии "
                "работает признание и кто в этом помогает."
            ),
            "body": [
                paragraph(
                    "Переводчики переводят на арабский, украинский и английский. Можете взять с "
                    "собой свои дипломы и свидетельства."
                ),
                link(
                    RECOGNITION_PORTAL,
                    "Признание в Германии",
                    "Информационный портал федерального правительства.",
                ),
            ],
        },
    },
    "fachtag-vielfalt-in-vereinen": {
        "en": {
            "title": "Conference day: diversity in clubs and associations",
            "teaser": (
                "How do sports clubs, fire brigades and choirs win new members with a migration "
                "background? Examples, funding options and exchange."
            ),
            "venue_name": "Community hall (example venue)",
        },
        "uk": {
            "title": "Фаховий день: різноманіття у спілках",
            "teaser": (
                "Як спортивним клубам, пожежним дружинам і хорам залучити нових членів із "
                "міграційним досвідом? Приклади, можливості фінансування й обмін досвідом."
            ),
            "venue_name": "Будинок громади (умовне місце)",
        },
        "ar": {
            "title": "يوم متخصص: التنوع في الجمعيات",
            "teaser": (
                "كيف تكسب الأندية الرياضية وفرق الإطفاء والجوقات أعضاء جددًا من أصول مهاجرة؟ "
                "أمثلة وإمكانيات للتمويل وتبادل للخبرات."
            ),
            "venue_name": "قاعة المجتمع (مكان للمثال)",
        },
    },
    "interkulturelles-fruehstueck": {
        "en": {
            "title": "Intercultural breakfast",
            "teaser": "Everyone brings something: a breakfast with food from many countries.",
        },
        "uk": {
            "title": "Міжкультурний сніданок",
            "teaser": "Кожен приносить щось із собою: сніданок зі стравами з багатьох країн.",
        },
        "ar": {
            "title": "فطور بين الثقافات",
            "teaser": "كل شخص يُحضر شيئًا معه: فطور بأطباق من بلدان كثيرة.",
        },
    },
    "online-infoabend-ehrenamt": {
        "en": {
            "title": "Online information evening: volunteering to help refugees",
            "teaser": (
                "What volunteers should know: insurance, training, contact persons and where "
                "help is needed right now."
            ),
        },
        "uk": {
            "title": "Онлайн-інформаційний вечір: волонтерство в допомозі біженцям",
            "teaser": (
                "Що варто знати волонтерам: страхування, навчання, контактні особи і де зараз "
                "потрібна допомога."
            ),
        },
        "ar": {
            "title": "أمسية إعلامية عبر الإنترنت: التطوع في مساعدة اللاجئين",
            "teaser": (
                "ما يجب أن يعرفه المتطوعون: التأمين والدورات التدريبية وأشخاص التواصل وأين "
                "توجد حاجة إلى المساعدة الآن."
            ),
        },
    },
    "lesung-angekommen-im-werratal": {
        "en": {
            "title": "Reading and talk: Arrived in the Werra valley",
            "teaser": (
                "Three people tell how they found a home in the Werra-Meißner district, and read "
                "from their texts."
            ),
            "venue_name": "Town library (example venue)",
            "cost": "€5, reduced €3",
        },
        "uk": {
            "title": "Читання й розмова: «Прибули в долину Верри»",
            "teaser": (
                "Троє людей розповідають, як знайшли дім в окрузі Верра-Майсснер, і читають свої "
                "тексти."
            ),
            "venue_name": "Міська бібліотека (умовне місце)",
            "cost": "5 €, пільговий квиток 3 €",
        },
        "ar": {
            "title": "قراءة وحوار: «وصلنا إلى وادي فيرا»",
            "teaser": ("ثلاثة أشخاص يحكون كيف وجدوا وطنًا في دائرة فيرا-مايسنر، ويقرؤون من نصوصهم."),
            "venue_name": "مكتبة المدينة (مكان للمثال)",
            "cost": "5 يورو، بسعر مخفّض 3 يورو",
        },
    },
}
# The "Beispielort" meeting room of the language café and the breakfast.
for code, venue in MEETING_ROOM.items():
    for stem in ("sprachcafe", "interkulturelles-fruehstueck"):
        if code in EVENTS[stem]:
            EVENTS[stem][code]["venue_name"] = venue

# "sprachcafe-2026-12-09", "infoabend-anerkennung-2027-01", "diversity-tag-2027".
DATED_SLUG = re.compile(r"^(?P<stem>.+?)-(?P<year>\d{4})(-\d{2}){0,2}$")


def _events():
    """The German events of the main centre with the stem and year of their slug."""
    index = german_page("/veranstaltungen/")
    if index is None:
        return []
    events = []
    for event in EventPage.objects.child_of(index).live().order_by("start"):
        match = DATED_SLUG.match(event.slug)
        if match and match["stem"] in EVENTS:
            events.append((event, match["stem"], match["year"]))
    return events


def load(report):
    categories = EventCategory.objects.filter(locale__language_code="de", slug__in=CATEGORIES)
    for column, code in snippet_languages(LANGUAGES):
        for category in categories:
            translate_snippet(report, category, code, name=CATEGORIES[category.slug][column])
    events = _events()
    for code in translated_languages(MEETING_ROOM):
        for event, stem, year in events:
            fields = EVENTS[stem].get(code)
            if fields is None:
                continue
            fields = {**fields, "title": fields["title"].format(year=year)}
            fields.setdefault("body", [])
            translate_page(report, event, code, **fields)
