"""The long-running saga: an invented Hungarian mayor, from dawn raid to verdict and appeal.

Twelve articles over 5-17 May 2025. The vocabulary drifts: raid/detained/arrest, then
charges/indictment, then trial/testimony/witness, then verdict/sentence/appeal.
"""

STORY = "szalokut-mayor-trial"

ARTICLES = [
    dict(
        id="mws-20250505-0412", story=STORY, kind="mws", date="2025-05-05", time="08:47",
        datestr="2025-05-05T08:47:00Z",
        title="Hungarian police raid town hall, detain Szalokut mayor in bribery probe",
        url="https://wire.meridian.example/stories/2025/05/05/hungary-mayor-raid-0412",
        text="""SZALOKUT, Hungary, May 5 (MWS) — Hungarian police raided the town hall of Szalokut before dawn on Monday and detained its mayor, Tamas Gaspar, on suspicion of taking bribes in exchange for a municipal building contract, prosecutors said.

Officers from the National Bureau of Investigation also searched Gaspar's home and the offices of a local construction company, Retkapu Epitesi, whose owner, the Russian-born businessman Dmitri Volkhov, was detained at the same time, according to a statement from the anti-corruption prosecutor's office.

Prosecutors said the two men were suspected of arranging a payment of about 40 million forints (about 100,000 euros) linked to the award of a 2.1 billion-forint contract to build a new sports hall and swimming pool in the town of 23,000 people on the Danube plain.

``The suspects were caught at the moment the money changed hands,'' Eva Szalai, the prosecutor leading the case, told reporters outside the town hall. ``We will ask the court to keep both of them in custody.''

Gaspar, 51, who has run Szalokut for eleven years, did not comment as he was led to a police car. His lawyer, Peter Kardos, said his client denied any wrongdoing and would cooperate with investigators.

Volkhov could not be reached for comment.

(Reporting by Lena Hartmann; Editing by Paul Ostrowski)""",
    ),
    dict(
        id="kestrel-szalokut-mayor-detained", story=STORY, kind="kestrel", charset="windows-1252",
        date="2025-05-05", time="14:10", section="World", num="29410211", slug="szalokut-mayor-detained-dawn-raid",
        author="Réka Fodor",
        title="Szalókút mayor detained in dawn raid as bribery inquiry widens",
        standfirst="Tamás Gáspár and a construction boss were held after officers searched the town hall and his home",
        caption="Police officers carry boxes out of the town hall on Kossuth Square in Szalókút on Monday morning",
        credit="Ádám Sárközi",
        body=[
            "Police in Hungary detained the long-serving mayor of Szalókút, Tamás Gáspár, in a dawn raid on Monday, in what prosecutors described as the largest local corruption case in the region for a decade.",
            "Armed officers sealed off the town hall shortly after 5 a.m. Residents on Kossuth Square said they saw boxes of files and several computers being carried to vans parked outside the building.",
            "The anti-corruption prosecutor's office said Mr Gáspár and Dmitri Volkhov, the owner of the building firm Rétkapu Építési Kft., were suspected of bribery and abuse of office in connection with a contract for a new sports centre. Investigators found 45 million forints in cash during the searches, according to the office.",
            "Éva Szalai, the prosecutor in charge, said the investigation had been running quietly for eight months and that more arrests were possible.",
            "‘We are not looking at a single envelope, we are looking at a system,’ Ms Szalai said.",
            "The deputy mayor, Katalin Berkes, said the council would meet on Thursday to decide who would run the town in the meantime. ‘The town hall is open and people’s services will carry on,’ she said.",
            "Szalókút, a market town of about 23,000 people south of Budapest, has received more than 6 billion forints in state and European development money since 2019.",
            "Mr Gáspár’s lawyer, Péter Kardos, called the arrest ‘a political show’ and said his client would prove his innocence in court.",
        ],
        readmore=("Europe’s small towns and the price of a tender", "small-towns-tenders-3310"),
        comments=[
            ("Zoltán_K", "Eleven years in office and nobody noticed a new villa? Come on.", "3h ago"),
            ("northern_lass", "Innocent until proven guilty, people. Let the court decide.", "2h ago"),
        ],
        tags=["Hungary", "Corruption", "Europe"],
    ),
    dict(
        id="valdera-2025-05-06-0193", story=STORY, kind="rss", date="2025-05-06", time="07:05",
        guid="valdera-2025-05-06-0193",
        link="https://www.valderapost.example/news/europe/2025/05/06/szalokut-mayor-house-arrest",
        author="Valdera Post staff", section="Europe",
        title="Hungary: Szalókút mayor T. Gáspár kept under house arrest",
        description="A court placed mayor Tamás Gáspár under house arrest on Monday night, while businessman Dmitri Volkhov was remanded in custody for 30 days.",
    ),
    dict(
        id="northgate-hungary-mayor-charged", story=STORY, kind="txt", date="2025-05-07",
        raw=""" date 2025-05-07 Hungarian mayor charged with bribery over sports hall contract
Hungarian mayor charged with bribery over sports hall contract
World | Europe

By Owen Pritchard

Prosecutors in Hungary on Wednesday formally charged Tamas Gaspar, the mayor of the town of Szalokut, with accepting a bribe and abusing his office, two days after he was detained in a raid on the town hall.

The businessman accused of paying him, Dmitry Volkhov, was charged with bribery of an official. Both men deny the charges.

Prosecutor Eva Szalai said the case would go to court under an accelerated procedure reserved for suspects who are caught in the act, meaning a trial could begin within days rather than months.

"The evidence was gathered before the arrests, and it is complete," Szalai told a news conference in Budapest. "There is no reason for this to wait a year."

According to the charge sheet, Volkhov's company won a contract worth 2.4 billion forints to build a sports hall and pool in Szalokut after a tender that prosecutors say was written to fit it. In return, Gaspar allegedly asked for 40 million forints in cash.

Gaspar has been under house arrest since Monday night. Volkhov is being held in custody in Budapest.

Advertisement

The mayor's lawyer, Peter Kardos, said the charges were "built on the word of a man who is trying to save himself".

RELATED: Who is Dmitry Volkhov? The builder behind a dozen town halls

Szalokut's council is due to meet on Thursday.

Share this:
Facebook
X
Email
Print
""",
    ),
    dict(
        id="tag:brightwaterbulletin.example,2025-05-08:/world/5521", story=STORY, kind="atom",
        date="2025-05-08", time="16:40",
        link="https://brightwaterbulletin.example/world/5521/szalokut-council-suspends-mayor",
        author="Dana Whitcombe", section="World",
        title="Szalókút council suspends mayor as court upholds house arrest",
        summary="Councillors hand control of the Hungarian town to deputy mayor Katalin Berkes, a day after Tamás Gáspár was charged with bribery.",
        content=[
            "The town council of Szalókút voted on Thursday to suspend Mayor Tamás Gáspár from his duties, a day after he was charged with bribery, and handed day-to-day control of the town to his deputy, Katalin Berkes.",
            "Eleven of the council's fourteen members backed the motion. Two abstained, and one, a long-time ally of the mayor, walked out before the vote.",
            "Earlier in the day a court in Budapest rejected an appeal by Mr Gaspar's lawyers against his house arrest, ruling that he could still influence witnesses if he were freed. He must wear an electronic tag and may not leave his home.",
            "Prosecutors say Mr Gaspar took 40 million forints from Dmitri Volkhov, whose firm built the town's new sports hall. Both men were detained in Monday's raid.",
            "Ms Berkes told reporters she had learnt of the investigation \"from the television, like everyone else\". \"I want people to know that their rubbish will be collected and their schools will open on Monday,\" she said.",
            "The trial is expected to open early next week.",
        ],
    ),
    dict(
        id="https://www.ostrandertimes.example/europe/2025/05/09/szalokut-mayor-indicted", story=STORY, kind="warc",
        uri="https://www.ostrandertimes.example/europe/2025/05/09/szalokut-mayor-indicted",
        file="ostrander-szalokut-mayor-indicted.html",
        date="2025-05-09", time="12:30", section="Europe", author="Miriam Castell",
        title="Trial date set for Hungarian mayor as builder agrees to testify",
        standfirst="Dmitri Volkhov to plead guilty and give evidence against Tamás Gáspár",
        body=[
            "A court in central Hungary has set Monday as the opening date for the trial of Tamás Gáspár, the suspended mayor of Szalókút, after prosecutors filed their indictment on Friday morning.",
            "The indictment, which runs to 212 pages, accuses Mr Gáspár of taking a bribe of 40 million forints and of abuse of office in the award of a sports hall contract to Rétkapu Építési, a company owned by the businessman Dmitri Volkhov.",
            "In a surprise move, Mr Volkhov’s lawyers said their client would plead guilty and testify for the prosecution, a step that could earn him a lighter sentence.",
            "The case will be heard by Judge Imre Balogh at the Dunavölgy County Court.",
            "The mayor’s lawyer, Péter Kardos, said the deal showed that the prosecution’s case rested on “a bargain, not on evidence”.",
            "Mr Gáspár, who was detained on Monday in a raid on the town hall and his home, remains under house arrest.",
        ],
        related=["Hungary’s anti-corruption office: a year of raids", "Letters: the sports hall we never asked for"],
    ),
    dict(
        id="tideline-szalokut-trial-opens", story=STORY, kind="tideline", date="2025-05-12", time="17:05",
        section="World", slug="szalokut-mayor-pleads-not-guilty-bribery-trial",
        author="Clare Mowbray", role="Europe correspondent",
        title="Mayor pleads not guilty as Szalókút bribery trial opens",
        standfirst="Tamás Gáspár tells court he never took money, as prosecutors lay out a case built on secret recordings",
        caption="Tamás Gáspár arrives at the Dunavölgy County Court on Monday.", credit="Bence Tóth/Meridian",
        body=[
            "The suspended mayor of the Hungarian town of Szalókút pleaded not guilty to bribery on Monday as his trial opened, a week after he was detained in a raid on the town hall.",
            "Standing before Judge Imre Balogh at the Dunavölgy County Court, Tamás Gáspár, 51, said he had “never taken a single forint” from anyone and accused prosecutors of building a case on the word of a businessman who had “bought himself a shorter sentence”.",
            "The prosecutor, Éva Szalai, told the court that investigators had recorded more than 30 hours of conversations between the mayor, his former chief of staff and the builder Dmitri Volkhov over eight months, and that the recordings showed the men discussing how the tender for a new sports hall should be worded.",
            "“The tender was not won. It was tailored,” Szalai said in her opening statement. She said the mayor had received 40 million forints in a sports bag in the car park of a motorway service station on 5 May.",
            "Volkhov, who has admitted paying the money, is expected to testify on Tuesday. Zsófia Németh, who was Gáspár’s chief of staff until last year, is also on the list of witnesses.",
            "The courtroom was full. Several dozen residents of Szalókút travelled to the court by coach, some carrying signs in support of the mayor, others calling on him to resign.",
            "“He built us a swimming pool and now they say he built himself a villa,” said Ilona Varga, a retired teacher who attended the hearing. “I want to hear it from his own mouth.”",
            "The trial continues.",
        ],
        readmore=("Hungarian police raid town hall and detain mayor", "05/hungary-szalokut-raid"),
        related=["Hungarian police raid town hall and detain mayor in bribery inquiry",
                 "Who is Dmitri Volkhov? The builder behind a dozen town halls",
                 "Opinion: Europe’s small-town corruption problem is not small"],
        comments=[
            ("Harbourwatcher", "Thirty hours of recordings and he still pleads not guilty. Bold.", "2 hours ago"),
            ("Margit1961", "I grew up near there. The pool is lovely, for what it's worth.", "1 hour ago"),
            ("pedant_in_chief", "Raid to trial in a week. That's either very efficient or very worrying.", "48 minutes ago"),
        ],
        tags=["Hungary", "Europe", "Corruption", "Law"],
    ),
    dict(
        id="mws-20250513-1187", story=STORY, kind="mws", date="2025-05-13", time="15:22",
        datestr="2025-05-13T15:22:00Z",
        title="Builder tells Hungarian court he handed mayor cash in sports bag",
        url="https://wire.meridian.example/stories/2025/05/13/hungary-mayor-trial-1187",
        text="""DUNAVOLGY, Hungary, May 13 (MWS) — A Russian-born businessman told a Hungarian court on Tuesday that he personally handed the mayor of the town of Szalokut 40 million forints in cash, packed in a sports bag, in return for a building contract.

Dmitry Volkhov, the owner of the construction company Retkapu Epitesi, was testifying for the prosecution at the bribery trial of Mayor Tamas Gaspar, which opened on Monday.

``He told me the price of the tender was two percent, and that it was not negotiable,'' Volkhov told the court. ``I paid it because otherwise my company would never build anything in that county again.''

Under cross-examination by the mayor's lawyer, Peter Kardos, Volkhov acknowledged that he had agreed to testify in exchange for the prosecution seeking a suspended sentence for him.

``So you are a witness who has been paid with his freedom,'' Kardos said. Judge Imre Balogh told the lawyer to ask questions, not make speeches.

Gaspar, who denies the charges, sat with his arms folded and did not look at the witness, according to a reporter in the courtroom.

The trial continues on Wednesday with the testimony of Gaspar's former chief of staff.

(Reporting by Lena Hartmann; Editing by Jon Ashby)""",
    ),
    dict(
        id="nb-2025-05-14-dd-0031", story=STORY, kind="nb", date="2025-05-14", time="09:00",
        datestr="2025-05-14", source="Danube Digest",
        url="https://danubedigest.example/2025/05/14/szalokut-trial-envelope-days",
        title="Szalókút trial: former chief of staff describes 'envelope days'",
        text="""Németh Zsófia, who served as chief of staff to Szalókút mayor Gáspár Tamás until last autumn, told the Dunavölgy County Court on Wednesday that the mayor's office had what staff called "envelope days", when local businessmen came in without appointments. Németh said she had once seen Volkhov Dmitrij leave a sports bag under the mayor's desk. Defence lawyer Kardos Péter said the witness had been dismissed by the mayor and "has a score to settle". Judge Balogh Imre adjourned the hearing until Friday, when the verdict is expected.""",
    ),
    dict(
        id="kestrel-szalokut-aide-testimony", story=STORY, kind="kestrel", date="2025-05-14", time="19:40",
        section="World", num="29433870", slug="szalokut-former-aide-testifies",
        author="Réka Fodor",
        title="‘I saw the bag under his desk’: ex-aide turns on Szalókút mayor",
        standfirst="Former chief of staff tells bribery trial of ‘envelope days’ at the town hall",
        body=[
            "The former chief of staff of Tamás Gáspár, the Hungarian mayor on trial for bribery, told a court on Wednesday that she had seen a sports bag left under his desk after a visit by the builder who says he paid him.",
            "Zsófia Németh, 38, was the second witness in a trial that has gripped Szalókút, the market town Mr Gáspár has run since 2014.",
            "‘He said it was documents for the pool. Documents do not weigh that much,’ Ms Németh told the court, drawing laughter from the public gallery that Judge Imre Balogh quickly silenced.",
            "She said that on several days each month, which staff called ‘envelope days’, the mayor cleared his diary and received businessmen without appointments.",
            "Under cross-examination, the defence lawyer Péter Kardos pointed out that Ms Németh had been dismissed by the mayor last September after a dispute over overtime, and suggested she had a motive to harm him. ‘I was dismissed because I asked questions,’ she replied.",
            "On Tuesday the builder, Dmitri Volkhov, testified that he had paid Mr Gáspár 40 million forints. Prosecutors have asked for an eight-year prison sentence for the mayor.",
            "Closing arguments are due on Thursday and Judge Balogh has said he intends to deliver his verdict on Friday.",
        ],
        readmore=("Builder says he paid Hungarian mayor in cash", "hungary-builder-testimony-29421"),
        comments=[("Gerald W", "Envelope days. You couldn't make it up.", "1h ago")],
        tags=["Hungary", "Courts"],
    ),
    dict(
        id="https://www.valderapost.example/news/europe/2025/05/16/szalokut-mayor-jailed", story=STORY, kind="rss",
        date="2025-05-16", time="14:55",
        guid="https://www.valderapost.example/news/europe/2025/05/16/szalokut-mayor-jailed",
        link="https://www.valderapost.example/news/europe/2025/05/16/szalokut-mayor-jailed",
        author="Anton Weyl", section="Europe",
        title="Szalókút mayor jailed for six years for taking bribe",
        description="Judge finds Tamás Gáspár guilty of bribery and abuse of office; builder Dmitri Volkhov gets a suspended sentence.",
        content=[
            "A Hungarian court on Friday found Tamás Gáspár, the suspended mayor of Szalókút, guilty of taking a 40 million forint bribe and sentenced him to six years in prison, ending a trial that began only on Monday.",
            "Judge Imre Balogh also banned Mr Gáspár from holding public office for ten years and ordered the confiscation of 40 million forints from his assets.",
            "The businessman who paid the bribe, Dmitri Volkhov, was given a three-year suspended sentence and a fine of 15 million forints, a reduction the judge said reflected his confession and his testimony.",
            "“The court did not need the recordings to believe the witnesses, but the recordings removed any doubt,” Judge Balogh said as he read out the verdict.",
            "Prosecutors had asked for eight years. The prosecutor, Éva Szalai, said she was satisfied with the verdict and would consider whether to appeal the sentence.",
            "Mr Gáspár showed no emotion as the sentence was read. Outside the court, his lawyer Péter Kardos said his client would appeal. “This is a verdict that was written before the trial began,” he said.",
            "The verdict is not final.",
        ],
    ),
    dict(
        id="tag:brightwaterbulletin.example,2025-05-17:/world/5604", story=STORY, kind="atom",
        date="2025-05-17", time="10:15",
        link="https://brightwaterbulletin.example/world/5604/jailed-hungarian-mayor-appeals",
        author="Dana Whitcombe", section="World",
        title="Jailed Hungarian mayor lodges appeal; Szalókút to hold by-election",
        summary="Tamás Gáspár's lawyers say the trial was too short to test the evidence; the town will elect a new mayor in July.",
        content=[
            "Lawyers for Tamás Gaspar, the Hungarian mayor sentenced to six years in prison for bribery on Friday, lodged an appeal on Saturday, arguing that the trial had been too short to test the prosecution's evidence.",
            "Péter Kardos said the case had gone \"from a raid to a verdict in eleven days\", and that the defence had been given the 212-page indictment only three days before the trial opened.",
            "The appeal will be heard by the regional court of appeal, probably in the autumn. Mr Gaspar was taken from the courtroom to prison after the sentence was read on Friday.",
            "In Szalókút, acting mayor Katalin Berkes said a by-election would be held in July. \"The town needs to close this chapter,\" she said. \"Last week we were on every front page for the worst reason.\"",
            "The sports hall at the centre of the case, which opened in March, stayed open on Saturday. Its pool was busy, local media reported.",
        ],
    ),
]
