"""Same-kind pair C, event 2: a magnitude 5.8 earthquake in the Orsino valley, Lusenia, at
21:47 on 27 April 2026; 6 then 7 dead, 120 injured; the 14th-century bell tower of San Lio
falls in Castel Orsino; mayor Livia Castellan, civil protection chief Bruno Adamek. Shares
its country (and one mention of the Aurelia Star) with the Velmora ferry sinking. Invented."""

EVENT = "orsino-earthquake"

ARTICLES = [
    dict(outlet="ledger", date="2026-04-28", slug="orsino-valley-earthquake-six-dead",
         title="Six killed as 5.8 earthquake topples medieval bell tower in Lusenia",
         text="""
CASTEL ORSINO, Lusenia — Six people were killed and about 120 injured when a magnitude 5.8 earthquake struck the Orsino valley late on Monday, bringing down the 14th-century bell tower of the church of San Lio onto the town's main square.

The quake hit at 9.47pm at a depth of eight kilometres, three kilometres from Castel Orsino, Lusenia's civil protection agency said. Three of the dead were sitting outside a café on the square when the tower fell.

"We heard a roar like a train and then the bells, all of them, ringing by themselves," said Livia Castellan, the town's mayor, who spent the night coordinating rescuers in the square. "Then there was only dust."

Bruno Adamek, head of the civil protection agency, said around 1,900 people would sleep in tents because engineers had not yet checked their homes. Schools across the valley will stay closed all week.
"""),
    dict(outlet="wire", date="2026-04-29", slug="orsino-quake-toll-seven-tents",
         title="Orsino quake toll rises to seven; Lusenia pledges rebuilding fund",
         text="""
CASTEL ORSINO, Lusenia, April 29 (CW) — A 74-year-old woman injured in Monday's earthquake in the Orsino valley died in hospital on Wednesday, raising the toll to seven, Lusenia's civil protection agency said.

Agency chief Bruno Adamek said engineers had inspected 2,300 buildings so far and declared 410 unsafe. About 1,900 residents remain in tent camps.

The government, still facing criticism over its handling of the Aurelia Star ferry sinking off Velmora in March, announced a €90 million fund to rebuild homes and the collapsed bell tower of San Lio.

Mayor Livia Castellan said she wanted the tower rebuilt "with its own stones". Volunteers have begun numbering the blocks recovered from the square. The magnitude 5.8 quake struck at 9.47pm on Monday at a depth of 8 kilometres.

(Reporting by Mila Horvat; Editing by Tom Hale)
"""),
    dict(outlet="courrier", date="2026-04-28", slug="seisme-vallee-orsino-clocher",
         title="Lusénie : un séisme de magnitude 5,8 fait six morts dans la vallée d'Orsino",
         text="""
Un tremblement de terre de magnitude 5,8 a secoué lundi soir, à 21 h 47, la vallée d'Orsino, en Lusénie, faisant six morts et environ 120 blessés. L'épicentre a été localisé à trois kilomètres de Castel Orsino, à huit kilomètres de profondeur.

Le clocher du XIVe siècle de l'église San Lio s'est effondré sur la place principale, où plusieurs habitants prenaient le frais à la terrasse d'un café. Trois des victimes s'y trouvaient.

« Les cloches se sont mises à sonner toutes seules, puis il n'y a plus eu que de la poussière », raconte la maire, Livia Castellan. La protection civile, dirigée par Bruno Adamek, a monté des tentes pour près de 1 900 personnes dont les maisons doivent être inspectées. Les écoles de la vallée resteront fermées toute la semaine.
"""),
    dict(outlet="depeche", date="2026-04-30", slug="castel-orsino-reconstruire-clocher",
         title="À Castel Orsino, on numérote les pierres du clocher de San Lio",
         text="""
Trois jours après le séisme qui a fait sept morts dans la vallée d'Orsino, des dizaines de bénévoles numérotent à la craie les blocs de pierre du clocher de San Lio, tombé lundi soir sur la grand-place de Castel Orsino.

« Nous le reconstruirons avec ses propres pierres », promet la maire, Livia Castellan. Le gouvernement lusénien a débloqué mercredi un fonds de 90 millions d'euros pour les maisons et les monuments.

Selon Bruno Adamek, chef de la protection civile, 410 des 2 300 bâtiments inspectés sont inhabitables. Quelque 1 900 habitants dorment toujours sous la tente, malgré des nuits fraîches. La septième victime, une femme de 74 ans, est morte mercredi à l'hôpital. La secousse, de magnitude 5,8, était la plus forte enregistrée dans la vallée depuis 1951.
"""),
    dict(outlet="vestnik", date="2026-04-28", slug="zemletryasenie-dolina-orsino",
         title="Землетрясение в долине Орсино в Лузении: шесть погибших",
         text="""
В понедельник вечером в долине Орсино в Лузении произошло землетрясение магнитудой 5,8. Погибли шесть человек, около 120 получили ранения, сообщила служба гражданской защиты.

Толчок был зафиксирован в 21:47 на глубине 8 км, в трёх километрах от городка Кастель-Орсино. Обрушилась колокольня церкви Сан-Лио XIV века — обломки упали на центральную площадь, где у кафе сидели люди.

«Колокола зазвонили сами по себе, а потом была только пыль», — рассказала мэр Кастель-Орсино Ливия Кастеллан. Глава службы гражданской защиты Бруно Адамек сообщил, что около 1900 жителей проведут ночь в палатках, пока инженеры не проверят их дома.
"""),
    dict(outlet="lenta", date="2026-04-29", slug="orsino-sedmaya-zhertva-fond",
         title="Жертв землетрясения в Орсино стало семь, власти выделили 90 млн евро",
         text="""
В больнице скончалась 74-летняя жительница долины Орсино, пострадавшая при землетрясении в понедельник. Число погибших выросло до семи, сообщил в среду глава службы гражданской защиты Лузении Бруно Адамек.

Инженеры обследовали 2300 зданий, 410 из них признаны аварийными. В палаточных лагерях остаются около 1900 человек.

Правительство объявило о создании фонда восстановления на 90 млн евро. Из него, в частности, восстановят колокольню церкви Сан-Лио, рухнувшую на площадь Кастель-Орсино. Мэр Ливия Кастеллан хочет, чтобы башню собрали «из её собственных камней»: добровольцы уже нумеруют уцелевшие блоки. Землетрясение магнитудой 5,8 стало сильнейшим в долине с 1951 года.
"""),
    dict(outlet="ufuq", date="2026-04-28", slug="zilzal-wadi-orsino-lusenia",
         title="زلزال بقوة 5.8 درجات في وادي أورسينو بلوسينيا يقتل ستة أشخاص",
         text="""
قُتل ستة أشخاص وأصيب نحو 120 آخرين جراء زلزال بقوة 5.8 درجات ضرب وادي أورسينو في لوسينيا مساء الاثنين، وفق هيئة الحماية المدنية.

ووقع الزلزال عند الساعة 21:47 على عمق ثمانية كيلومترات، على بعد ثلاثة كيلومترات من بلدة كاستيل أورسينو. وانهار برج أجراس كنيسة سان ليو، الذي يعود إلى القرن الرابع عشر، فوق الساحة الرئيسية حيث كان عدد من السكان يجلسون أمام مقهى.

وقالت رئيسة البلدية ليفيا كاستيلان: "سمعنا هديرًا كالقطار، ثم قرعت الأجراس وحدها". وأعلن رئيس الحماية المدنية برونو أداميك إيواء نحو 1900 شخص في الخيام إلى حين فحص منازلهم، فيما أُغلقت مدارس الوادي طوال الأسبوع.
"""),
    dict(outlet="marsad", date="2026-04-30", slug="orsino-sabe-dahaya-sunduq",
         title="لوسينيا: سبعة قتلى في زلزال أورسينو وصندوق بـ90 مليون يورو لإعادة الإعمار",
         text="""
ارتفعت حصيلة زلزال وادي أورسينو في لوسينيا إلى سبعة قتلى بعد وفاة امرأة في الرابعة والسبعين من عمرها متأثرة بجروحها، بحسب رئيس الحماية المدنية برونو أداميك.

وأوضح أداميك أن المهندسين فحصوا 2300 مبنى حتى الآن، واعتبروا 410 منها غير صالحة للسكن، فيما لا يزال نحو 1900 شخص يقيمون في المخيمات.

وخصصت الحكومة صندوقًا بقيمة 90 مليون يورو لإعادة بناء المنازل وبرج أجراس كنيسة سان ليو المنهار في كاستيل أورسينو. وتعهدت رئيسة البلدية ليفيا كاستيلان بإعادة بناء البرج "بحجارته نفسها"، إذ بدأ متطوعون بترقيم الحجارة المتساقطة في الساحة. ويُعدّ الزلزال الأقوى في الوادي منذ عام 1951.
"""),
    dict(outlet="pyli", date="2026-04-27", slug="seismos-koilada-orsino",
         title="Σεισμός 5,8 Ρίχτερ στην κοιλάδα Ορσίνο της Λουζενίας – κατέρρευσε καμπαναριό",
         text="""
Σεισμός μεγέθους 5,8 βαθμών σημειώθηκε στις 21:47 της Δευτέρας στην κοιλάδα Ορσίνο της Λουζενίας. Σύμφωνα με τις πρώτες πληροφορίες της πολιτικής προστασίας, υπάρχουν τουλάχιστον τέσσερις νεκροί και δεκάδες τραυματίες.

Το επίκεντρο εντοπίστηκε τρία χιλιόμετρα από την πόλη Καστέλ Ορσίνο, σε εστιακό βάθος οκτώ χιλιομέτρων. Το καμπαναριό του ναού του Σαν Λίο, κτίσμα του 14ου αιώνα, κατέρρευσε στην κεντρική πλατεία, όπου κάτοικοι κάθονταν σε καφενείο.

«Ακούσαμε ένα βουητό σαν τρένο και μετά οι καμπάνες χτυπούσαν μόνες τους», περιέγραψε η δήμαρχος Λίβια Καστελάν. Συνεργεία διάσωσης ψάχνουν στα συντρίμμια με προβολείς. Ο επικεφαλής της πολιτικής προστασίας Μπρούνο Αντάμεκ ζήτησε από τους κατοίκους να μη μείνουν απόψε στα σπίτια τους.
"""),
    dict(outlet="akti", date="2026-04-29", slug="orsino-epta-nekroi-skines",
         title="Ορσίνο: στους επτά οι νεκροί, 1.900 άνθρωποι σε σκηνές",
         text="""
Στους επτά αυξήθηκαν οι νεκροί από τον σεισμό των 5,8 Ρίχτερ που έπληξε τη Δευτέρα το βράδυ την κοιλάδα Ορσίνο, στη Λουζενία, καθώς μια 74χρονη υπέκυψε στα τραύματά της στο νοσοκομείο. Οι τραυματίες ξεπερνούν τους 120.

Ο επικεφαλής της πολιτικής προστασίας Μπρούνο Αντάμεκ ανέφερε ότι από τα 2.300 κτίρια που ελέγχθηκαν, τα 410 κρίθηκαν μη κατοικήσιμα. Περίπου 1.900 κάτοικοι ζουν σε σκηνές και τα σχολεία της κοιλάδας παραμένουν κλειστά.

Η κυβέρνηση ανακοίνωσε ταμείο 90 εκατ. ευρώ για την ανοικοδόμηση. Η δήμαρχος του Καστέλ Ορσίνο, Λίβια Καστελάν, θέλει το καμπαναριό του Σαν Λίο να ξαναχτιστεί «με τις δικές του πέτρες». Εθελοντές ήδη αριθμούν τα κομμάτια στην πλατεία.
"""),
    dict(outlet="dongfang", date="2026-04-28", slug="lusenia-aoerxinuo-hegu-dizhen",
         title="卢塞尼亚奥尔西诺河谷发生5.8级地震 造成6人死亡",
         text="""
据卢塞尼亚民防部门消息，当地时间27日21时47分，奥尔西诺河谷发生5.8级地震，震源深度8公里，震中距卡斯特尔奥尔西诺镇约3公里。地震已造成6人死亡、约120人受伤。

镇中心建于14世纪的圣利奥教堂钟楼在地震中倒塌，砸向主广场，当时有居民正在广场上的咖啡馆外乘凉，其中3人遇难。

该镇镇长莉维娅·卡斯特兰说：“我们先听到像火车一样的轰鸣声，接着所有的钟都自己响了起来，然后就只剩下尘土。”民防部门负责人布鲁诺·阿达梅克表示，约1900名居民将暂住帐篷，等待工程师检查房屋安全。河谷内所有学校本周停课。
"""),
    dict(outlet="huanyu", date="2026-04-30", slug="aoerxinuo-dizhen-siwang-shengzhi-qi",
         title="奥尔西诺地震死亡人数升至7人 卢塞尼亚设9000万欧元重建基金",
         text="""
卢塞尼亚民防部门负责人布鲁诺·阿达梅克29日表示，一名在27日奥尔西诺河谷地震中受伤的74岁妇女在医院不治身亡，地震死亡人数升至7人。

工程师目前已检查2300栋建筑，其中410栋被认定不宜居住，约1900名居民仍住在帐篷营地。

卢塞尼亚政府宣布设立9000万欧元重建基金，用于修复民房以及倒塌的圣利奥教堂钟楼。卡斯特尔奥尔西诺镇镇长莉维娅·卡斯特兰希望钟楼能“用它自己的石头”重建，志愿者已开始为广场上散落的石块编号。此次5.8级地震是该河谷自1951年以来最强烈的一次。
"""),
]
