"""Single-article stories on unrelated topics, one per language (each its own story in the
gold). Invented places and people."""

EVENT = None

ARTICLES = [
    dict(outlet="ledger", date="2026-03-16", slug="brackenford-tide-mill-reopens",
         title="Brackenford's tide mill grinds flour again after 80 years",
         text="""
BRACKENFORD — The old tide mill on Brackenford Creek turned its wheel on Saturday for the first time since 1946, after a six-year restoration paid for largely by villagers.

About 400 people lined the creek to watch the sluice gates open at high water. Within minutes the oak wheel, rebuilt by volunteers from timber felled on a local estate, was turning at nine revolutions a minute.

"My grandfather was the last miller here, and he never believed anyone would bother," said Josie Arkwell, who chairs the mill trust. The first bags of wholemeal flour were sold out by lunchtime.

The trust plans to open the mill to school groups twice a week and to grind on every spring tide. It still needs about £40,000 to repair the miller's cottage next door.
"""),
    dict(outlet="depeche", date="2026-04-05", slug="valbrune-fromager-medaille",
         title="Un fromager de Valbrune décroche l'or avec une tomme de chèvre",
         text="""
C'est une petite fromagerie de 14 chèvres qui a créé la surprise au concours régional des fromages fermiers, dimanche. Baptiste Lorrain, installé depuis 2019 à Valbrune, a remporté la médaille d'or dans la catégorie des tommes de chèvre, devant des maisons plusieurs fois primées.

Sa tomme, affinée quatre mois dans une ancienne cave à vin du village, a séduit le jury par « ses notes de noisette et sa croûte fleurie ». Le fromager, ancien professeur de mathématiques, produit à peine 2 000 pièces par an.

« Je ne pensais même pas passer le premier tour », confie-t-il en riant. Dès lundi matin, le téléphone n'a plus cessé de sonner. Il prévient toutefois : pas question d'agrandir le troupeau, ses chèvres resteront quatorze.
"""),
    dict(outlet="zpravodaj", date="2026-03-30", slug="pivovar-dolni-brezinka-cena",
         title="Malý pivovar z Dolní Březinky vyhrál soutěž světlých ležáků",
         text="""
Rodinný pivovar z Dolní Březinky, který vaří teprve třetím rokem, zvítězil v soutěži světlých ležáků na jarním pivním festivalu. Porota vybírala ze 46 vzorků z celé země.

Sládek Ondřej Kratochvíl vaří v bývalé stodole po dědečkovi. Ročně vyrobí asi 900 hektolitrů piva, které prodává hlavně v okolních hospodách. „Vaříme pomalu a pivo necháváme ležet aspoň šest týdnů. Nic jiného za tím není,“ řekl po vyhlášení.

Vítězný ležák Březinka 12 porota ocenila za plnou chuť a jemnou hořkost. Pivovar teď zvažuje, že otevře malou výčep přímo ve stodole, aby zvládl zájem návštěvníků. Obec mu už slíbila pomoc s parkovištěm.
"""),
    dict(outlet="lenta", date="2026-04-11", slug="klyuchegrad-detskiy-turnir-shakhmaty",
         title="В Ключеграде прошёл детский шахматный турнир на 300 участников",
         text="""
В субботу в городском Дворце культуры Ключеграда прошёл открытый детский шахматный турнир «Белая ладья». За доски сели 300 школьников от шести до четырнадцати лет — вдвое больше, чем год назад.

Организаторы даже были вынуждены поставить дополнительные столы в фойе. Партии играли с контролем времени пятнадцать минут на игрока.

Победителем в старшей группе стал тринадцатилетний Матвей Грачёв, набравший восемь очков из девяти. Среди младших первое место заняла семилетняя Вера Лукина, которая, по словам тренеров, научилась играть всего полтора года назад. «Главное — не бояться сильных соперников», — сказала она после награждения.

Следующий турнир запланирован на осень, и организаторы уже ищут зал побольше.
"""),
    dict(outlet="marsad", date="2026-03-28", slug="mahrajan-tumur-wahat-al-reem",
         title="مهرجان التمور في واحة الريم يستقطب آلاف الزوار",
         text="""
افتُتح يوم السبت مهرجان التمور السنوي في واحة الريم بمشاركة أكثر من 120 مزارعًا عرضوا نحو 30 صنفًا من التمور، وسط إقبال كبير من الزوار والعائلات.

وتضمّن المهرجان مسابقة لأجود التمور فاز بها المزارع سالم بن عيسى عن صنف "البرحي الذهبي"، إضافة إلى ورش لتعليم الأطفال طرق تلقيح النخيل وحصاده.

وقال رئيس جمعية المزارعين في الواحة إن المهرجان "يمنح المزارعين الصغار فرصة لبيع محصولهم مباشرة من دون وسطاء". وتوقّع المنظمون أن يتجاوز عدد الزوار 15 ألف شخص خلال الأيام الخمسة للمهرجان، الذي يختتم بعرض للفنون الشعبية في ساحة السوق القديم.
"""),
    dict(outlet="akti", date="2026-04-08", slug="lefkopyrgos-nea-grammi-tram",
         title="Λευκόπυργος: σε λειτουργία η νέα γραμμή του τραμ προς το λιμάνι",
         text="""
Με χιλιάδες επιβάτες ήδη από την πρώτη ημέρα ξεκίνησε τη λειτουργία της η νέα γραμμή του τραμ στον Λευκόπυργο, που συνδέει τον κεντρικό σιδηροδρομικό σταθμό με το λιμάνι.

Η γραμμή έχει μήκος 6,2 χιλιομέτρων και 11 στάσεις, ενώ η διαδρομή διαρκεί περίπου 18 λεπτά. Τα οχήματα θα περνούν κάθε επτά λεπτά τις ώρες αιχμής.

«Περιμέναμε αυτό το έργο δεκαπέντε χρόνια», δήλωσε ο δήμαρχος Στέλιος Μαυρίδης, ο οποίος ταξίδεψε με το πρώτο δρομολόγιο μαζί με μαθητές της πόλης. Οι καταστηματάρχες της οδού Λιμένος ελπίζουν ότι η κίνηση θα επιστρέψει μετά από τρία χρόνια εργασιών. Τον πρώτο μήνα η μετακίνηση είναι δωρεάν.
"""),
    dict(outlet="darpan", date="2026-04-19", slug="amrapur-aam-mahotsav",
         title="आम्रपुर में आम महोत्सव शुरू, 200 से अधिक किस्में प्रदर्शित",
         text="""
आम्रपुर में शनिवार को तीन दिन का आम महोत्सव शुरू हुआ, जिसमें आसपास के गाँवों के किसानों ने 200 से अधिक किस्मों के आम प्रदर्शित किए। पहले ही दिन हज़ारों लोग मेले में पहुँचे।

महोत्सव में सबसे अधिक चर्चा किसान रामेश्वर यादव के बाग़ के एक किलो से भारी आम की रही। बच्चों के लिए आम से जुड़ी चित्रकला प्रतियोगिता और स्थानीय व्यंजनों के स्टॉल भी लगाए गए हैं।

आयोजकों का कहना है कि इस मेले का उद्देश्य छोटे किसानों को सीधे ग्राहकों से जोड़ना है। किसान संघ की अध्यक्ष सुनीता वर्मा ने कहा, "बिचौलियों के बिना किसान को अपनी मेहनत का पूरा दाम मिलता है।" महोत्सव सोमवार शाम लोक संगीत के कार्यक्रम के साथ समाप्त होगा।
"""),
    dict(outlet="huanyu", date="2026-04-03", slug="qinglanzhen-chunchajie",
         title="青岚镇举办春茶节 百余家茶农参展",
         text="""
4月3日，青岚镇第十二届春茶节在镇中心广场开幕，来自周边十多个村的一百余家茶农带来了今年新采的明前茶。

今年春季气温回升较早，茶叶开采比往年提前了约一周。茶农陈秀兰说，她家的茶园今年头茬茶产量增加了两成，价格也比较稳定。

茶节期间，主办方还安排了手工炒茶比赛、茶艺表演和面向游客的采茶体验活动。在炒茶比赛中，有三十年经验的老茶师周明德获得一等奖。镇政府负责人表示，希望借助茶节带动乡村旅游，让更多年轻人愿意回乡种茶。本届茶节将持续五天。
"""),
]
