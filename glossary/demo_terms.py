"""The demo glossary: 30 words from arriving and residence law, written by the project in
plain language, in German, English, Ukrainian and Arabic. Each entry: slug, German (term,
explanation, example, other forms), then {language: (term, explanation, example)}.

Plain explanations for orientation, not legal advice; the terms are the ones on letters from
offices in Germany.
"""

TERMS = [
    (
        "anmeldung",
        (
            "Anmeldung",
            "Wer in eine Wohnung zieht, meldet sich innerhalb von zwei Wochen beim Bürgerbüro der Stadt oder Gemeinde an. Dafür braucht man den Pass und die Bestätigung des Vermieters.",
            "Ich habe einen Termin für die Anmeldung im Bürgerbüro.",
            "Wohnsitzanmeldung",
        ),
        {
            "en": (
                "registration of address",
                "Anyone who moves into a flat registers at the citizens' office of the town within two weeks. You need your passport and a confirmation from your landlord.",
                "I have an appointment to register my address at the citizens' office.",
            ),
            "uk": (
                "реєстрація місця проживання",
                "Хто заселяється в житло, протягом двох тижнів реєструється в бюро громадян міста або громади. Потрібні паспорт і підтвердження від орендодавця.",
                "У мене запис на реєстрацію в бюро громадян.",
            ),
            "ar": (
                "تسجيل السكن",
                "من ينتقل إلى سكن يسجّل عنوانه خلال أسبوعين في مكتب المواطنين في المدينة أو البلدية. تحتاج إلى جواز السفر وتأكيد من المؤجّر.",
                "لديّ موعد لتسجيل السكن في مكتب المواطنين.",
            ),
        },
    ),
    (
        "meldebescheinigung",
        (
            "Meldebescheinigung",
            "Das Papier, das man nach der Anmeldung bekommt. Es zeigt, wo man wohnt. Bank, Jobcenter und Schule fragen oft danach.",
            "Für das Konto brauche ich die Meldebescheinigung.",
            "Meldebescheinigungen",
        ),
        {
            "en": (
                "registration certificate",
                "The paper you get after registering your address. It shows where you live. Banks, the job centre and schools often ask for it.",
                "I need my registration certificate to open the account.",
            ),
            "uk": (
                "довідка про реєстрацію",
                "Документ, який ви отримуєте після реєстрації. Він показує, де ви живете. Банк, джобцентр і школа часто його просять.",
                "Для рахунку мені потрібна довідка про реєстрацію.",
            ),
            "ar": (
                "شهادة التسجيل",
                "الورقة التي تحصل عليها بعد تسجيل السكن. تبيّن أين تسكن. يطلبها البنك ومركز العمل والمدرسة في كثير من الأحيان.",
                "أحتاج إلى شهادة التسجيل لفتح الحساب.",
            ),
        },
    ),
    (
        "aufenthaltstitel",
        (
            "Aufenthaltstitel",
            "Die Erlaubnis, in Deutschland zu leben. Es gibt verschiedene Arten, zum Beispiel die Aufenthaltserlaubnis oder die Niederlassungserlaubnis. Die Ausländerbehörde stellt sie aus.",
            "Mein Aufenthaltstitel gilt bis Mai.",
            "Aufenthaltstitels, Aufenthaltstiteln",
        ),
        {
            "en": (
                "residence title",
                "The permission to live in Germany. There are different kinds, for example the residence permit or the settlement permit. The foreigners' authority issues it.",
                "My residence title is valid until May.",
            ),
            "uk": (
                "дозвіл на проживання",
                "Дозвіл жити в Німеччині. Бувають різні види, наприклад посвідка на проживання або дозвіл на поселення. Його видає відомство у справах іноземців.",
                "Мій дозвіл на проживання дійсний до травня.",
            ),
            "ar": (
                "سند الإقامة",
                "الإذن بالعيش في ألمانيا. له أنواع مختلفة، مثل تصريح الإقامة أو الإقامة الدائمة. تصدره دائرة الأجانب.",
                "سند إقامتي صالح حتى شهر مايو.",
            ),
        },
    ),
    (
        "aufenthaltserlaubnis",
        (
            "Aufenthaltserlaubnis",
            "Ein Aufenthaltstitel für eine bestimmte Zeit und einen bestimmten Zweck, zum Beispiel Arbeit, Studium, Familie oder Schutz. Vor dem Ende muss man sie verlängern lassen.",
            "Ich möchte meine Aufenthaltserlaubnis verlängern.",
            "",
        ),
        {
            "en": (
                "residence permit",
                "A residence title for a limited time and a certain purpose, for example work, study, family or protection. You have to have it extended before it ends.",
                "I would like to extend my residence permit.",
            ),
            "uk": (
                "посвідка на проживання",
                "Дозвіл на проживання на певний час і з певною метою, наприклад для роботи, навчання, сім'ї або захисту. До закінчення строку її треба продовжити.",
                "Я хочу продовжити посвідку на проживання.",
            ),
            "ar": (
                "تصريح الإقامة",
                "سند إقامة لمدة محددة ولغرض محدد، مثل العمل أو الدراسة أو العائلة أو الحماية. يجب تمديده قبل انتهائه.",
                "أريد تمديد تصريح إقامتي.",
            ),
        },
    ),
    (
        "niederlassungserlaubnis",
        (
            "Niederlassungserlaubnis",
            "Ein Aufenthaltstitel ohne Ende: Man darf dauerhaft in Deutschland leben und arbeiten. Dafür braucht man unter anderem einige Jahre Aufenthalt, Deutschkenntnisse und ein eigenes Einkommen.",
            "Nach fünf Jahren habe ich die Niederlassungserlaubnis beantragt.",
            "",
        ),
        {
            "en": (
                "settlement permit",
                "A residence title without an end date: you may live and work in Germany permanently. You need, among other things, several years of residence, German skills and your own income.",
                "After five years I applied for the settlement permit.",
            ),
            "uk": (
                "дозвіл на поселення",
                "Безстроковий дозвіл на проживання: можна постійно жити й працювати в Німеччині. Для цього потрібні, зокрема, кілька років проживання, знання німецької і власний дохід.",
                "Через п'ять років я подав заяву на дозвіл на поселення.",
            ),
            "ar": (
                "الإقامة الدائمة",
                "سند إقامة بلا نهاية: يحق لك العيش والعمل في ألمانيا بشكل دائم. تحتاج من بين أمور أخرى إلى سنوات من الإقامة ومعرفة بالألمانية ودخل خاص.",
                "بعد خمس سنوات قدّمت طلب الإقامة الدائمة.",
            ),
        },
    ),
    (
        "fiktionsbescheinigung",
        (
            "Fiktionsbescheinigung",
            "Ein Papier der Ausländerbehörde, wenn über einen Antrag noch nicht entschieden ist. Es zeigt: Der Aufenthalt ist bis zur Entscheidung erlaubt. Oft darf man damit weiter arbeiten.",
            "Bis mein neuer Titel fertig ist, habe ich eine Fiktionsbescheinigung.",
            "",
        ),
        {
            "en": (
                "fictional certificate",
                "A paper from the foreigners' authority while an application has not been decided yet. It shows that your stay is allowed until the decision. Often you may keep working with it.",
                "Until my new permit is ready, I have a fictional certificate.",
            ),
            "uk": (
                "фіктивне посвідчення",
                "Документ від відомства у справах іноземців, поки рішення за заявою ще не ухвалено. Він показує, що перебування дозволене до рішення. Часто з ним можна далі працювати.",
                "Поки нова посвідка не готова, у мене є фіктивне посвідчення.",
            ),
            "ar": (
                "شهادة الإقامة المؤقتة",
                "ورقة من دائرة الأجانب ما دام الطلب لم يُبتّ فيه بعد. تبيّن أن إقامتك مسموحة حتى صدور القرار. وغالبًا يمكنك مواصلة العمل بها.",
                "إلى أن يصبح سند إقامتي الجديد جاهزًا، لديّ شهادة إقامة مؤقتة.",
            ),
        },
    ),
    (
        "duldung",
        (
            "Duldung",
            "Keine Aufenthaltserlaubnis, sondern eine Bescheinigung: Die Abschiebung ist vorübergehend ausgesetzt. Wer eine Duldung hat, sollte sich unbedingt beraten lassen.",
            "Meine Duldung wurde um drei Monate verlängert.",
            "",
        ),
        {
            "en": (
                "toleration (Duldung)",
                "Not a residence permit but a certificate: deportation is suspended for the time being. Anyone with a Duldung should definitely get advice.",
                "My toleration was extended by three months.",
            ),
            "uk": (
                "толерування (Duldung)",
                "Не посвідка на проживання, а довідка: депортацію тимчасово призупинено. Кожному, хто має Duldung, варто обов'язково отримати консультацію.",
                "Мій Duldung продовжили на три місяці.",
            ),
            "ar": (
                "التسامح المؤقت (دولدونغ)",
                "ليس تصريح إقامة بل شهادة: الترحيل معلّق مؤقتًا. من لديه دولدونغ عليه أن يطلب الاستشارة بالتأكيد.",
                "تم تمديد الدولدونغ الخاص بي ثلاثة أشهر.",
            ),
        },
    ),
    (
        "aufenthaltsgestattung",
        (
            "Aufenthaltsgestattung",
            "Das Papier für Menschen, deren Asylantrag noch geprüft wird. Es erlaubt den Aufenthalt bis zur Entscheidung und dient als Ausweis.",
            "Mit der Aufenthaltsgestattung kann ich mich ausweisen.",
            "",
        ),
        {
            "en": (
                "permission to reside (asylum)",
                "The paper for people whose asylum application is still being examined. It allows the stay until the decision and serves as an identity document.",
                "I can identify myself with my permission to reside.",
            ),
            "uk": (
                "дозвіл на перебування на час розгляду",
                "Документ для людей, чия заява про притулок ще розглядається. Він дозволяє перебування до рішення і слугує посвідченням особи.",
                "З цим дозволом я можу посвідчити свою особу.",
            ),
            "ar": (
                "إذن البقاء أثناء اللجوء",
                "الورقة الخاصة بمن لا يزال طلب لجوئهم قيد الدراسة. تسمح بالبقاء حتى صدور القرار وتُستخدم كوثيقة هوية.",
                "أستطيع إثبات هويتي بإذن البقاء.",
            ),
        },
    ),
    (
        "auslaenderbehoerde",
        (
            "Ausländerbehörde",
            "Das Amt, das über Aufenthalt und Visa entscheidet. Im Werra-Meißner-Kreis gehört sie zur Kreisverwaltung. Termine macht man meist vorher aus.",
            "Ich habe einen Brief von der Ausländerbehörde bekommen.",
            "Ausländerbehörden",
        ),
        {
            "en": (
                "foreigners' authority",
                "The office that decides on residence and visas. In the Werra-Meißner district it is part of the district administration. You usually need an appointment.",
                "I received a letter from the foreigners' authority.",
            ),
            "uk": (
                "відомство у справах іноземців",
                "Установа, яка вирішує питання перебування і віз. В окрузі Верра-Майсснер вона входить до районної адміністрації. Зазвичай потрібно записатися заздалегідь.",
                "Я отримав лист від відомства у справах іноземців.",
            ),
            "ar": (
                "دائرة الأجانب",
                "الجهة التي تقرّر في الإقامة والتأشيرات. في دائرة فيرا-مايسنر هي جزء من إدارة الدائرة. عادةً تحتاج إلى موعد مسبق.",
                "وصلتني رسالة من دائرة الأجانب.",
            ),
        },
    ),
    (
        "asylantrag",
        (
            "Asylantrag",
            "Der Antrag auf Schutz in Deutschland. Man stellt ihn beim Bundesamt für Migration und Flüchtlinge (BAMF). Danach folgt ein Gespräch, die Anhörung.",
            "Ich habe meinen Asylantrag im März gestellt.",
            "Asylantrags",
        ),
        {
            "en": (
                "asylum application",
                "The application for protection in Germany. You make it at the Federal Office for Migration and Refugees (BAMF). An interview, the hearing, follows.",
                "I made my asylum application in March.",
            ),
            "uk": (
                "заява про притулок",
                "Заява про захист у Німеччині. Її подають до Федерального відомства з питань міграції та біженців (BAMF). Потім відбувається співбесіда — слухання.",
                "Я подав заяву про притулок у березні.",
            ),
            "ar": (
                "طلب اللجوء",
                "طلب الحماية في ألمانيا. يُقدَّم لدى المكتب الاتحادي للهجرة واللاجئين (BAMF). بعده تأتي مقابلة تسمى الاستماع.",
                "قدّمت طلب لجوئي في شهر مارس.",
            ),
        },
    ),
    (
        "bescheid",
        (
            "Bescheid",
            "Ein Brief eines Amtes mit einer Entscheidung, zum Beispiel über Geld oder einen Antrag. Am Ende steht, bis wann man widersprechen kann.",
            "Der Bescheid vom Jobcenter ist heute gekommen.",
            "Bescheids, Bescheide",
        ),
        {
            "en": (
                "official decision (Bescheid)",
                "A letter from an office with a decision, for example about money or an application. At the end it says by when you can object.",
                "The decision from the job centre arrived today.",
            ),
            "uk": (
                "рішення (Bescheid)",
                "Лист від установи з рішенням, наприклад щодо грошей або заяви. Наприкінці вказано, до якого часу можна оскаржити.",
                "Сьогодні прийшло рішення від джобцентру.",
            ),
            "ar": (
                "القرار الرسمي",
                "رسالة من جهة رسمية فيها قرار، مثلًا بشأن المال أو طلب ما. في آخرها مكتوب حتى متى يمكنك الاعتراض.",
                "وصل اليوم القرار من مركز العمل.",
            ),
        },
    ),
    (
        "widerspruch",
        (
            "Widerspruch",
            "Wer mit einem Bescheid nicht einverstanden ist, kann schriftlich widersprechen. Die Frist steht im Bescheid, meist ein Monat.",
            "Ich lege Widerspruch gegen den Bescheid ein.",
            "",
        ),
        {
            "en": (
                "objection",
                "If you do not agree with a decision, you can object in writing. The deadline is in the decision letter, usually one month.",
                "I am lodging an objection against the decision.",
            ),
            "uk": (
                "заперечення",
                "Якщо ви не згодні з рішенням, можна письмово його оскаржити. Строк указано в рішенні, зазвичай це один місяць.",
                "Я подаю заперечення проти рішення.",
            ),
            "ar": (
                "الاعتراض",
                "إذا لم توافق على قرار رسمي يمكنك الاعتراض كتابيًا. المهلة مذكورة في القرار، وغالبًا شهر واحد.",
                "أقدّم اعتراضًا على القرار.",
            ),
        },
    ),
    (
        "frist",
        (
            "Frist",
            "Der Tag, bis zu dem man etwas erledigen muss, zum Beispiel Unterlagen schicken. Wer die Frist verpasst, kann Nachteile haben.",
            "Die Frist endet am 15. Juni.",
            "Fristen",
        ),
        {
            "en": (
                "deadline",
                "The day by which you have to do something, for example send documents. Missing the deadline can have disadvantages.",
                "The deadline ends on 15 June.",
            ),
            "uk": (
                "строк",
                "День, до якого треба щось зробити, наприклад надіслати документи. Якщо пропустити строк, можуть бути негативні наслідки.",
                "Строк закінчується 15 червня.",
            ),
            "ar": (
                "المهلة",
                "اليوم الذي يجب أن تنجز فيه أمرًا ما، مثل إرسال الأوراق. تفويت المهلة قد يسبب لك أضرارًا.",
                "تنتهي المهلة في 15 يونيو.",
            ),
        },
    ),
    (
        "jobcenter",
        (
            "Jobcenter",
            "Das Amt für Menschen, die arbeiten können, aber nicht genug Geld zum Leben haben. Es zahlt Bürgergeld und hilft bei der Suche nach Arbeit und Kursen.",
            "Mein Termin im Jobcenter ist am Dienstag.",
            "Jobcenters",
        ),
        {
            "en": (
                "job centre",
                "The office for people who can work but do not have enough money to live on. It pays citizen's income and helps you find work and courses.",
                "My appointment at the job centre is on Tuesday.",
            ),
            "uk": (
                "джобцентр",
                "Установа для людей, які можуть працювати, але не мають достатньо грошей на життя. Вона виплачує громадянську допомогу і допомагає знайти роботу й курси.",
                "Мій запис у джобцентр — у вівторок.",
            ),
            "ar": (
                "مركز العمل (جوب سنتر)",
                "الجهة المسؤولة عن الأشخاص القادرين على العمل الذين لا يكفيهم دخلهم للعيش. تدفع إعانة المواطن وتساعد في البحث عن عمل ودورات.",
                "موعدي في مركز العمل يوم الثلاثاء.",
            ),
        },
    ),
    (
        "agentur-fuer-arbeit",
        (
            "Agentur für Arbeit",
            "Das Amt für Arbeit und Ausbildung. Es berät bei der Berufswahl, vermittelt Stellen und zahlt Arbeitslosengeld, wenn man vorher gearbeitet hat.",
            "Die Agentur für Arbeit hat mir eine Stelle vorgeschlagen.",
            "Arbeitsagentur",
        ),
        {
            "en": (
                "employment agency",
                "The office for work and training. It gives career advice, finds jobs and pays unemployment benefit if you have worked before.",
                "The employment agency suggested a job to me.",
            ),
            "uk": (
                "агенція з питань праці",
                "Установа з питань роботи та професійного навчання. Консультує щодо вибору професії, пропонує вакансії і виплачує допомогу з безробіття, якщо ви раніше працювали.",
                "Агенція з питань праці запропонувала мені вакансію.",
            ),
            "ar": (
                "وكالة العمل",
                "الجهة المسؤولة عن العمل والتدريب المهني. تقدّم استشارة في اختيار المهنة وتعرض وظائف وتدفع إعانة البطالة لمن عمل من قبل.",
                "اقترحت عليّ وكالة العمل وظيفة.",
            ),
        },
    ),
    (
        "buergergeld",
        (
            "Bürgergeld",
            "Geld vom Jobcenter für Menschen, die arbeiten können, aber zu wenig oder kein Einkommen haben. Es deckt Essen, Kleidung, Wohnung und Heizung.",
            "Ich habe Bürgergeld beantragt.",
            "",
        ),
        {
            "en": (
                "citizen's income (Bürgergeld)",
                "Money from the job centre for people who can work but have little or no income. It covers food, clothes, rent and heating.",
                "I have applied for citizen's income.",
            ),
            "uk": (
                "громадянська допомога (Bürgergeld)",
                "Гроші від джобцентру для людей, які можуть працювати, але мають малий дохід або не мають його. Вони покривають їжу, одяг, житло та опалення.",
                "Я подав заяву на громадянську допомогу.",
            ),
            "ar": (
                "إعانة المواطن",
                "مال من مركز العمل لمن يستطيع العمل ودخله قليل أو معدوم. يغطي الطعام والملابس والسكن والتدفئة.",
                "قدّمت طلبًا للحصول على إعانة المواطن.",
            ),
        },
    ),
    (
        "integrationskurs",
        (
            "Integrationskurs",
            "Ein Kurs mit Deutschunterricht und einem Orientierungskurs über Leben, Recht und Geschichte in Deutschland. Das BAMF bezahlt ihn ganz oder zum größten Teil.",
            "Mein Integrationskurs beginnt im September.",
            "Integrationskurse, Integrationskurses, Deutschkurs, Sprachkurs",
        ),
        {
            "en": (
                "integration course",
                "A course with German lessons and an orientation course about life, law and history in Germany. The BAMF pays for all or most of it.",
                "My integration course starts in September.",
            ),
            "uk": (
                "інтеграційний курс",
                "Курс із вивченням німецької мови та орієнтаційним курсом про життя, право й історію Німеччини. BAMF оплачує його повністю або здебільшого.",
                "Мій інтеграційний курс починається у вересні.",
            ),
            "ar": (
                "دورة الاندماج",
                "دورة فيها دروس في اللغة الألمانية ودورة توجيهية عن الحياة والقانون والتاريخ في ألمانيا. يدفع المكتب الاتحادي BAMF تكاليفها كلها أو معظمها.",
                "تبدأ دورة الاندماج الخاصة بي في سبتمبر.",
            ),
        },
    ),
    (
        "berechtigungsschein",
        (
            "Berechtigungsschein",
            "Ein Papier, das zeigt: Sie dürfen am Integrationskurs teilnehmen. Sie bekommen es von der Ausländerbehörde, vom Jobcenter oder auf Antrag vom BAMF.",
            "Mit dem Berechtigungsschein melde ich mich bei der Sprachschule an.",
            "",
        ),
        {
            "en": (
                "certificate of eligibility",
                "A paper that shows you may take part in the integration course. You get it from the foreigners' authority, the job centre or, on application, from the BAMF.",
                "I register at the language school with my certificate of eligibility.",
            ),
            "uk": (
                "посвідчення про право на участь",
                "Документ, який підтверджує, що ви можете відвідувати інтеграційний курс. Його видає відомство у справах іноземців, джобцентр або за заявою BAMF.",
                "З посвідченням про право на участь я записуюся до мовної школи.",
            ),
            "ar": (
                "شهادة الأحقية",
                "ورقة تبيّن أنه يحق لك المشاركة في دورة الاندماج. تحصل عليها من دائرة الأجانب أو مركز العمل أو بطلب من المكتب الاتحادي BAMF.",
                "أسجّل في مدرسة اللغة بشهادة الأحقية.",
            ),
        },
    ),
    (
        "krankenversicherung",
        (
            "Krankenversicherung",
            "In Deutschland muss jeder krankenversichert sein. Die Versicherung bezahlt Arztbesuche, Krankenhaus und viele Medikamente. Man wählt eine Krankenkasse.",
            "Bei welcher Krankenversicherung sind Sie?",
            "Krankenkasse",
        ),
        {
            "en": (
                "health insurance",
                "Everyone in Germany must have health insurance. It pays for doctors, hospital and many medicines. You choose a health insurance fund.",
                "Which health insurance are you with?",
            ),
            "uk": (
                "медичне страхування",
                "У Німеччині кожен повинен мати медичне страхування. Воно оплачує візити до лікаря, лікарню і багато ліків. Ви обираєте лікарняну касу.",
                "У якій страховій компанії ви застраховані?",
            ),
            "ar": (
                "التأمين الصحي",
                "في ألمانيا يجب أن يكون لكل شخص تأمين صحي. يدفع التأمين زيارات الطبيب والمستشفى وكثيرًا من الأدوية. تختار أنت صندوق التأمين الصحي.",
                "لدى أي تأمين صحي أنت مسجّل؟",
            ),
        },
    ),
    (
        "gesundheitskarte",
        (
            "Gesundheitskarte",
            "Die Karte der Krankenversicherung mit Foto. Man zeigt sie bei jedem Arztbesuch. Sie heißt auch Versichertenkarte.",
            "Bitte bringen Sie Ihre Gesundheitskarte mit.",
            "Versichertenkarte, elektronische Gesundheitskarte",
        ),
        {
            "en": (
                "health insurance card",
                "The card of your health insurance with your photo. You show it at every doctor's visit.",
                "Please bring your health insurance card.",
            ),
            "uk": (
                "картка медичного страхування",
                "Картка вашої лікарняної каси з фото. Її показують під час кожного візиту до лікаря.",
                "Будь ласка, візьміть із собою картку медичного страхування.",
            ),
            "ar": (
                "بطاقة التأمين الصحي",
                "بطاقة التأمين الصحي وعليها صورتك. تعرضها في كل زيارة للطبيب.",
                "من فضلك أحضر بطاقة التأمين الصحي.",
            ),
        },
    ),
    (
        "steuer-identifikationsnummer",
        (
            "Steuer-Identifikationsnummer",
            "Eine Nummer mit elf Ziffern, die jeder in Deutschland vom Bundeszentralamt für Steuern bekommt, meist per Post nach der Anmeldung. Der Arbeitgeber braucht sie.",
            "Meine Steuer-ID steht im Brief vom Finanzamt.",
            "Steuer-ID, Steueridentifikationsnummer",
        ),
        {
            "en": (
                "tax identification number",
                "An eleven-digit number that everyone in Germany gets from the Federal Central Tax Office, usually by post after registering. Your employer needs it.",
                "My tax ID is in the letter from the tax office.",
            ),
            "uk": (
                "податковий ідентифікаційний номер",
                "Номер з одинадцяти цифр, який кожен у Німеччині отримує від Федерального центрального податкового відомства, зазвичай поштою після реєстрації. Він потрібен роботодавцю.",
                "Мій податковий номер є в листі з податкової.",
            ),
            "ar": (
                "الرقم الضريبي",
                "رقم من إحدى عشرة خانة يحصل عليه كل شخص في ألمانيا من المكتب الاتحادي المركزي للضرائب، غالبًا بالبريد بعد تسجيل السكن. يحتاجه صاحب العمل.",
                "رقمي الضريبي مكتوب في رسالة مكتب الضرائب.",
            ),
        },
    ),
    (
        "basiskonto",
        (
            "Basiskonto",
            "Ein einfaches Bankkonto, das jede Bank jedem Menschen geben muss, der rechtmäßig in der EU lebt, auch ohne festen Wohnsitz oder Einkommen.",
            "Die Bank hat mir ein Basiskonto eröffnet.",
            "Girokonto, Konto",
        ),
        {
            "en": (
                "basic bank account",
                "A simple bank account that every bank must give to anyone living legally in the EU, even without a fixed address or income.",
                "The bank opened a basic account for me.",
            ),
            "uk": (
                "базовий рахунок",
                "Простий банківський рахунок, який кожен банк зобов'язаний відкрити будь-кому, хто законно живе в ЄС, навіть без постійної адреси чи доходу.",
                "Банк відкрив мені базовий рахунок.",
            ),
            "ar": (
                "الحساب المصرفي الأساسي",
                "حساب بنكي بسيط يجب على كل بنك أن يفتحه لكل من يعيش في الاتحاد الأوروبي بشكل قانوني، حتى بلا عنوان ثابت أو دخل.",
                "فتح لي البنك حسابًا أساسيًا.",
            ),
        },
    ),
    (
        "kita",
        (
            "Kita",
            "Kurz für Kindertagesstätte: Krippe und Kindergarten für Kinder bis zur Schule. Ab dem ersten Geburtstag hat jedes Kind ein Recht auf einen Platz. Man meldet das Kind bei der Gemeinde an.",
            "Unsere Tochter geht ab August in die Kita.",
            "Kindertagesstätte, Kindergarten, Kitas",
        ),
        {
            "en": (
                "daycare centre (Kita)",
                "Short for Kindertagesstätte: nursery and kindergarten for children until school. From their first birthday every child has a right to a place. You register your child with the municipality.",
                "Our daughter starts at the daycare centre in August.",
            ),
            "uk": (
                "дитячий садок (Kita)",
                "Скорочення від Kindertagesstätte: ясла й дитячий садок для дітей до школи. З першого дня народження кожна дитина має право на місце. Дитину записують у громаді.",
                "Наша донька піде в дитячий садок у серпні.",
            ),
            "ar": (
                "الحضانة (كيتا)",
                "اختصار لدار رعاية الأطفال: حضانة وروضة للأطفال حتى دخول المدرسة. من عيد الميلاد الأول يحق لكل طفل الحصول على مكان. تسجّل طفلك لدى البلدية.",
                "تبدأ ابنتنا الحضانة في أغسطس.",
            ),
        },
    ),
    (
        "schulpflicht",
        (
            "Schulpflicht",
            "In Hessen müssen alle Kinder ab etwa sechs Jahren zur Schule gehen, mindestens neun Jahre lang. Das gilt auch kurz nach der Ankunft.",
            "Wegen der Schulpflicht melden wir unseren Sohn sofort an.",
            "",
        ),
        {
            "en": (
                "compulsory schooling",
                "In Hesse all children from about six years old must go to school, for at least nine years. This also applies soon after arriving.",
                "Because of compulsory schooling we are registering our son straight away.",
            ),
            "uk": (
                "обов'язкове шкільне навчання",
                "У Гессені всі діти приблизно з шести років мають ходити до школи щонайменше дев'ять років. Це діє й невдовзі після прибуття.",
                "Через обов'язкове навчання ми одразу записуємо сина до школи.",
            ),
            "ar": (
                "التعليم الإلزامي",
                "في ولاية هسن يجب على كل الأطفال من عمر ست سنوات تقريبًا الذهاب إلى المدرسة تسع سنوات على الأقل. وهذا يسري أيضًا بعد الوصول بوقت قصير.",
                "بسبب التعليم الإلزامي نسجّل ابننا فورًا.",
            ),
        },
    ),
    (
        "anerkennung",
        (
            "Anerkennung",
            "Die Prüfung, ob ein Berufs- oder Studienabschluss aus dem Ausland einem deutschen Abschluss entspricht. Für manche Berufe, etwa in der Pflege, ist sie Pflicht.",
            "Ich lasse meinen Abschluss als Krankenpflegerin anerkennen.",
            "Anerkennungsverfahren",
        ),
        {
            "en": (
                "recognition of qualifications",
                "The check whether a vocational or university qualification from abroad is equivalent to a German one. For some jobs, such as nursing, it is required.",
                "I am having my nursing qualification recognised.",
            ),
            "uk": (
                "визнання кваліфікації",
                "Перевірка, чи відповідає професійна або вища освіта з-за кордону німецькій. Для деяких професій, наприклад у догляді, вона обов'язкова.",
                "Я подаю на визнання мого диплома медсестри.",
            ),
            "ar": (
                "معادلة الشهادات",
                "التحقق مما إذا كانت الشهادة المهنية أو الجامعية من الخارج تعادل شهادة ألمانية. وهي إلزامية لبعض المهن مثل التمريض.",
                "أقدّم طلب معادلة شهادتي في التمريض.",
            ),
        },
    ),
    (
        "beschaeftigungserlaubnis",
        (
            "Beschäftigungserlaubnis",
            "Die Erlaubnis zu arbeiten. Sie steht im Aufenthaltstitel oder auf einem Zusatzblatt. Ohne sie darf man keine Stelle antreten.",
            "Die Ausländerbehörde prüft meine Beschäftigungserlaubnis.",
            "Arbeitserlaubnis",
        ),
        {
            "en": (
                "work permit",
                "The permission to work. It is written in your residence title or on an extra sheet. Without it you must not start a job.",
                "The foreigners' authority is checking my work permit.",
            ),
            "uk": (
                "дозвіл на роботу",
                "Дозвіл працювати. Його вказано в дозволі на проживання або на додатковому аркуші. Без нього не можна почати роботу.",
                "Відомство у справах іноземців перевіряє мій дозвіл на роботу.",
            ),
            "ar": (
                "تصريح العمل",
                "الإذن بالعمل. يكون مكتوبًا في سند الإقامة أو على ورقة إضافية. بدونه لا يجوز لك أن تبدأ عملًا.",
                "تدرس دائرة الأجانب تصريح عملي.",
            ),
        },
    ),
    (
        "elektronischer-aufenthaltstitel",
        (
            "Elektronischer Aufenthaltstitel",
            "Der Aufenthaltstitel als Karte im Scheckkartenformat mit Foto und Chip, kurz eAT. Man holt ihn einige Wochen nach dem Antrag bei der Ausländerbehörde ab.",
            "Mein eAT ist zur Abholung bereit.",
            "eAT",
        ),
        {
            "en": (
                "electronic residence permit (eAT)",
                "The residence title as a card the size of a bank card with photo and chip. You collect it from the foreigners' authority a few weeks after applying.",
                "My eAT is ready for collection.",
            ),
            "uk": (
                "електронна посвідка (eAT)",
                "Дозвіл на проживання у вигляді картки розміром з банківську, з фото і чипом. Її забирають у відомстві у справах іноземців через кілька тижнів після заяви.",
                "Моя електронна посвідка готова до отримання.",
            ),
            "ar": (
                "بطاقة الإقامة الإلكترونية",
                "سند الإقامة على شكل بطاقة بحجم البطاقة البنكية عليها صورة وشريحة. تستلمها من دائرة الأجانب بعد بضعة أسابيع من الطلب.",
                "بطاقة إقامتي الإلكترونية جاهزة للاستلام.",
            ),
        },
    ),
    (
        "familiennachzug",
        (
            "Familiennachzug",
            "Wenn Ehepartner oder Kinder zu einem Familienmitglied nach Deutschland ziehen dürfen. Der Antrag läuft über die deutsche Botschaft im Herkunftsland.",
            "Wir haben den Familiennachzug für meine Frau beantragt.",
            "",
        ),
        {
            "en": (
                "family reunification",
                "When a spouse or children may join a family member in Germany. The application goes through the German embassy in the country of origin.",
                "We have applied for family reunification for my wife.",
            ),
            "uk": (
                "возз'єднання сім'ї",
                "Коли чоловік, дружина або діти можуть переїхати до члена сім'ї в Німеччину. Заяву подають через посольство Німеччини в країні походження.",
                "Ми подали заяву на возз'єднання сім'ї для моєї дружини.",
            ),
            "ar": (
                "لمّ الشمل",
                "عندما يُسمح للزوج أو الزوجة أو الأطفال بالانتقال إلى أحد أفراد العائلة في ألمانيا. يُقدَّم الطلب عبر السفارة الألمانية في بلد المنشأ.",
                "قدّمنا طلب لمّ الشمل لزوجتي.",
            ),
        },
    ),
    (
        "einbuergerung",
        (
            "Einbürgerung",
            "Der Weg zur deutschen Staatsangehörigkeit. Dafür braucht man unter anderem einige Jahre Aufenthalt, Deutschkenntnisse, ein eigenes Einkommen und einen bestandenen Einbürgerungstest.",
            "Ich möchte mich über die Einbürgerung beraten lassen.",
            "",
        ),
        {
            "en": (
                "naturalisation",
                "The way to German citizenship. You need, among other things, several years of residence, German skills, your own income and a passed naturalisation test.",
                "I would like advice about naturalisation.",
            ),
            "uk": (
                "натуралізація",
                "Шлях до німецького громадянства. Для цього потрібні, зокрема, кілька років проживання, знання німецької, власний дохід і складений тест на натуралізацію.",
                "Я хочу отримати консультацію щодо натуралізації.",
            ),
            "ar": (
                "التجنيس",
                "الطريق إلى الجنسية الألمانية. تحتاج من بين أمور أخرى إلى سنوات من الإقامة ومعرفة بالألمانية ودخل خاص والنجاح في اختبار التجنيس.",
                "أريد استشارة بخصوص التجنيس.",
            ),
        },
    ),
    (
        "wohnberechtigungsschein",
        (
            "Wohnberechtigungsschein",
            "Ein Papier, mit dem man eine Sozialwohnung mieten darf, kurz WBS. Man beantragt ihn bei der Stadt oder Gemeinde, wenn das Einkommen niedrig ist.",
            "Ohne Wohnberechtigungsschein bekomme ich diese Wohnung nicht.",
            "WBS",
        ),
        {
            "en": (
                "housing entitlement certificate (WBS)",
                "A paper that allows you to rent a council flat. You apply for it at the town or municipality if your income is low.",
                "Without a housing entitlement certificate I cannot get this flat.",
            ),
            "uk": (
                "довідка на соціальне житло (WBS)",
                "Документ, який дає право орендувати соціальне житло. Його оформлюють у місті чи громаді, якщо дохід невеликий.",
                "Без довідки на соціальне житло я не отримаю цю квартиру.",
            ),
            "ar": (
                "شهادة استحقاق السكن الاجتماعي",
                "ورقة تسمح لك باستئجار شقة من السكن الاجتماعي. تطلبها من المدينة أو البلدية إذا كان دخلك منخفضًا.",
                "بدون شهادة استحقاق السكن لا أستطيع الحصول على هذه الشقة.",
            ),
        },
    ),
]

# Leichte Sprache for a few terms (the field is optional; editors add more).
EASY_LANGUAGE = {
    "aufenthaltstitel": "Sie kommen aus einem anderen Land.\nSie wollen in Deutschland leben.\nDann brauchen Sie eine Erlaubnis.\nDiese Erlaubnis heißt: Aufenthalts·titel.",
    "anmeldung": "Sie haben eine neue Wohnung.\nDann müssen Sie zum Bürger·büro gehen.\nDort sagen Sie: Ich wohne jetzt hier.\nDas heißt: Anmeldung.",
    "jobcenter": "Das Job·center ist ein Amt.\nDas Job·center hilft bei der Arbeits·suche.\nUnd es gibt Geld zum Leben, wenn Sie zu wenig Geld haben.",
}
