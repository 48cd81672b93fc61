"""Two ferry accidents a week apart that must stay two stories.

Both use the same words (ferry, passengers, coastguard, captain, lifeboats, investigation); they
differ in place (an invented Norwegian island / an invented Greek island), ship, people and date.
"""

NORWAY = "nordlysing-ferry-capsize"
GREECE = "evangelia-ferry-aground"

MWS_NORWAY_TEXT = """VARDHOLM, Norway, May 6 (MWS) — A Norwegian car ferry carrying 143 people capsized in a storm off the island of Skarnesoy early on Tuesday, and at least three people were killed and several were missing, rescue officials said.

The ferry, the MF Nordlysing, sent a distress call at 5:40 a.m. after reporting that it had lost power and was drifting towards rocks about two nautical miles from the port of Vardholm on Norway's west coast, the Joint Rescue Coordination Centre said.

``The ship took on a heavy list very quickly and passengers were thrown into the water,'' centre spokeswoman Kari Haugland said. ``Helicopters, lifeboats and fishing vessels are taking part in the search.''

Most of those on board were rescued and taken to Vardholm, where a hotel was turned into a reception centre for survivors and relatives.

The ferry's operator, Vestkyst Ferjer, said it had 121 passengers and 22 crew on board and was cooperating with the authorities.

Winds of up to 30 metres per second were recorded in the area overnight, the Norwegian Meteorological Institute said."""

NORWAY_ARTICLES = [
    dict(
        id="mws-20250506-0650", story=NORWAY, kind="mws", date="2025-05-06", time="06:58",
        datestr="2025-05-06T06:58:00Z",
        title="Norwegian ferry capsizes in storm off Skarnesoy, several missing",
        url="https://wire.meridian.example/stories/2025/05/06/norway-ferry-capsizes-0650",
        text=MWS_NORWAY_TEXT + "\n\n(Reporting by Sigrid Nes in Oslo; Editing by Paul Ostrowski)",
    ),
    # The Brightwater Bulletin runs the wire story two hours later, lightly updated: a syndicated
    # near-copy, as real piles are full of.
    dict(
        id="tag:brightwaterbulletin.example,2025-05-06:/world/5488", story=NORWAY, kind="atom",
        date="2025-05-06", time="09:10",
        link="https://brightwaterbulletin.example/world/5488/ferry-capsizes-off-norway",
        author="Meridian Wire Service", section="World",
        title="Ferry capsizes off Norway, at least three dead",
        summary="The car ferry Nordlysing overturned in a storm near the island of Skarnesøy with 143 people on board.",
        content=MWS_NORWAY_TEXT.replace(
            "Most of those on board were rescued and taken to Vardholm, where a hotel was turned into a reception centre for survivors and relatives.",
            "Most of those on board were rescued and taken to Vardholm, where a hotel was turned into a reception centre for survivors and relatives. Two people were still missing on Tuesday morning, police said.").split("\n\n"),
        footer="This story has been updated with the number of people missing.",
    ),
    dict(
        id="tideline-nordlysing-ferry-capsizes", story=NORWAY, kind="tideline", date="2025-05-06", time="13:45",
        section="World", slug="norway-ferry-nordlysing-capsizes-storm-skarnesoy",
        author="Tom Ellery", role="",
        title="Three dead and two missing after ferry capsizes in Norwegian storm",
        standfirst="MF Nordlysing overturned near the island of Skarnesøy with 143 people on board",
        caption="Rescue boats search the water near the upturned hull of the Nordlysing off Skarnesøy on Tuesday.",
        credit="Vardholm Redningsselskap",
        body=[
            "Three people died and two are missing after a car ferry capsized in a storm off the west coast of Norway early on Tuesday, rescuers said, in the country’s worst ferry accident in more than twenty years.",
            "The MF Nordlysing was on its first crossing of the day from Vardholm to the island of Skarnesøy when it lost engine power in waves of up to eight metres and was driven on to a reef known locally as Kråkeskjær.",
            "Most of the 143 passengers and crew were pulled from the water or lifted from the upturned hull by helicopters and fishing boats that raced to the scene in darkness.",
            "“People were standing on the side of the ship in the rain, holding on to each other,” said Arne Vik, a fisherman who rescued eleven people. “I have fished here for thirty years and I have never seen the sea like that in May.”",
            "The police chief for the district, Torbjørn Lie, said the dead were two passengers and a crew member. Their names have not been released.",
            "The ferry’s operator, Vestkyst Ferjer, said the vessel had passed its last safety inspection in February. Its chief executive, Hege Strand, said the company was “devastated” and would cooperate fully with the investigation.",
            "Norway’s accident investigation board said it had sent a team to Vardholm. The ferry’s captain, Ole-Johan Brekke, was among those rescued and was being treated in hospital for hypothermia.",
            "The route, which carries commuters and lorries to the fish farms on Skarnesøy, has been suspended.",
        ],
        readmore=("How Norway’s ferries keep its coast alive", "norway-ferries-coast"),
        related=["Ferry safety in northern Europe: the ten worst accidents since 1990",
                 "Storm warnings issued for the Norwegian coast"],
        comments=[
            ("Seafarer_Dave", "Thoughts with the families. Car ferries in a beam sea are no joke.", "5 hours ago"),
            ("LoweTide", "Why was it sailing at all with that forecast? Someone needs to answer that.", "4 hours ago"),
            ("fjordfan", "Arne Vik is a hero. Eleven people!", "3 hours ago"),
            ("Seafarer_Dave", "@LoweTide the investigation will tell. Let's not guess.", "3 hours ago"),
        ],
        tags=["Norway", "Ferries", "Maritime accidents", "Europe"],
    ),
    dict(
        id="valdera-2025-05-06-0207", story=NORWAY, kind="rss", date="2025-05-06", time="12:30",
        guid="valdera-2025-05-06-0207",
        link="https://www.valderapost.example/news/world/2025/05/06/norway-ferry-capsizes",
        author="Valdera Post staff", section="World",
        title="Ferry capsizes off Norway; three dead",
        description="The car ferry Nordlysing overturned near Skarnesøy island on Tuesday morning with 143 people on board, Norwegian rescuers said.",
    ),
    dict(
        id="kestrel-nordlysing-captain-questioned", story=NORWAY, kind="kestrel", date="2025-05-07", time="10:20",
        section="World", num="29418852", slug="norway-ferry-captain-questioned",
        author="Harriet Coyle",
        title="Captain of capsized Norwegian ferry questioned as death toll rises to four",
        standfirst="Survivors say lorries shifted on the car deck before the Nordlysing hit the reef",
        caption="Flowers at the ferry quay in Vardholm", credit="Kestrel Daily",
        body=[
            "Norwegian police on Wednesday questioned the captain of the car ferry that capsized off the island of Skarnesøy, as divers recovered a fourth body from the wreck.",
            "O.J. Brekke, 56, who had commanded the MF Nordlysing for nine years, was discharged from hospital in Vardholm on Tuesday evening and interviewed by police as a witness, not a suspect, the district police chief Torbjørn Lie said.",
            "‘He has given a full account and we have no reason to doubt it,’ Mr Lie said. One person is still missing.",
            "Survivors told Norwegian media that the ferry had started to lean heavily about ten minutes before it hit the reef, after cars on the lower deck shifted in the heavy seas.",
            "‘The lorries were moving. You could hear them hit the walls,’ said one passenger, Ingrid Solheim.",
            "The operator, Vestkyst Ferjer, revised the number of people on board to 146 after three children who had not been registered were found among the survivors.",
            "The Norwegian Safety Investigation Authority said it would examine how the cars and lorries had been secured, and whether the ferry should have sailed at all after a storm warning on Monday evening.",
        ],
        readmore=("Three dead as ferry capsizes off Norway", "norway-ferry-capsizes-29417"),
        comments=[("JHarrow", "146 not 143? How do you lose count of children on a ferry?", "2h ago")],
        tags=["Norway", "Ferries"],
    ),
    dict(
        id="northgate-nordlysing-survivors-recount", story=NORWAY, kind="txt", date="2025-05-07",
        raw=""" date 2025-05-07 "We thought the sea would take us all": Nordlysing survivors recount capsizing
"We thought the sea would take us all": Nordlysing survivors recount capsizing

By Owen Pritchard

VARDHOLM, Norway

Survivors of the car ferry that overturned off the island of Skarnesøy on Tuesday have described how they scrambled up the tilting decks in the dark as the ship rolled over in a storm.

"The lights went out, then the floor became the wall," said Magnus Hjelle, 34, a fish-farm worker who was travelling to his shift on the island. "We thought the sea would take us all."

Hjelle said he and about twenty others climbed out through a window on the starboard side and stood on the hull for almost an hour until a helicopter reached them.

The death toll rose to four on Wednesday after divers recovered a body from the car deck. One person is still missing.

Police chief Torbjorn Lie said the captain, Ole Johan Brekke, had been interviewed and was not a suspect.

Advertisement

The ferry's operator, Vestkyst Ferjer, first said it had carried 143 people, a figure it later raised to 146.

In Vardholm, a town of 4,000 people where almost everyone knows someone who works on the ferries, flowers and candles were left at the quay on Wednesday morning. A memorial service is planned for Sunday.

READ MORE: How Norway's ferry network keeps its coastal towns alive

Comments (14)
Log in to comment
""",
    ),
    dict(
        id="nb-2025-05-07-0412", story=NORWAY, kind="nb", date="2025-05-07", time="11:00",
        datestr="2025-05-07", source="Fjordposten English",
        url="https://fjordposten.example/en/2025/05/07/divers-fourth-body-nordlysing",
        title="divers recover fourth body from capsized ferry nordlysing",
        text="norway ferry disaster: divers recover fourth body from the wreck of the mf nordlysing near skarnesøy; one person still missing, police say.",
    ),
    dict(
        id="tideline-nordlysing-lorries-investigation", story=NORWAY, kind="tideline", date="2025-05-09", time="16:10",
        section="World", slug="nordlysing-ferry-lorries-broke-loose-investigators",
        author="Tom Ellery", role="",
        title="Unsecured lorries may have caused ferry to capsize, Norwegian investigators say",
        standfirst="Body of last missing passenger found as death toll from Nordlysing accident rises to five",
        caption="Divers prepare to enter the wreck of the Nordlysing on Friday.", credit="Jørn Aasen/Meridian",
        body=[
            "Norwegian accident investigators said on Friday that lorries that broke loose on the car deck may have caused the MF Nordlysing to capsize off Skarnesøy on Tuesday, as divers recovered the body of the last missing passenger.",
            "The death toll now stands at five: three passengers, a crew member and a 19-year-old student whose body was found in a cabin on Friday morning.",
            "In a preliminary statement, the Norwegian Safety Investigation Authority said two articulated lorries and several cars had shifted to the starboard side when the ferry turned into the wind, giving it a list it could not recover from.",
            "“The ship was already leaning when it reached the reef,” said the authority’s lead investigator, Eirik Sandvold. “We want to understand why the vehicles moved, and who decided that the ferry should sail.”",
            "Vestkyst Ferjer’s chief executive, Hege Strand, said the company’s lashing procedures met all national rules. Captain Ole-Johan Brekke said through his union that he had been told by the company’s operations centre that the weather was within limits.",
            "A storm warning for the coast had been issued on Monday evening, about nine hours before the crossing.",
            "A memorial service will be held in Vardholm on Sunday.",
        ],
        readmore=("Survivors describe the night the Nordlysing rolled over", "nordlysing-survivors"),
        related=["Three dead and two missing after ferry capsizes in Norwegian storm",
                 "Lashing rules for ferries explained"],
        comments=[
            ("LoweTide", "So the company's operations centre said go. As I said on Tuesday.", "1 hour ago"),
        ],
        tags=["Norway", "Ferries", "Maritime accidents"],
    ),
    # Lower-cased throughout, as some aggregators and old CMSes deliver text.
    dict(
        id="lowmarsh-vardholm-ferry-memorial", story=NORWAY, kind="txt", date="2025-05-11",
        raw=""" date 2025-05-11 hundreds gather in vardholm to remember ferry victims
hundreds gather in vardholm to remember ferry victims

lowmarsh gazette | world

hundreds of people filled the small wooden church in vardholm on sunday to remember the five people who died when the car ferry nordlysing capsized off skarnesøy island last week.

the body of the last missing passenger, a 19-year-old student, was found by divers on friday, bringing the death toll to five.

"we are a small place and the sea is our road," the parish priest, sunniva rød, told the congregation. "this week the road took five of our own."

the captain, ole-johan brekke, attended the service with members of his crew. he has not spoken publicly since the accident.

vestkyst ferjer said on saturday that its other two ferries on the route would not sail until the investigators had completed their first inspection.

the norwegian safety investigation authority said its preliminary findings, expected within a month, would focus on how vehicles were secured on the car deck.

advertisement

share this story
""",
    ),
]

GREECE_ARTICLES = [
    dict(
        id="mws-20250513-0733", story=GREECE, kind="mws", date="2025-05-13", time="05:40",
        datestr="2025-05-13T05:40:00Z",
        title="Greek ferry runs aground off Kalyra, passengers evacuated",
        url="https://wire.meridian.example/stories/2025/05/13/greece-ferry-aground-0733",
        text="""PIRAEUS, Greece, May 13 (MWS) — A Greek passenger ferry with 318 people on board ran aground off the island of Kalyra in the Aegean early on Tuesday and began to list, forcing the evacuation of all passengers in lifeboats, the coast guard said.

The ferry Evangelia, operated by Thalassa Blue Ferries, struck rocks at about 3 a.m. as it approached the island's port of Ormos in strong winds, coast guard spokesman Nikolaos Pappas said.

``All passengers were transferred safely to shore. Nine people were taken to the health centre with light injuries,'' Pappas said. ``There is no sign of pollution at this stage.''

Patrol boats, a navy frigate and two passing cargo ships helped in the evacuation, which took about four hours.

The ferry had left Piraeus at 5 p.m. on Monday bound for Kalyra and the neighbouring island of Nisyrea.

(Reporting by Eleni Markou; Editing by Jon Ashby)""",
    ),
    dict(
        id="tag:brightwaterbulletin.example,2025-05-13:/world/5570", story=GREECE, kind="atom",
        date="2025-05-13", time="08:30",
        link="https://brightwaterbulletin.example/world/5570/greek-ferry-evangelia-aground",
        author="Brightwater Bulletin", section="World",
        title="Greek ferry Evangelia aground off Kalyra; all 318 aboard evacuated",
        summary="The coast guard said nine people had minor injuries after the ferry struck rocks near the port of Ormos before dawn.",
    ),
    dict(
        id="kestrel-evangelia-ferry-aground-kalyra", story=GREECE, kind="kestrel", date="2025-05-13", time="12:05",
        section="World", num="29427730", slug="greek-ferry-hits-rocks-kalyra",
        author="Harriet Coyle",
        title="Hundreds evacuated as ferry hits rocks off Greek island",
        standfirst="Passengers woken by a loud bang as the Evangelia ran aground near Kalyra",
        caption="Passengers in life jackets wait on the quay at Ormos", credit="Aegean Today",
        body=[
            "More than 300 passengers were evacuated by lifeboat from a Greek ferry that ran aground and began to list off the Aegean island of Kalyra in the early hours of Tuesday.",
            "The Evangelia hit a rocky outcrop near the entrance to the port of Ormos at around 3 a.m., the coast guard said. Passengers described being woken by a loud bang and then being led on deck in life jackets as the ship tilted.",
            "‘The children were crying and the crew were shouting in Greek and English at the same time,’ said Laura Brenner, a German tourist travelling with her family. ‘But they got everyone into the boats. I have to say they were calm.’",
            "The coast guard said 322 people, 287 passengers and 35 crew, had been on board. Eleven were treated for minor injuries.",
            "The ship’s captain, Stavros Manolakis, remained on board with a skeleton crew while tugs were sent from Piraeus.",
            "Thalassa Blue Ferries said in a statement that it was ‘investigating the circumstances of the incident’ and that all its other sailings would run as normal.",
            "Winds in the area had reached force 7 overnight, the national weather service said.",
        ],
        readmore=("Greek island ferries: what to do if your crossing is cancelled", "greek-ferries-cancelled-2210"),
        comments=[
            ("IslandHopper", "We sailed on the Evangelia last summer. Crew were brilliant.", "4h ago"),
            ("M. Kettle", "Third one this year in the Aegean, isn't it?", "3h ago"),
        ],
        tags=["Greece", "Ferries", "Travel"],
    ),
    dict(
        id="valdera-2025-05-14-0311", story=GREECE, kind="rss", date="2025-05-14", time="14:10",
        guid="valdera-2025-05-14-0311",
        link="https://www.valderapost.example/news/world/2025/05/14/evangelia-captain-arrested",
        author="Anton Weyl", section="World",
        title="Captain of stranded Greek ferry Evangelia arrested",
        description="Stavros Manolakis was detained after the ship ran aground off Kalyra, as is routine in Greece after accidents at sea.",
        content=[
            "Greek authorities arrested the captain of the ferry Evangelia on Tuesday evening, hours after the ship ran aground off the island of Kalyra with more than 300 people on board.",
            "The captain, Stavros Manolakis, 58, the first officer and the officer of the watch were detained on charges of endangering shipping, a standard step after an accident at sea, a coast guard official said. They are due to appear before a prosecutor on Syros on Thursday.",
            "Coast guard spokesman Nikos Pappas said investigators were examining the ship’s voyage data recorder to establish why it had strayed from the usual approach to the port of Ormos.",
            "“The weather was bad but not exceptional for this season,” Pappas said. “A ship that makes this crossing every week should know where the rocks are.”",
            "The merchant marine minister, Eleni Vrettou, visited Kalyra on Wednesday morning and said the inquiry would be thorough.",
            "The Evangelia is still stuck on the rocks with a 12-metre gash in its hull. Salvage teams said they would try to refloat it once the wind drops.",
        ],
    ),
    dict(
        id="northgate-greek-ferry-captain-arrested", story=GREECE, kind="txt", date="2025-05-14",
        raw=""" date 2025-05-14 Greek ferry captain and two officers arrested after Kalyra grounding
Greek ferry captain and two officers arrested after Kalyra grounding
World

By Owen Pritchard

The captain of a Greek ferry that ran aground off the island of Kalyra on Tuesday has been arrested along with two of his officers, the coast guard said.

S. Manolakis, the master of the Evangelia, was detained hours after all passengers had been taken off the listing ship by lifeboat.

A coast guard spokesman, Nikolaos Pappas, said the arrests were routine. "Nobody has been found guilty of anything," he said. "The law requires it."

Thalassa Blue Ferries said it stood by its crew and that the captain had 30 years of experience.

Figures for the number of people on board have varied. The coast guard first said 318, and later 322 including crew.

Advertisement

Passenger associations said the accident was the third involving an Aegean ferry since the start of the year, and called for stricter rules on sailing in high winds.

Sign up to our daily newsletter
""",
    ),
    dict(
        id="nb-2025-05-14-0550", story=GREECE, kind="nb", date="2025-05-14", time="08:00",
        datestr="2025-05-14", source="Aegean Today",
        url="https://aegeantoday.example/news/2025/05/14/evangelia-captain-arrested",
        title="greek ferry captain arrested after evangelia runs aground",
        text="greek coast guard arrests captain stavros manolakis and two officers after the ferry evangelia ran aground off kalyra with 318 people on board; all were evacuated.",
    ),
    dict(
        id="tideline-evangelia-refloated-kalyra", story=GREECE, kind="tideline", date="2025-05-15", time="18:20",
        section="World", slug="greek-ferry-evangelia-refloated-captain-prosecutor",
        author="Nadia Farrant", role="Southern Europe correspondent",
        title="Stranded Greek ferry refloated as captain appears before prosecutor",
        standfirst="The Evangelia is towed into Ormos two days after hitting rocks off Kalyra",
        caption="Tugs guide the Evangelia into the port of Ormos on Thursday.", credit="Aegean Today",
        body=[
            "Salvage crews refloated the Greek ferry Evangelia on Thursday, two days after it ran aground off the island of Kalyra, and towed it to the port of Ormos for inspection.",
            "The ship, which has a gash of about 12 metres below its waterline, was kept afloat by its pumps during the short tow, the coast guard said. No fuel leaked.",
            "On Syros, the captain, Stavros Manolakis, appeared before a prosecutor and was released pending trial on a charge of endangering shipping. He has been barred from leaving the country.",
            "“He is devastated, but he is proud that every single passenger went home,” his lawyer, Dimitra Kouri, told reporters.",
            "Investigators believe the ferry turned into the bay about half a mile too early in darkness and heavy rain. The data recorder showed the ship’s radar had been working normally, according to a person familiar with the inquiry.",
            "Thalassa Blue Ferries said a replacement vessel would serve Kalyra and Nisyrea from Saturday.",
        ],
        readmore=("Hundreds evacuated as ferry runs aground off Greek island", "greece-ferry-kalyra"),
        related=["Hundreds evacuated as ferry runs aground off Greek island",
                 "Ferry safety in northern Europe: the ten worst accidents since 1990"],
        comments=[],
        tags=["Greece", "Ferries", "Maritime accidents"],
    ),
]

ARTICLES = NORWAY_ARTICLES + GREECE_ARTICLES
