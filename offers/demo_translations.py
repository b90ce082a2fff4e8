"""The demo offers, their topics and target groups in English, Ukrainian and Arabic (load_demo).

Written by the project in plain language. Names of providers and places stay German. Made with
Wagtail's copy_for_translation, as an editor's "Übersetzen" would; runs again without creating
anything twice.
"""

from integrationsnetz.demo_snippets import translate_snippet
from integrationsnetz.demo_translations import demo_languages

LANGUAGES = ["en", "uk", "ar"]

TOPICS = {
    "deutsch-lernen": ("Learning German", "Вивчення німецької", "تعلّم الألمانية"),
    "arbeit-und-ausbildung": ("Work and training", "Робота і навчання", "العمل والتدريب المهني"),
    "aufenthalt": ("Residence", "Перебування", "الإقامة"),
    "wohnen": ("Housing", "Житло", "السكن"),
    "gesundheit": ("Health", "Здоров'я", "الصحة"),
    "kinder-und-familie": ("Children and family", "Діти і сім'я", "الأطفال والعائلة"),
    "beratung": ("Advice", "Консультації", "الاستشارة"),
    "freizeit-und-begegnung": (
        "Leisure and meeting people",
        "Дозвілля і зустрічі",
        "الترفيه واللقاء",
    ),
    "ehrenamt": ("Volunteering", "Волонтерство", "العمل التطوعي"),
}

TARGET_GROUPS = {
    "erwachsene": ("Adults", "Дорослі", "البالغون"),
    "jugendliche": ("Young people", "Молодь", "الشباب"),
    "familien": ("Families with children", "Сім'ї з дітьми", "العائلات مع الأطفال"),
    "frauen": ("Women", "Жінки", "النساء"),
    "gefluechtete": ("Refugees", "Біженці", "اللاجئون"),
}

# slug: ((name, short description) in en, uk, ar)
OFFERS = {
    "integrationskurs": (
        (
            "Integration course in German",
            "Learn German from A1 to B1, with an orientation course on life in Germany.",
        ),
        (
            "Інтеграційний курс німецької",
            "Вивчення німецької від A1 до B1 з орієнтаційним курсом про життя в Німеччині.",
        ),
        (
            "دورة الاندماج باللغة الألمانية",
            "تعلّم الألمانية من A1 إلى B1، مع دورة توجيهية عن الحياة في ألمانيا.",
        ),
    ),
    "deutschkurs-fuer-frauen": (
        (
            "German course for women with childcare",
            "Learn German in the morning while your children are looked after next door.",
        ),
        (
            "Курс німецької для жінок з доглядом за дітьми",
            "Вивчайте німецьку вранці, поки діти під наглядом у сусідній кімнаті.",
        ),
        (
            "دورة ألمانية للنساء مع رعاية الأطفال",
            "تعلّمي الألمانية صباحًا بينما يُعتنى بالأطفال في الغرفة المجاورة.",
        ),
    ),
    "sprachcafe-eschwege": (
        ("Language café Eschwege", "Practise speaking German over tea and cake, no registration."),
        ("Мовне кафе Ешвеге", "Практикуйте німецьку за чаєм і пирогом, без реєстрації."),
        ("مقهى اللغة في إشفيغه", "تدرّب على التحدث بالألمانية مع الشاي والكعك، بدون تسجيل."),
    ),
    "sprachcafe-witzenhausen": (
        ("Language café Witzenhausen", "Speak German and meet people every Friday."),
        ("Мовне кафе Вітценгаузен", "Щоп'ятниці говоримо німецькою і знайомимося."),
        ("مقهى اللغة في فيتسنهاوزن", "كل يوم جمعة: تحدّث بالألمانية وتعرّف على أشخاص جدد."),
    ),
    "berufssprachkurs": (
        (
            "Job-related German course B2",
            "German for work, for people with B1, funded by the federal government.",
        ),
        (
            "Професійний курс німецької B2",
            "Німецька для роботи для тих, хто має B1, фінансує держава.",
        ),
        (
            "دورة اللغة المهنية B2",
            "الألمانية للعمل لمن لديهم مستوى B1، بتمويل من الحكومة الاتحادية.",
        ),
    ),
    "migrationsberatung": (
        (
            "Migration advice for adults (MBE)",
            "Advice on residence, work, housing and authorities for immigrants aged 27 and over.",
        ),
        (
            "Міграційна консультація для дорослих (MBE)",
            "Консультації щодо перебування, роботи, житла і установ для мігрантів від 27 років.",
        ),
        (
            "استشارة الهجرة للبالغين (MBE)",
            "استشارة حول الإقامة والعمل والسكن والدوائر الرسمية للمهاجرين من عمر 27 سنة.",
        ),
    ),
    "jugendmigrationsdienst": (
        (
            "Youth migration service",
            "Advice and support for young immigrants on school, training and work.",
        ),
        (
            "Молодіжна міграційна служба",
            "Консультації і супровід молодих мігрантів щодо школи, навчання і роботи.",
        ),
        (
            "خدمة هجرة الشباب",
            "استشارة ومرافقة للشباب المهاجرين حول المدرسة والتدريب المهني والعمل.",
        ),
    ),
    "auslaenderbehoerde-sprechzeiten": (
        (
            "Immigration office: residence permits",
            "Apply for or extend a residence permit, electronic permit card.",
        ),
        (
            "Відомство у справах іноземців: дозволи на проживання",
            "Подати заяву на дозвіл на проживання або продовжити його, електронна картка.",
        ),
        (
            "دائرة الأجانب: تصاريح الإقامة",
            "تقديم طلب تصريح إقامة أو تمديده، بطاقة الإقامة الإلكترونية.",
        ),
    ),
    "einbuergerung": (
        ("Advice on naturalisation", "Who can become German? Requirements and application."),
        (
            "Консультація щодо натуралізації",
            "Хто може отримати німецьке громадянство? Умови і заява.",
        ),
        ("استشارة التجنّس", "من يمكنه الحصول على الجنسية الألمانية؟ الشروط والطلب."),
    ),
    "kita-anmeldung": (
        (
            "Registering for a Kita (day care)",
            "Register for a place in a Kita or crèche; help with the form.",
        ),
        (
            "Запис до дитсадка (Kita)",
            "Запишіть дитину до дитсадка або ясел; допомога з формуляром.",
        ),
        ("التسجيل في روضة الأطفال (Kita)", "سجّل طفلك في روضة أو حضانة؛ مساعدة في ملء الاستمارة."),
    ),
    "kindertagespflege": (
        ("Finding a childminder", "Childminders for children under three."),
        ("Пошук денної няні", "Денні няні для дітей до трьох років."),
        ("البحث عن مربية نهارية", "مربيات ومربّون نهاريون للأطفال دون الثالثة."),
    ),
    "familienzentrum-lichtenau": (
        ("Open family meeting", "Parents and children meet, play and get advice."),
        (
            "Відкриті зустрічі для сімей",
            "Батьки й діти зустрічаються, граються і отримують поради.",
        ),
        ("لقاء العائلات المفتوح", "يلتقي الآباء والأطفال ويلعبون ويحصلون على النصيحة."),
    ),
    "hausaufgabenhilfe": (
        ("Homework help", "Volunteers help schoolchildren with their homework."),
        (
            "Допомога з домашніми завданнями",
            "Волонтери допомагають школярам з домашніми завданнями.",
        ),
        ("المساعدة في الواجبات المدرسية", "متطوعون يساعدون تلاميذ المدارس في واجباتهم."),
    ),
    "ehrenamtsagentur": (
        (
            "Volunteering agency: get involved",
            "We find voluntary work that suits you, even with little German.",
        ),
        (
            "Агенція волонтерства: долучайтеся",
            "Ми разом знайдемо волонтерство, яке вам підходить, навіть із базовою німецькою.",
        ),
        (
            "وكالة العمل التطوعي: شارك معنا",
            "نجد معك عملًا تطوعيًا يناسبك، حتى مع القليل من الألمانية.",
        ),
    ),
    "integrationslotsen": (
        ("Integration guides", "Volunteers go with you to offices, doctors and schools."),
        ("Інтеграційні провідники", "Волонтери супроводжують до установ, лікарів і шкіл."),
        ("مرشدو الاندماج", "متطوعون يرافقونك إلى الدوائر الرسمية والأطباء والمدارس."),
    ),
    "anerkennungsberatung": (
        (
            "Advice on recognition of foreign qualifications",
            "Is your vocational or university qualification recognised in Germany? We help.",
        ),
        (
            "Консультація щодо визнання іноземних дипломів",
            "Чи визнано у Німеччині ваш професійний або університетський диплом? Ми допоможемо.",
        ),
        (
            "استشارة الاعتراف بالشهادات الأجنبية",
            "هل شهادتك المهنية أو الجامعية معترف بها في ألمانيا؟ نحن نساعدك.",
        ),
    ),
    "jobcenter-arbeitsvermittlung": (
        ("Jobcenter: finding work", "Jobs, applications, further training and citizen's income."),
        (
            "Джобцентр: пошук роботи",
            "Вакансії, заявки на роботу, підвищення кваліфікації і Bürgergeld.",
        ),
        ("مركز العمل: إيجاد عمل", "وظائف وطلبات توظيف وتدريب إضافي وإعانة المواطن."),
    ),
    "bewerbungswerkstatt": (
        ("Job application workshop", "Write a CV, practise applying, print your documents."),
        (
            "Майстерня резюме",
            "Напишіть резюме, потренуйтеся подавати заявку, роздрукуйте документи.",
        ),
        ("ورشة طلبات التوظيف", "اكتب سيرتك الذاتية وتدرّب على التقديم واطبع مستنداتك."),
    ),
    "ausbildungsberatung": (
        (
            "Vocational training in Germany: advice",
            "Which training suits you? Routes, vocational school and training toleration.",
        ),
        (
            "Професійне навчання в Німеччині: консультація",
            "Яке навчання вам підходить? Шляхи, профшкола і толерування на час навчання.",
        ),
        (
            "التدريب المهني في ألمانيا: استشارة",
            "أي تدريب مهني يناسبك؟ الطرق والمدرسة المهنية وتصريح البقاء للتدريب.",
        ),
    ),
    "wohnungssuche": (
        (
            "Help finding a flat",
            "Understand flat adverts, check a tenancy agreement, housing eligibility certificate.",
        ),
        (
            "Допомога в пошуку житла",
            "Розуміти оголошення, перевірити договір оренди, довідка на соціальне житло.",
        ),
        (
            "المساعدة في البحث عن سكن",
            "فهم إعلانات الشقق، التحقق من عقد الإيجار، شهادة أحقية السكن.",
        ),
    ),
    "gesundheitsberatung": (
        (
            "Health advice and vaccinations",
            "Questions about health insurance, vaccinations and doctors nearby.",
        ),
        (
            "Консультації зі здоров'я і щеплення",
            "Питання про медичне страхування, щеплення і лікарів поруч.",
        ),
        ("الاستشارة الصحية والتطعيمات", "أسئلة حول التأمين الصحي والتطعيمات والأطباء القريبين."),
    ),
    "psychosoziale-beratung": (
        (
            "Psychosocial counselling for refugees",
            "Talks about worries, stress and terrible experiences, in confidence.",
        ),
        (
            "Психосоціальна консультація для біженців",
            "Розмови про тривоги, стрес і важкі переживання, конфіденційно.",
        ),
        (
            "الاستشارة النفسية الاجتماعية للاجئين",
            "أحاديث حول المخاوف والضغط والتجارب الصعبة، بسرية تامة.",
        ),
    ),
    "frauentreff": (
        (
            "International women's meeting",
            "Women from many countries meet, cook, talk and go on outings.",
        ),
        (
            "Міжнародний жіночий клуб",
            "Жінки з багатьох країн зустрічаються, готують, спілкуються і їздять на екскурсії.",
        ),
        ("ملتقى النساء الدولي", "نساء من بلدان كثيرة يلتقين ويطبخن ويتحدثن ويقمن برحلات."),
    ),
    "fahrradwerkstatt": (
        ("Open bicycle workshop", "Repair bikes together; donated bikes for a small fee."),
        (
            "Відкрита велосипедна майстерня",
            "Ремонтуємо велосипеди разом; подаровані велосипеди за невелику плату.",
        ),
        ("ورشة الدراجات المفتوحة", "نصلح الدراجات معًا؛ دراجات متبرّع بها مقابل رسم بسيط."),
    ),
    "asylverfahrensberatung": (
        (
            "Advice on the asylum procedure",
            "Independent advice on the asylum procedure, the interview and decisions.",
        ),
        (
            "Консультація щодо процедури притулку",
            "Незалежна консультація щодо процедури притулку, співбесіди і рішень.",
        ),
        ("استشارة إجراءات اللجوء", "استشارة مستقلة حول إجراءات اللجوء والمقابلة والقرارات."),
    ),
}

# slug: the offer's short notice in en, uk, ar (where the German offer has one).
NOTICES = {
    "familienzentrum-lichtenau": (
        "Closed until further notice because of building work.",
        "Зачинено до подальшого повідомлення через ремонт.",
        "مغلق حتى إشعار آخر بسبب أعمال البناء.",
    ),
    "frauentreff": ("Closed in August.", "У серпні зачинено.", "مغلق في شهر أغسطس."),
}


def load(report, topics, groups, offers):
    """`topics`, `groups`, `offers`: the German demo objects by slug."""
    for code in [code for code in LANGUAGES if code in demo_languages()]:
        column = LANGUAGES.index(code)
        for slug, names in TOPICS.items():
            translate_snippet(report, topics[slug], code, name=names[column])
        for slug, names in TARGET_GROUPS.items():
            translate_snippet(report, groups[slug], code, name=names[column])
        for slug, texts in OFFERS.items():
            if slug in offers:
                name, short = texts[column]
                notice = NOTICES[slug][column] if slug in NOTICES else offers[slug].notice
                translate_snippet(
                    report,
                    offers[slug],
                    code,
                    name=name,
                    short_description=short,
                    description=f"<p>{short}</p>",
                    notice=notice,
                )
