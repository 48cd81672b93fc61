"""The other stories: a fintech data breach (7 articles), a closed viaduct (2) and a one-article
story (red panda twins)."""

BREACH = "corvane-data-breach"
VIADUCT = "roccalba-viaduct-closure"
PANDAS = "lindenmere-red-panda-twins"

BREACH_ARTICLES = [
    dict(
        id="tideline-corvane-data-breach", story=BREACH, kind="tideline", date="2025-05-08", time="09:30",
        section="Technology", slug="corvane-data-breach-customers",
        author="Priya Lal", role="Technology editor",
        title="Fintech app Corvane admits data breach affecting 2.3 million customers",
        standfirst="Names, addresses and partial card numbers exposed; the company says passwords were not taken",
        caption="Corvane’s offices on the Grand Canal Dock in Dublin.", credit="Ciarán Doyle/Meridian",
        body=[
            "Corvane, the Dublin-based payments app, said on Thursday that hackers had stolen the personal details of about 2.3 million customers across Europe, in one of the largest data breaches to hit an Irish technology company.",
            "The stolen data includes names, home addresses, dates of birth, phone numbers and the last four digits of payment cards, the company said. It said passwords, full card numbers and account balances had not been accessed.",
            "Corvane’s chief executive, Aoife Brennan-Kerr, said the attackers had used the login of an employee at an outside contractor to reach a database used for customer support.",
            "“I am sorry. Our customers trusted us with their information and we did not protect it well enough,” Brennan-Kerr said in a video posted on the company’s website.",
            "The company said it had discovered the intrusion last Friday and had informed the Data Protection Commission within 72 hours, as the law requires.",
            "Security experts warned customers to expect convincing phishing messages. “With a name, an address and the last four digits of your card, a fraudster can sound exactly like your bank,” said Mohammed Al-Rashid, a researcher at the cybersecurity firm Harrowgate Labs.",
            "Corvane, which was founded in 2017, has about 4 million users in Ireland, the UK, Spain and the Netherlands. It was valued at 1.4 billion euros in a funding round last year.",
        ],
        readmore=("How to spot a phishing text", "how-to-spot-phishing-text"),
        related=["Europe’s biggest data breaches of the decade", "The fintech bubble: who is still standing?"],
        comments=[
            ("cautious_carl", "Deleted the app this morning. Not waiting for the phishing texts.", "2 hours ago"),
            ("DataNerd", "Outside contractor, no 2FA, I'd bet money on it.", "1 hour ago"),
        ],
        tags=["Data and computer security", "Fintech", "Ireland"],
    ),
    dict(
        id="mws-20250508-0540", story=BREACH, kind="mws", date="2025-05-08", time="07:15",
        datestr="Thu, 08 May 2025 07:15:00 +0000",
        title="Irish payments app Corvane says hackers stole customer data",
        url="https://wire.meridian.example/stories/2025/05/08/ireland-corvane-breach-0540",
        text="""DUBLIN, May 8 (MWS) — Irish payments start-up Corvane said on Thursday that hackers had gained access to personal data of about 1.9 million customers, including names, addresses and partial card numbers.

The company, which said it detected the breach on May 2, said no passwords or full card numbers had been taken and that customers' money was safe.

``We have closed the door the attackers came through and we are working with the authorities,'' Chief Executive Aoife Brennan Kerr said in a statement.

Ireland's Data Protection Commission confirmed it had been notified and said it was assessing the information provided.

Corvane was valued at 1.4 billion euros in a funding round led by U.S. investors in 2024.

(Reporting by Ciaran Doyle; Editing by Paul Ostrowski)""",
    ),
    dict(
        id="kestrel-corvane-customers-phishing", story=BREACH, kind="kestrel", date="2025-05-09", time="08:15",
        section="Money", num="29422519", slug="corvane-customers-fake-texts",
        author="Liam Gorman",
        title="Corvane customers hit by wave of fake texts after data breach",
        standfirst="Criminals use stolen names to send convincing messages within a day of the breach being revealed",
        body=[
            "Customers of the payments app Corvane have been sent thousands of fake text messages asking them to ‘confirm their identity’ since the company revealed on Thursday that their personal details had been stolen.",
            "The messages, which appear to come from Corvane and include the recipient’s name, link to a copy of the app’s login page, according to Mohamed Al Rashid of Harrowgate Labs, who has been tracking the campaign.",
            "‘This is the fastest I have seen criminals use leaked data. Within a day they had a working fake site,’ Mr Al Rashid said.",
            "Corvane said it would never ask customers for their password or PIN by text, and urged them to report suspicious messages.",
            "The company has said about 2.3 million customers were affected, although an earlier figure given to investors was 1.9 million. A spokesperson said the higher figure included closed accounts whose data had been kept.",
            "The chief executive, Aoife Brennan-Kerr, is due to appear before the Oireachtas finance committee next week.",
        ],
        readmore=("Five signs a text message is a scam", "text-scam-signs-28810"),
        comments=[
            ("Sheila M", "Got one at 6am with my full name. Terrifying.", "5h ago"),
            ("ParanoidAndrew", "This is why I still use cash.", "4h ago"),
        ],
        tags=["Scams", "Fintech"],
    ),
    dict(
        id="northgate-corvane-breach-what-to-do", story=BREACH, kind="txt", date="2025-05-09",
        raw=""" date 2025-05-09 Corvane data breach: what customers should do now
Corvane data breach: what customers should do now
Money | Consumer

By Sinead Walsh

Published: 9 May 2025

The payments app Corvane said this week that the personal details of up to 2.3 million customers had been stolen in a cyber attack. Here is what we know, and what you should do.

What was taken?
Names, home addresses, dates of birth, phone numbers and the last four digits of payment cards. Corvane says passwords, PINs and full card numbers were not taken.

How did it happen?
The company says the attackers used the stolen login of a worker at an outside support contractor. It discovered the breach last Friday.

Is my money safe?
Corvane says no money has been taken from any account. Its chief executive, Aoife Brennan-Kerr, said: "Your balance is where you left it."

What should I do?
Be suspicious of any text, email or call that claims to be from Corvane, especially if it asks you to log in through a link. Change your password if you use it on other sites, and turn on two-factor authentication.

Can I claim compensation?
Possibly. Under data protection law, people can claim for distress caused by a breach. The Dublin firm Kinsella & Roe said it was gathering names for a group action.

Advertisement

Related: Five signs a text message is a scam
Related: Ireland's start-up boom, in numbers

Have you been affected? Email us at money@northgatecourier.example
""",
    ),
    dict(
        id="https://www.valderapost.example/business/2025/05/10/corvane-pauses-fundraising", story=BREACH, kind="rss",
        date="2025-05-10", time="11:00",
        guid="https://www.valderapost.example/business/2025/05/10/corvane-pauses-fundraising",
        link="https://www.valderapost.example/business/2025/05/10/corvane-pauses-fundraising",
        author="Anton Weyl", section="Business",
        title="Corvane pauses fundraising after breach",
        description="The Dublin payments app has put a planned share sale on hold while it deals with a breach that exposed data of 2.3 million users.",
        content=[
            "Corvane, the Irish payments app that disclosed a large data breach this week, has paused a planned fundraising round, two people familiar with the matter said on Saturday.",
            "The company had been in talks to raise about 200 million euros from new and existing investors, at a valuation above the 1.4 billion euros of its last round.",
            "Chief executive Aoife Brennan-Kerr told staff in an email on Friday that the company’s “only priority” was its customers. The email was seen by the Valdera Post.",
            "The breach, which Corvane discovered on May 2, exposed names, addresses, dates of birth and partial card numbers of about 2.3 million customers.",
            "Several customers said they had closed their accounts. “I have moved my salary to a boring old bank,” said one, a teacher in Madrid.",
        ],
    ),
    dict(
        id="tag:brightwaterbulletin.example,2025-05-12:/tech/2231", story=BREACH, kind="atom",
        date="2025-05-12", time="07:30",
        link="https://brightwaterbulletin.example/tech/2231/spain-regulator-corvane",
        author="Brightwater Bulletin", section="Tech",
        title="Spanish regulator joins inquiry into Corvane breach",
        summary="Spain's data protection agency said on Monday it was working with Ireland's DPC on the breach, which exposed data of about 400,000 Corvane customers in Spain.",
    ),
    dict(
        id="https://www.ostrandertimes.example/business/2025/05/15/corvane-chief-apologises-committee", story=BREACH, kind="warc",
        uri="https://www.ostrandertimes.example/business/2025/05/15/corvane-chief-apologises-committee",
        file="ostrander-corvane-chief-committee.html",
        date="2025-05-15", time="16:20", section="Business", author="Fergal Nolan",
        title="Corvane chief tells Irish lawmakers breach was ‘a failure of basics’",
        standfirst="Aoife Brennan-Kerr admits a contractor’s account lacked two-factor authentication",
        body=[
            "The chief executive of Corvane, Aoife Brennan-Kerr, told Irish lawmakers on Thursday that the data breach disclosed by the payments company last week was “a failure of basics”, and that a contractor’s account had not been protected by two-factor authentication.",
            "Appearing before the Oireachtas finance committee, Ms Brennan-Kerr said 2.3 million customers had been affected, and that about 600,000 of them had since received phishing messages.",
            "Asked by one committee member why the company had first told investors 1.9 million, she said the earlier count had left out accounts closed in the past six years, whose data should have been deleted. “We kept data we should not have kept. That is on me,” she said.",
            "The Data Protection Commission opened a formal inquiry on Wednesday. It can fine companies up to 4 percent of their annual turnover.",
            "A law firm, Kinsella & Roe, said more than 30,000 customers had signed up to a group claim.",
        ],
        related=["Ireland’s tech sector after the boom", "Opinion: fintech must grow up"],
    ),
]

VIADUCT_ARTICLES = [
    dict(
        id="tag:brightwaterbulletin.example,2025-05-16:/world/5601", story=VIADUCT, kind="atom",
        date="2025-05-16", time="18:40",
        link="https://brightwaterbulletin.example/world/5601/roccalba-viaduct-closed",
        author="Brightwater Bulletin", section="World",
        title="Italian town cut in two as cracked viaduct is closed",
        summary="Engineers shut the Rio Scuro viaduct in Roccalba after finding cracks in two piers.",
        content=[
            "Engineers closed the Rio Scuro viaduct in the northern Italian town of Roccalba on Friday after inspectors found cracks in two of its concrete piers, cutting the town's main road link to the valley below.",
            "The viaduct, built in the 1960s, carries about 14,000 vehicles a day, according to the regional roads agency, which ordered the closure. Traffic is being sent on a 25-kilometre detour over a mountain pass.",
            "\"We could not take the risk. Not after what we have seen in this country,\" the mayor of Roccalba, Francesca Dell'Orto, said.",
            "Lorries serving the town's two paper mills will be allowed to use a narrow riverside road at night.",
        ],
    ),
    dict(
        id="lowmarsh-roccalba-viaduct-repairs", story=VIADUCT, kind="txt", date="2025-05-17",
        raw=""" date 2025-05-17 Roccalba viaduct repairs to take at least six months
Roccalba viaduct repairs to take at least six months
Lowmarsh Gazette | World | Saturday 17 May 2025

Repairs to the cracked viaduct that was closed on Friday in Roccalba, in northern Italy, will take at least six months, the regional roads agency said on Saturday.

The agency's chief engineer, Paolo Sturla, said the cracks had been found during a routine drone inspection on Thursday and had grown by two millimetres overnight. He put the traffic on the bridge at 12,000 vehicles a day.

Mayor Francesca Dell'Orto said the town would ask the government for emergency funds to run a shuttle bus over the pass. "Six months is a season of tourism and a season of school," she said.

Share on Facebook | Share on X | Email a friend
""",
    ),
]

PANDA_ARTICLES = [
    # The one-article story, in the one `.htm` page of the desk.
    dict(
        id="kestrel-lindenmere-red-panda-twins", story=PANDAS, kind="kestrel", ext="htm",
        date="2025-05-11", time="09:05", section="News", num="29425004", slug="red-panda-twins-lindenmere-zoo",
        author="Gemma Platt",
        title="Rare red panda twins born at Lindenmere Zoo",
        standfirst="Keepers say the cubs are the first twins in the zoo’s sixty-year history",
        caption="One of the twins during its first health check", credit="Lindenmere Zoo",
        body=[
            "A pair of red panda cubs have been born at Lindenmere Zoo in Shropshire, the first twins in the zoo’s sixty-year history.",
            "The cubs, a male and a female, were born to eight-year-old Mei and her partner Tashi and spent their first weeks hidden in a nest box, where keepers watched them on a camera.",
            "‘We knew Mei was expecting, but when we saw a second little face we could not believe it,’ said head keeper Hattie Okonjo.",
            "Red pandas are classed as endangered, and fewer than 10,000 are thought to remain in the wild in the forests of the eastern Himalayas.",
            "The twins will be given names chosen by visitors and are expected to be seen outside from the end of June.",
        ],
        readmore=("The zoo that knits jumpers for its penguins", "zoo-penguin-jumpers-27100"),
        comments=[("Gran_of_five", "Bless them! Taking the grandchildren in July.", "6h ago")],
        tags=["Animals", "Shropshire"],
    ),
]

ARTICLES = BREACH_ARTICLES + VIADUCT_ARTICLES + PANDA_ARTICLES
