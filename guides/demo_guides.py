"""The two demo guides, written by the project in plain language: "Ankommen im Landkreis" and
"Deutsch lernen", in German, English, Ukrainian and Arabic.

Each guide: slug, {language: (title, intro)}, then its steps: (connection, links, {language:
(title, text)}). Links name German pages by their address below the home page, contacts and
offers by slug, or external addresses (text, URL). <span class="glossary-term"> marks a word the
glossary explains (the "Begriff" button in the editor), in each language with that language's term.
"""


def term(word):
    return f'<span class="glossary-term">{word}</span>'


# Terms with an apostrophe, outside the f-strings below.
FOREIGNERS_AUTHORITY = term("foreigners' authority")
COMPULSORY_SCHOOLING_UK = term("обов'язкове шкільне навчання")


ARRIVAL = (
    "ankommen-im-landkreis",
    {
        "de": (
            "Ankommen im Landkreis",
            "Sie sind neu im Werra-Meißner-Kreis? Diese sieben Schritte helfen in den ersten Wochen. Bei jedem Schritt finden Sie, wer Ihnen hilft.",
        ),
        "en": (
            "Arriving in the district",
            "Are you new to the Werra-Meißner district? These seven steps help in the first weeks. Each step tells you who can help.",
        ),
        "uk": (
            "Перші кроки в окрузі",
            "Ви недавно в окрузі Верра-Майсснер? Ці сім кроків допоможуть у перші тижні. На кожному кроці ви знайдете, хто вам допоможе.",
        ),
        "ar": (
            "الوصول إلى الدائرة",
            "هل أنت جديد في دائرة فيرا-مايسنر؟ هذه الخطوات السبع تساعدك في الأسابيع الأولى. في كل خطوة تجد من يساعدك.",
        ),
    },
    [
        (
            "neu",
            [("external", "Werra-Meißner-Kreis", "https://www.werra-meissner-kreis.de/")],
            {
                "de": (
                    "Wohnsitz anmelden",
                    f"Melden Sie sich innerhalb von zwei Wochen beim Bürgerbüro Ihrer Stadt oder Gemeinde an. Sie bekommen dort die {term('Meldebescheinigung')}.",
                ),
                "en": (
                    "Register your address",
                    f"Register at the citizens' office of your town within two weeks. There you get the {term('registration certificate')}.",
                ),
                "uk": (
                    "Зареєструвати місце проживання",
                    f"Протягом двох тижнів зареєструйтеся в бюро громадян свого міста чи громади. Там ви отримаєте {term('довідка про реєстрацію')}.",
                ),
                "ar": (
                    "تسجيل السكن",
                    f"سجّل عنوانك خلال أسبوعين في مكتب المواطنين في مدينتك أو بلديتك. هناك تحصل على {term('شهادة التسجيل')}.",
                ),
            },
        ),
        (
            "neu",
            [],
            {
                "de": (
                    "Krankenversicherung wählen",
                    f"Ohne {term('Krankenversicherung')} geht es nicht. Wählen Sie eine Krankenkasse; sie schickt Ihnen die {term('Gesundheitskarte')}.",
                ),
                "en": (
                    "Choose health insurance",
                    f"You cannot do without {term('health insurance')}. Choose a health insurance fund; it sends you the {term('health insurance card')}.",
                ),
                "uk": (
                    "Обрати медичне страхування",
                    f"Без цього не обійтися: {term('медичне страхування')}. Оберіть лікарняну касу; вона надішле вам {term('картка медичного страхування')}.",
                ),
                "ar": (
                    "اختيار التأمين الصحي",
                    f"لا غنى عن {term('التأمين الصحي')}. اختر صندوق تأمين صحي، وسيرسل إليك {term('بطاقة التأمين الصحي')}.",
                ),
            },
        ),
        (
            "neu",
            [],
            {
                "de": (
                    "Konto eröffnen",
                    f"Für Lohn, Miete und Leistungen brauchen Sie ein Konto. Jede Bank muss Ihnen ein {term('Basiskonto')} geben.",
                ),
                "en": (
                    "Open a bank account",
                    f"You need an account for wages, rent and benefits. Every bank must give you a {term('basic bank account')}.",
                ),
                "uk": (
                    "Відкрити рахунок",
                    f"Для зарплати, оренди та виплат потрібен рахунок. Кожен банк зобов'язаний відкрити вам {term('базовий рахунок')}.",
                ),
                "ar": (
                    "فتح حساب بنكي",
                    f"تحتاج إلى حساب للأجر والإيجار والإعانات. يجب على كل بنك أن يفتح لك {term('الحساب المصرفي الأساسي')}.",
                ),
            },
        ),
        (
            "neu",
            [
                ("offer", "auslaenderbehoerde-sprechzeiten"),
                ("page", "/ansprechpartner/"),
                ("contact", "stefanie-voeckler"),
            ],
            {
                "de": (
                    "Aufenthalt klären",
                    f"Die {term('Ausländerbehörde')} entscheidet über Ihren {term('Aufenthaltstitel')}. Gehen Sie rechtzeitig vor dem Ablauf hin. Wir beraten Sie vorher.",
                ),
                "en": (
                    "Sort out your residence",
                    f"The {FOREIGNERS_AUTHORITY} decides on your {term('residence title')}. Go there in good time before it expires. We advise you beforehand.",
                ),
                "uk": (
                    "З'ясувати питання перебування",
                    f"Установа {term('відомство у справах іноземців')} вирішує щодо вашого документа: {term('дозвіл на проживання')}. Звертайтеся вчасно, до закінчення строку. Ми проконсультуємо вас заздалегідь.",
                ),
                "ar": (
                    "توضيح الإقامة",
                    f"تقرّر {term('دائرة الأجانب')} في {term('سند الإقامة')} الخاص بك. اذهب إليها في الوقت المناسب قبل انتهاء صلاحيته. نحن نقدّم لك الاستشارة مسبقًا.",
                ),
            },
        ),
        (
            "neu",
            [
                ("offer", "integrationskurs"),
                ("external", "BAMF-NAVI", "https://bamf-navi.bamf.de/"),
            ],
            {
                "de": (
                    "Deutschkurs beginnen",
                    f"Im {term('Integrationskurs')} lernen Sie Deutsch und viel über das Leben hier. Den Platz bekommen Sie mit dem {term('Berechtigungsschein')}.",
                ),
                "en": (
                    "Start a German course",
                    f"In the {term('integration course')} you learn German and a lot about life here. You get a place with the {term('certificate of eligibility')}.",
                ),
                "uk": (
                    "Почати курс німецької",
                    f"На заняттях, які називаються {term('інтеграційний курс')}, ви вивчаєте німецьку і багато дізнаєтеся про життя тут. Місце ви отримаєте, маючи {term('посвідчення про право на участь')}.",
                ),
                "ar": (
                    "بدء دورة اللغة الألمانية",
                    f"في {term('دورة الاندماج')} تتعلّم الألمانية وكثيرًا عن الحياة هنا. تحصل على مكان فيها بموجب {term('شهادة الأحقية')}.",
                ),
            },
        ),
        (
            "oder",
            [("page", "/veranstaltungen/")],
            {
                "de": (
                    "Im Sprachcafé üben",
                    "Bis der Kurs beginnt, oder zusätzlich: Im Sprachcafé sprechen Sie jede Woche mit Ehrenamtlichen Deutsch. Es kostet nichts.",
                ),
                "en": (
                    "Practise at the language café",
                    "Until your course starts, or in addition: at the language café you speak German with volunteers every week. It is free.",
                ),
                "uk": (
                    "Практикуватися в мовному кафе",
                    "Поки курс не почався або додатково: у мовному кафе ви щотижня розмовляєте німецькою з волонтерами. Це безкоштовно.",
                ),
                "ar": (
                    "التدرّب في مقهى اللغة",
                    "إلى أن تبدأ الدورة، أو بالإضافة إليها: في مقهى اللغة تتحدث الألمانية كل أسبوع مع متطوعين. المشاركة مجانية.",
                ),
            },
        ),
        (
            "neu",
            [],
            {
                "de": (
                    "Kita oder Schule anmelden",
                    f"Kinder ab einem Jahr haben ein Recht auf einen Platz in der {term('Kita')}. Für Schulkinder gilt die {term('Schulpflicht')}: Melden Sie sie gleich an.",
                ),
                "en": (
                    "Register for daycare or school",
                    f"Children from one year old have a right to a place in a {term('daycare centre (Kita)')}. For school-age children there is {term('compulsory schooling')}: register them straight away.",
                ),
                "uk": (
                    "Записати дитину в садок або школу",
                    f"Діти від одного року мають право на місце, і це {term('дитячий садок (Kita)')}. Для дітей шкільного віку діє {COMPULSORY_SCHOOLING_UK}: запишіть їх одразу.",
                ),
                "ar": (
                    "تسجيل الطفل في الحضانة أو المدرسة",
                    f"للأطفال من عمر سنة الحق في مكان في {term('الحضانة (كيتا)')}. وللأطفال في سن المدرسة يسري {term('التعليم الإلزامي')}: سجّلهم فورًا.",
                ),
            },
        ),
        (
            "neu",
            [
                (
                    "external",
                    "Anerkennung in Deutschland",
                    "https://www.anerkennung-in-deutschland.de/",
                )
            ],
            {
                "de": (
                    "Arbeit finden",
                    f"Das {term('Jobcenter')} oder die {term('Agentur für Arbeit')} hilft bei der Suche. Haben Sie einen Beruf gelernt? Dann lassen Sie die {term('Anerkennung')} prüfen.",
                ),
                "en": (
                    "Find work",
                    f"The {term('job centre')} or the {term('employment agency')} helps you search. Did you learn a profession? Then ask about {term('recognition of qualifications')}.",
                ),
                "uk": (
                    "Знайти роботу",
                    f"У пошуку допомагає {term('джобцентр')} або {term('агенція з питань праці')}. Ви маєте професію? Тоді зверніться щодо процедури: {term('визнання кваліфікації')}.",
                ),
                "ar": (
                    "إيجاد عمل",
                    f"يساعدك {term('مركز العمل (جوب سنتر)')} أو {term('وكالة العمل')} في البحث. هل تعلّمت مهنة؟ اطلب إذن {term('معادلة الشهادات')}.",
                ),
            },
        ),
    ],
)

GERMAN = (
    "deutsch-lernen",
    {
        "de": (
            "Deutsch lernen",
            "Vom ersten Wort bis zur Prüfung: So finden Sie den passenden Deutschkurs im Landkreis, und wer Ihnen dabei hilft.",
        ),
        "en": (
            "Learning German",
            "From the first word to the exam: how to find the right German course in the district, and who helps you.",
        ),
        "uk": (
            "Вивчати німецьку",
            "Від першого слова до іспиту: як знайти відповідний курс німецької в окрузі і хто вам у цьому допоможе.",
        ),
        "ar": (
            "تعلّم اللغة الألمانية",
            "من الكلمة الأولى حتى الامتحان: كيف تجد دورة اللغة الألمانية المناسبة في الدائرة، ومن يساعدك في ذلك.",
        ),
    },
    [
        (
            "neu",
            [("contact", "stefanie-voeckler"), ("page", "/ansprechpartner/")],
            {
                "de": (
                    "Beratung bekommen",
                    "Wir klären mit Ihnen, welcher Kurs passt und wer ihn bezahlt. Viele unserer Ansprechpersonen sprechen auch Ihre Sprache.",
                ),
                "en": (
                    "Get advice",
                    "We work out with you which course suits you and who pays for it. Many of our contacts also speak your language.",
                ),
                "uk": (
                    "Отримати консультацію",
                    "Разом з вами ми з'ясуємо, який курс підходить і хто його оплачує. Багато наших контактних осіб говорять і вашою мовою.",
                ),
                "ar": (
                    "الحصول على استشارة",
                    "نوضّح معك أي دورة تناسبك ومن يدفع تكاليفها. كثير من موظفينا يتحدثون لغتك أيضًا.",
                ),
            },
        ),
        (
            "neu",
            [("external", "BAMF-NAVI", "https://bamf-navi.bamf.de/")],
            {
                "de": (
                    "Berechtigung bekommen",
                    f"Mit dem {term('Berechtigungsschein')} von der Ausländerbehörde, vom Jobcenter oder vom BAMF dürfen Sie am {term('Integrationskurs')} teilnehmen.",
                ),
                "en": (
                    "Get your eligibility",
                    f"With the {term('certificate of eligibility')} from the foreigners' authority, the job centre or the BAMF you may join the {term('integration course')}.",
                ),
                "uk": (
                    "Отримати право на курс",
                    f"Маючи {term('посвідчення про право на участь')} від відомства у справах іноземців, джобцентру або BAMF, ви можете відвідувати {term('інтеграційний курс')}.",
                ),
                "ar": (
                    "الحصول على الأحقية",
                    f"بموجب {term('شهادة الأحقية')} من دائرة الأجانب أو مركز العمل أو المكتب الاتحادي BAMF يحق لك المشاركة في {term('دورة الاندماج')}.",
                ),
            },
        ),
        (
            "neu",
            [],
            {
                "de": (
                    "Kurs besuchen",
                    "Suchen Sie eine Sprachschule in Ihrer Nähe und melden Sie sich an. Der Kurs dauert meist sechs bis neun Monate.",
                ),
                "en": (
                    "Attend the course",
                    "Look for a language school near you and register. The course usually takes six to nine months.",
                ),
                "uk": (
                    "Відвідувати курс",
                    "Знайдіть мовну школу поблизу і запишіться. Курс зазвичай триває від шести до дев'яти місяців.",
                ),
                "ar": (
                    "حضور الدورة",
                    "ابحث عن مدرسة لغة قريبة منك وسجّل فيها. تستغرق الدورة عادةً من ستة إلى تسعة أشهر.",
                ),
            },
        ),
        (
            "und",
            [("page", "/veranstaltungen/")],
            {
                "de": (
                    "Sprechen üben",
                    "Üben Sie außerhalb des Kurses: im Sprachcafé, im Verein oder beim Einkaufen. Jedes Gespräch hilft.",
                ),
                "en": (
                    "Practise speaking",
                    "Practise outside the course: at the language café, in a club or when shopping. Every conversation helps.",
                ),
                "uk": (
                    "Практикувати розмову",
                    "Практикуйтеся поза курсом: у мовному кафе, у клубі або під час покупок. Кожна розмова допомагає.",
                ),
                "ar": (
                    "التدرّب على الكلام",
                    "تدرّب خارج الدورة: في مقهى اللغة أو في نادٍ أو أثناء التسوّق. كل محادثة تساعدك.",
                ),
            },
        ),
        (
            "neu",
            [],
            {
                "de": (
                    "Prüfung ablegen",
                    "Am Ende steht der „Deutsch-Test für Zuwanderer“. Mit dem Zertifikat B1 haben Sie bessere Chancen bei Arbeit und Aufenthalt.",
                ),
                "en": (
                    "Take the exam",
                    "At the end there is the “German test for immigrants”. The B1 certificate improves your chances for work and residence.",
                ),
                "uk": (
                    "Скласти іспит",
                    "Наприкінці — «Тест з німецької для іммігрантів». Сертифікат B1 покращує ваші шанси на роботу і перебування.",
                ),
                "ar": (
                    "أداء الامتحان",
                    "في النهاية يأتي «اختبار اللغة الألمانية للمهاجرين». شهادة المستوى B1 تحسّن فرصك في العمل والإقامة.",
                ),
            },
        ),
    ],
)

GUIDES = [ARRIVAL, GERMAN]
