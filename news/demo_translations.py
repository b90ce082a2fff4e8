"""The demo's short news articles in English, Ukrainian and Arabic (load_demo), so that the news
index under /en/, /uk/ and /ar/ lists as many articles as the German one. Written by the
project in plain language; the seed article and the index come with the other languages from
integrationsnetz/demo_translations.py. Tags stay German (shown as German, marked so)."""

from integrationsnetz.demo_translations import (
    german_page,
    paragraph,
    translate_page,
    translated_languages,
)

from .models import NewsArticlePage

# What closes every short article: the German FOLLOW_UP and DEMO_NOTE of news/demo.py.
FOLLOW_UP = {
    "en": (
        "Do you have questions or would you like to take part? The WIR coordinators are happy "
        "to help. Their contact details are at the bottom of every page."
    ),
    "uk": (
        "Маєте запитання або хочете долучитися? Координаторки WIR охоче допоможуть. Їхні "
        "контакти є внизу кожної сторінки."
    ),
    "ar": (
        "هل لديك أسئلة أو تريد المشاركة؟ يسعد منسّقو برنامج WIR بمساعدتك. تجد بيانات التواصل "
        "معهم في أسفل كل صفحة."
    ),
}
DEMO_NOTE = {
    "en": (
        "Example content: this article shows what a news item looks like on the website. The "
        "event described is made up."
    ),
    "uk": (
        "Приклад вмісту: ця новина показує, як виглядає повідомлення на сайті. Описана подія "
        "вигадана."
    ),
    "ar": "محتوى للمثال: يوضّح هذا الخبر كيف يبدو الخبر على الموقع. الحدث الموصوف متخيَّل.",
}

# The short articles of news/demo.py by slug: (title, teaser) per language.
ARTICLES = {
    "sprechstunde-fuer-vereine": {
        "en": (
            "New consultation hours for associations and initiatives",
            "Every first Tuesday of the month we advise associations and initiatives on project "
            "ideas, funding applications and cooperation.",
        ),
        "uk": (
            "Нові консультаційні години для спілок та ініціатив",
            "Щопершого вівторка місяця ми консультуємо спілки та ініціативи щодо ідей проєктів, "
            "заявок на фінансування і співпраці.",
        ),
        "ar": (
            "ساعات استشارة جديدة للجمعيات والمبادرات",
            "في أول يوم ثلاثاء من كل شهر نقدّم الاستشارة للجمعيات والمبادرات حول أفكار المشاريع "
            "وطلبات التمويل والتعاون.",
        ),
    },
    "tag-gegen-rassismus-2024": {
        "en": (
            "Looking back at the International Day against Racism",
            "With readings, a discussion group and activities at schools, many people in the "
            "district took a stand for respect.",
        ),
        "uk": (
            "Згадуємо Міжнародний день проти расизму",
            "Читаннями, розмовним колом і акціями в школах багато учасників в окрузі подали "
            "знак на підтримку поваги.",
        ),
        "ar": (
            "نظرة إلى اليوم الدولي لمناهضة العنصرية",
            "بقراءات أدبية وحلقة نقاش وأنشطة في المدارس، عبّر كثير من المشاركين في الدائرة عن "
            "موقفهم من أجل الاحترام.",
        ),
    },
    "diversity-tag-2024": {
        "en": (
            "Diversity Day: the administration shows its diversity",
            "On Diversity Day, staff of the district administration told us which languages and "
            "experiences they bring to their work.",
        ),
        "uk": (
            "День різноманіття: адміністрація показує своє різноманіття",
            "До Дня різноманіття працівниці й працівники районної адміністрації розповіли, які "
            "мови та який досвід вони привносять у свою роботу.",
        ),
        "ar": (
            "يوم التنوع: الإدارة تُظهر تنوعها",
            "بمناسبة يوم التنوع، حكت موظفات وموظفو إدارة الدائرة عن اللغات والتجارب التي "
            "يضيفونها إلى عملهم.",
        ),
    },
    "interkulturelle-woche-2024": {
        "en": (
            "The programme of the Intercultural Week 2024 is ready",
            "Cooking together, listening to music, getting talking: more than twenty events all "
            "over the district invite you to join in.",
        ),
        "uk": (
            "Програма Міжкультурного тижня 2024 готова",
            "Разом готувати, слухати музику, спілкуватися: понад двадцять заходів по всьому "
            "округу запрошують долучитися.",
        ),
        "ar": (
            "برنامج الأسبوع بين الثقافات 2024 جاهز",
            "الطبخ معًا والاستماع إلى الموسيقى والتعارف: أكثر من عشرين فعالية في أنحاء الدائرة "
            "تدعوك إلى المشاركة.",
        ),
    },
    "foerderaufruf-2025": {
        "en": (
            "Call for funding: small projects wanted for 2025",
            "Associations and initiatives can now submit ideas for small projects that "
            "strengthen living together in the district.",
        ),
        "uk": (
            "Конкурс на фінансування: шукаємо невеликі проєкти на 2025 рік",
            "Спілки та ініціативи вже зараз можуть подавати ідеї невеликих проєктів, які "
            "зміцнюють співжиття в окрузі.",
        ),
        "ar": (
            "دعوة للتمويل: نبحث عن مشاريع صغيرة لعام 2025",
            "يمكن للجمعيات والمبادرات من الآن تقديم أفكار لمشاريع صغيرة تقوّي العيش المشترك في "
            "الدائرة.",
        ),
    },
    "dank-an-ehrenamtliche": {
        "en": (
            "A thank-you evening for volunteers",
            "About eighty volunteers from language mentoring, meeting cafés and guide services "
            "came together for an evening of exchange.",
        ),
        "uk": (
            "Вечір подяки для волонтерів",
            "Близько вісімдесяти волонтерів із мовного наставництва, кафе зустрічей і служб "
            "супроводу зібралися на вечір обміну досвідом.",
        ),
        "ar": (
            "أمسية شكر للمتطوعين",
            "اجتمع نحو ثمانين متطوعًا ومتطوعة من برامج مرافقة تعلّم اللغة ومقاهي اللقاء وخدمات "
            "الإرشاد في أمسية لتبادل الخبرات.",
        ),
    },
    "tag-gegen-rassismus-2025": {
        "en": (
            "Day against Racism: schools take part",
            "Several schools in the district organised project days and showed their results "
            "in a joint exhibition.",
        ),
        "uk": (
            "День проти расизму: школи долучаються",
            "Кілька шкіл округу провели проєктні дні та показали свої результати на спільній "
            "виставці.",
        ),
        "ar": (
            "يوم مناهضة العنصرية: المدارس تشارك",
            "نظّمت عدة مدارس في الدائرة أيام مشاريع، وعرضت نتائجها في معرض مشترك.",
        ),
    },
    "integrationskonzept-werkstatt": {
        "en": (
            "Workshop on updating the integration plan",
            "In an open workshop, professionals, volunteers and people with a migration "
            "background collected goals for the coming years.",
        ),
        "uk": (
            "Майстерня з оновлення концепції інтеграції",
            "На відкритій майстерні фахівці, волонтери та люди з міграційним досвідом зібрали "
            "цілі на наступні роки.",
        ),
        "ar": (
            "ورشة عمل لتحديث خطة الاندماج",
            "في ورشة عمل مفتوحة، جمع مختصون ومتطوعون وأشخاص من أصول مهاجرة أهدافًا للسنوات القادمة.",
        ),
    },
    "einfache-sprache-fortbildung": {
        "en": (
            "Training: plain language in the administration",
            "Staff from several departments practised writing letters and forms that are easier "
            "to understand.",
        ),
        "uk": (
            "Навчання: проста мова в адміністрації",
            "Працівники кількох відділів вчилися писати листи та формуляри зрозуміліше.",
        ),
        "ar": (
            "دورة تدريبية: لغة بسيطة في الإدارة",
            "تدرّب موظفون من عدة أقسام على كتابة الرسائل والاستمارات بطريقة أسهل للفهم.",
        ),
    },
    "interkulturelle-woche-2025": {
        "en": (
            "Intercultural Week 2025: thank you for celebrating with us",
            "Many guests, full rooms and new contacts: a short look back at a colourful week in "
            "the Werra-Meißner district.",
        ),
        "uk": (
            "Міжкультурний тиждень 2025: дякуємо, що святкували з нами",
            "Багато гостей, повні зали і нові знайомства: короткий огляд яскравого тижня в "
            "окрузі Верра-Майсснер.",
        ),
        "ar": (
            "الأسبوع بين الثقافات 2025: شكرًا لمشاركتكم الاحتفال",
            "ضيوف كثيرون وقاعات ممتلئة ومعارف جديدة: نظرة قصيرة إلى أسبوع ملوّن في دائرة "
            "فيرا-مايسنر.",
        ),
    },
    "foerdermittel-ueberblick-2026": {
        "en": (
            "Funding for 2026 at a glance",
            "Which programmes are there, and when is the application deadline? Our overview "
            "helps you plan.",
        ),
        "uk": (
            "Огляд фінансування на 2026 рік",
            "Які є програми і до якого часу треба подати заявку? Наш огляд допоможе спланувати.",
        ),
        "ar": (
            "نظرة عامة على التمويل لعام 2026",
            "ما البرامج المتاحة، وما آخر موعد لتقديم الطلب؟ تساعدك نظرتنا العامة على التخطيط.",
        ),
    },
    "lotsinnen-gesucht": {
        "en": (
            "Volunteer guides wanted",
            "You go with people who are new to the district to appointments and help them "
            "settle in. We prepare you well for this.",
        ),
        "uk": (
            "Шукаємо волонтерів-провідників",
            "Ви супроводжуєте людей, які недавно в окрузі, на прийоми та допомагаєте їм "
            "облаштуватися. Ми добре підготуємо вас до цього.",
        ),
        "ar": (
            "نبحث عن مرشدات ومرشدين متطوعين",
            "ترافق الأشخاص الجدد في الدائرة إلى مواعيدهم وتساعدهم على الاستقرار. ونحن نُعدّك "
            "لذلك جيدًا.",
        ),
    },
    "tag-gegen-rassismus-2026": {
        "en": (
            "Action Weeks against Racism 2026",
            "Around 21 March, associations, schools and parishes invite you to talks, films and "
            "workshops.",
        ),
        "uk": (
            "Тижні дій проти расизму 2026",
            "Навколо 21 березня спілки, школи та церковні громади запрошують на розмови, фільми "
            "й воркшопи.",
        ),
        "ar": (
            "أسابيع العمل ضد العنصرية 2026",
            "في الأيام المحيطة بـ21 مارس تدعو الجمعيات والمدارس والجماعات الكنسية إلى حوارات "
            "وأفلام وورش عمل.",
        ),
    },
    "diversity-tag-2026": {
        "en": (
            "Diversity Day 2026: open doors at the district administration",
            "Visitors could take a look behind the scenes and talk with staff about diversity at "
            "work.",
        ),
        "uk": (
            "День різноманіття 2026: відкриті двері в районній адміністрації",
            "Усі охочі могли зазирнути за лаштунки й поговорити з працівниками про різноманіття "
            "на робочому місці.",
        ),
        "ar": (
            "يوم التنوع 2026: أبواب مفتوحة في إدارة الدائرة",
            "استطاع المهتمون إلقاء نظرة خلف الكواليس والتحدث مع الموظفين عن التنوع في مكان العمل.",
        ),
    },
    "interkulturelle-woche-2026": {
        "en": (
            "Intercultural Week 2026 has opened",
            "The Intercultural Week began with a festival on the market square. You will find "
            "the programme in our events calendar.",
        ),
        "uk": (
            "Міжкультурний тиждень 2026 відкрито",
            "Міжкультурний тиждень розпочався святом на ринковій площі. Програму ви знайдете в "
            "нашому календарі заходів.",
        ),
        "ar": (
            "افتتاح الأسبوع بين الثقافات 2026",
            "بدأ الأسبوع بين الثقافات باحتفال في ساحة السوق. تجد البرنامج في تقويم الفعاليات "
            "لدينا.",
        ),
    },
}


def load(report):
    index = german_page("/aktuelles/")
    if index is None:
        return
    articles = NewsArticlePage.objects.child_of(index).live().filter(slug__in=ARTICLES)
    for code in translated_languages(FOLLOW_UP):
        for article in articles:
            title, teaser = ARTICLES[article.slug][code]
            # The body as news/demo.py builds it: the teaser with the follow-up, then the note.
            body = [
                ("paragraph", f"<p>{teaser}</p><p>{FOLLOW_UP[code]}</p>"),
                paragraph(f"<i>{DEMO_NOTE[code]}</i>"),
            ]
            translate_page(report, article, code, title=title, teaser=teaser, body=body)
