"""Same-kind pair C, event 1: a magnitude 6.4 earthquake near Karsu, Taravan province,
Zarema, at 04:12 on 21 March 2026; toll 18 -> 41 -> 46 -> 52 -> 57; an aftershock of 5.1 on
23 March; governor Farid Nazarov, seismologist Laleh Kamran. Shares its country and the
prime minister Bakhyt Oralov with the Karimova resignation on purpose. Invented."""

EVENT = "taravan-earthquake"

ARTICLES = [
    dict(outlet="ledger", date="2026-03-21", slug="earthquake-taravan-karsu-18-dead",
         title="Magnitude 6.4 earthquake strikes Zarema's Taravan province, killing 18",
         text="""
KARSU, Zarema — A magnitude 6.4 earthquake struck the mountainous province of Taravan before dawn on Saturday, killing at least 18 people and injuring about 120, regional officials said.

The quake hit at 4.12am local time at a depth of 10 kilometres, with its epicentre 12 kilometres north of the town of Karsu, according to Zarema's National Seismology Centre. Most victims were asleep when mud-brick houses collapsed in the villages around the town.

"Whole streets in Yelsay are gone," said Farid Nazarov, the governor of Taravan, speaking by telephone from the village. Rescue teams were digging through rubble by hand because heavy machinery could not reach the area, where a landslide had blocked the only road.

Laleh Kamran, head of the seismology centre, warned residents to stay outdoors as strong aftershocks were likely in the coming days.
"""),
    dict(outlet="wire", date="2026-03-24", slug="taravan-aftershock-toll-52",
         title="Strong aftershock rattles Taravan as quake toll climbs to 52",
         text="""
KARSU, Zarema, March 24 (CW) — A magnitude 5.1 aftershock shook Zarema's Taravan province on Monday evening, bringing down walls already cracked by Saturday's 6.4 earthquake and sending thousands of people back into the streets. No new deaths were reported from the aftershock.

The confirmed toll from the main quake rose to 52 on Tuesday, with 410 people injured, provincial governor Farid Nazarov said. More than 9,000 people are sleeping in tents or in the sports hall of Karsu's secondary school.

The National Seismology Centre, headed by Laleh Kamran, recorded more than 200 aftershocks since Saturday. Kamran said the sequence was "behaving normally" but that a shock above magnitude 5 could come again.

The government has released $50 million in emergency funds, acting finance minister Daniyar Sultanbek said.

(Reporting by Aigerim Sadykova; Editing by Tom Hale)
"""),
    dict(outlet="courrier", date="2026-03-22", slug="seisme-taravan-bilan-41-morts",
         title="Séisme au Zarema : le bilan s'alourdit à 41 morts dans la province de Taravan",
         text="""
Le tremblement de terre de magnitude 6,4 qui a frappé samedi à l'aube la province montagneuse de Taravan, au Zarema, a fait au moins 41 morts et plus de 300 blessés, selon un bilan publié dimanche par le gouverneur Farid Nazarov.

La secousse s'est produite à 4 h 12, à dix kilomètres de profondeur, à une douzaine de kilomètres au nord de la petite ville de Karsu. Dans le village de Yelsay, presque toutes les maisons en briques de terre crue se sont effondrées sur leurs habitants endormis.

Le Premier ministre Bakhyt Oralov s'est rendu dimanche à Karsu. « Personne ne sera laissé sans toit cet hiver », a-t-il promis devant des sinistrés réunis dans le gymnase du lycée. La route d'accès, coupée par un glissement de terrain, a été rouverte dans la nuit, permettant enfin l'arrivée des engins de déblaiement.
"""),
    dict(outlet="depeche", date="2026-03-27", slug="taravan-une-semaine-apres-le-seisme",
         title="Une semaine après le séisme de Taravan, 14 000 sans-abri",
         text="""
Six jours après le séisme du 21 mars, la province de Taravan, au Zarema, compte ses morts : 57 selon le dernier bilan officiel, publié vendredi. Environ 2 800 maisons sont détruites et quelque 14 000 personnes ont perdu leur logement.

Les équipes de secours ont mis fin jeudi aux recherches dans les décombres de Yelsay, le village le plus touché, à douze kilomètres au nord de Karsu. La réplique de magnitude 5,1 survenue lundi soir a achevé de fissurer de nombreux murs.

Pour la sismologue Laleh Kamran, directrice du Centre national de sismologie, la catastrophe tient moins à la force de la secousse qu'à la fragilité des constructions. « Une maison en pisé sans chaînage ne pardonne pas », dit-elle. Le gouverneur Farid Nazarov promet des logements provisoires avant l'automne.
"""),
    dict(outlet="hlasatel", date="2026-03-21", slug="zemetreseni-zarema-taravan",
         title="Zemětřesení v zaremské provincii Taravan zabilo nejméně 18 lidí",
         text="""
Zemětřesení o síle 6,4 stupně zasáhlo v sobotu před svítáním horskou provincii Taravan na jihu Zaremy. Podle místních úřadů zahynulo nejméně 18 lidí a asi 120 je zraněných.

Otřesy přišly ve 4:12 místního času v hloubce deseti kilometrů. Epicentrum leželo dvanáct kilometrů severně od městečka Karsu, uvedlo zaremské Národní seismologické centrum. Nejhůř jsou postiženy vesnice s domy z nepálených cihel, které se zřítily na spící obyvatele.

„Celé ulice v Jelsaji zmizely,“ řekl guvernér provincie Farid Nazarov. Záchranáři odklízejí trosky holýma rukama, protože jedinou silnici do oblasti zablokoval sesuv půdy. Šéfka seismologického centra Laleh Kamranová varovala před silnými dotřesy a lidem doporučila zůstat venku.
"""),
    dict(outlet="zpravodaj", date="2026-03-23", slug="taravan-zemetreseni-46-obeti",
         title="Zemětřesení v Taravanu: 46 mrtvých, tisíce lidí bez střechy",
         text="""
Počet obětí sobotního zemětřesení v zaremské provincii Taravan stoupl na 46, zraněných je přes 350. Informoval o tom v pondělí guvernér Farid Nazarov.

Nejvíc zasažená je vesnice Jelsaj nedaleko Karsu, kde zůstalo stát jen několik domů. Lidé přespávají ve stanech a v tělocvičně karsuské střední školy. V noci teploty klesají pod bod mrazu.

Premiér Bachyt Oralov oblast navštívil v neděli a slíbil, že nikdo nezůstane v zimě bez střechy. Vláda uvolnila z rezerv 50 milionů dolarů. Zemětřesení o síle 6,4 stupně udeřilo v sobotu ve 4:12 ráno. Seismoložka Laleh Kamranová upozorňuje, že v oblasti mohou ještě několik týdnů přicházet silné dotřesy.
"""),
    dict(outlet="vestnik", date="2026-03-22", slug="zemletryasenie-taravan-41-pogibshiy",
         title="Землетрясение в Зареме: число жертв в провинции Таравань достигло 41",
         text="""
Число погибших при землетрясении магнитудой 6,4 в горной провинции Таравань на юге Заремы выросло до 41, ранены более 300 человек. Об этом в воскресенье сообщил губернатор провинции Фарид Назаров.

Подземный толчок произошёл в субботу в 4:12 по местному времени на глубине 10 км, эпицентр находился в 12 км к северу от города Карсу. Больше всего пострадало село Елсай, где почти все саманные дома обрушились на спящих жителей.

Дорогу в район, перекрытую оползнем, удалось расчистить только ночью. Премьер-министр Бахыт Оралов посетил Карсу и пообещал, что «никто не останется без крыши над головой». Руководитель Национального сейсмологического центра Лале Камран предупредила о возможных сильных афтершоках.
"""),
    dict(outlet="lenta", date="2026-03-25", slug="taravan-aftershok-52-pogibshikh",
         title="После афтершока в Таравани: 52 погибших, тысячи людей в палатках",
         text="""
В понедельник вечером провинцию Таравань встряхнул афтершок магнитудой 5,1. Новых жертв нет, но многие дома, повреждённые субботним землетрясением, окончательно стали непригодными для жилья.

По данным губернатора Фарида Назарова на среду, землетрясение 21 марта унесло жизни 52 человек, 410 пострадали. Более 9 тысяч человек живут в палатках или в спортзале школы в Карсу.

Национальный сейсмологический центр зафиксировал уже свыше 200 повторных толчков. «Серия развивается нормально, но толчок сильнее пятёрки может повториться», — предупредила глава центра Лале Камран. Исполняющий обязанности министра финансов Данияр Султанбек сообщил о выделении 50 млн долларов на экстренную помощь.
"""),
    dict(outlet="ufuq", date="2026-03-21", slug="zilzal-taravan-zarema",
         title="زلزال بقوة 6.4 درجات يضرب ولاية تارافان في زاريما ويقتل 18 شخصًا",
         text="""
ضرب زلزال بقوة 6.4 درجات على مقياس ريختر ولاية تارافان الجبلية في زاريما فجر السبت، ما أسفر عن مقتل 18 شخصًا على الأقل وإصابة نحو 120 آخرين، وفق السلطات المحلية.

ووقع الزلزال عند الساعة 04:12 بالتوقيت المحلي على عمق عشرة كيلومترات، وحُدّد مركزه على بعد 12 كيلومترًا شمال بلدة كارسو، بحسب المركز الوطني لرصد الزلازل.

وقال والي تارافان فريد نازاروف: "شوارع كاملة في قرية يلساي اختفت". وتعمل فرق الإنقاذ بأيديها العارية لأن انهيارًا أرضيًا قطع الطريق الوحيد المؤدي إلى المنطقة. وحذّرت رئيسة المركز لاله كامران السكان من هزات ارتدادية قوية، ودعتهم إلى البقاء خارج منازلهم.
"""),
    dict(outlet="marsad", date="2026-03-24", slug="hazza-irtidadiya-taravan-52",
         title="هزة ارتدادية في تارافان وارتفاع حصيلة الزلزال إلى 52 قتيلًا",
         text="""
هزّت هزة ارتدادية بقوة 5.1 درجات ولاية تارافان في زاريما مساء الاثنين، فانهارت جدران كانت قد تصدّعت جراء زلزال السبت، وعاد آلاف السكان إلى الشوارع. ولم تُسجَّل وفيات جديدة بسبب الهزة.

وأعلن الوالي فريد نازاروف يوم الثلاثاء أن حصيلة الزلزال الرئيسي ارتفعت إلى 52 قتيلًا و410 مصابين، فيما يبيت أكثر من تسعة آلاف شخص في الخيام أو في القاعة الرياضية لمدرسة كارسو الثانوية.

وسجّل المركز الوطني لرصد الزلازل أكثر من 200 هزة ارتدادية منذ السبت. وقالت رئيسته لاله كامران إن تكرار هزة تفوق خمس درجات "يبقى واردًا". وأعلنت الحكومة تخصيص 50 مليون دولار للإغاثة العاجلة.
"""),
    dict(outlet="prahari", date="2026-03-22", slug="zarema-taravan-bhukamp-41-mrit",
         title="ज़ारेमा के तारावान प्रांत में भूकंप, मृतकों की संख्या 41 हुई",
         text="""
ज़ारेमा के पहाड़ी तारावान प्रांत में शनिवार तड़के आए 6.4 तीव्रता के भूकंप में मरने वालों की संख्या बढ़कर 41 हो गई है, जबकि 300 से अधिक लोग घायल हैं। प्रांत के गवर्नर फ़रीद नज़ारोव ने रविवार को यह जानकारी दी।

राष्ट्रीय भूकंप विज्ञान केंद्र के अनुसार भूकंप स्थानीय समय के अनुसार सुबह 4:12 बजे आया। इसका केंद्र कार्सू कस्बे से 12 किलोमीटर उत्तर में, 10 किलोमीटर की गहराई पर था। सबसे ज़्यादा नुकसान येलसाय गाँव में हुआ, जहाँ कच्ची ईंटों के लगभग सभी मकान ढह गए।

भूस्खलन से बंद हुई एकमात्र सड़क रात में खोली जा सकी। प्रधानमंत्री बख़्त ओरालोव ने कार्सू का दौरा कर कहा कि कोई भी बेघर नहीं रहेगा। केंद्र की प्रमुख लाले कामरान ने तेज़ झटकों की चेतावनी दी है।
"""),
    dict(outlet="darpan", date="2026-03-27", slug="taravan-bhukamp-ek-saptah-baad",
         title="तारावान भूकंप के एक सप्ताह बाद: 57 मौतें, 14,000 बेघर",
         text="""
ज़ारेमा के तारावान प्रांत में 21 मार्च को आए भूकंप में मरने वालों की संख्या 57 हो गई है। शुक्रवार को जारी आधिकारिक आँकड़ों के अनुसार लगभग 2,800 मकान पूरी तरह नष्ट हो गए हैं और करीब 14,000 लोग बेघर हैं।

बचाव दलों ने गुरुवार को सबसे ज़्यादा प्रभावित येलसाय गाँव में मलबे में खोज का काम बंद कर दिया। सोमवार शाम आए 5.1 तीव्रता के झटके ने कई और दीवारों को गिरा दिया था।

भूकंप विज्ञानी लाले कामरान का कहना है कि तबाही का कारण झटके की ताक़त से ज़्यादा कमज़ोर निर्माण है। उन्होंने कहा, "बिना सहारे की कच्ची दीवार कोई मौका नहीं देती।" गवर्नर फ़रीद नज़ारोव ने पतझड़ से पहले अस्थायी घर देने का वादा किया है। कार्सू के स्कूल की व्यायामशाला अब भी राहत शिविर बनी हुई है।
"""),
]
