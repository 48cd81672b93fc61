"""Two bus drivers' strikes a week apart that must stay two stories.

Both speak of drivers, unions, pay offers, depots and commuters; they differ in country (an
invented Portuguese city / an invented German city), union, company, people and dates.
"""

PORTUGAL = "alcoverde-bus-strike"
GERMANY = "kaltenbruck-bus-strike"

PORTUGAL_ARTICLES = [
    # No ` date` line: the date is only in the page's dateline, as in many dumps.
    dict(
        id="northgate-alcoverde-bus-drivers-walk-out", story=PORTUGAL, kind="txt", date="2025-05-05",
        raw="""Bus drivers in Alcoverde walk out over pay and split shifts
Monday 5 May 2025 10.24 BST

By Marta Queiroz

Bus services in the Portuguese city of Alcoverde were almost at a standstill on Monday as drivers began a three-day strike over pay and working hours.

The drivers' union, the Sindicato dos Motoristas do Norte (SMN), said about 1,200 drivers had stopped work and that only the minimum services required by law, mainly to hospitals, were running.

The city's bus operator, Transportes Urbanos de Alcoverde (TUA), put the number of strikers at closer to 950 and said a third of its buses had left the depots in the morning.

The union is demanding a rise of 90 euros a month and an end to split shifts, under which drivers work the morning and evening rush hours with an unpaid break of up to five hours in between.

"We spend twelve hours away from our families to be paid for eight," said Joana Ribeiro, the SMN's regional coordinator, at a picket outside the Carvalhal depot.

TUA's chairman, Rui Figueiredo, said the company had offered 45 euros and could not go further without a larger subsidy from the city council.

Advertisement

Commuters queued for taxis and shared rides in the city centre, and schools reported that many pupils arrived late.

You may also like:
Five Portuguese towns you have never heard of (and should visit)
Is it safe to drive in Portugal? Our readers answer
""",
    ),
    dict(
        id="mws-20250505-0961", story=PORTUGAL, kind="mws", date="2025-05-05", time="11:05",
        datestr="2025-05-05T11:05:00Z",
        title="Portuguese city's bus drivers strike for three days over pay",
        url="https://wire.meridian.example/stories/2025/05/05/portugal-bus-strike-0961",
        text="""ALCOVERDE, Portugal, May 5 (MWS) — Bus drivers in the northern Portuguese city of Alcoverde began a three-day strike on Monday, demanding higher pay and an end to split shifts, leaving tens of thousands of commuters without transport.

The Sindicato dos Motoristas do Norte said 90 percent of drivers had joined the stoppage. The operator, Transportes Urbanos de Alcoverde, said participation was about 60 percent.

``This is not about money alone. It is about having a life outside the bus,'' union coordinator Joana Ribeiro Matos told MWS.

The city's mayor, Helena Castanheira, called on both sides to return to talks and said the council was ready to discuss its subsidy to the company.

(Reporting by Tiago Lobo; Editing by Paul Ostrowski)""",
    ),
    dict(
        id="valdera-2025-05-06-0215", story=PORTUGAL, kind="rss", date="2025-05-06", time="08:45",
        guid="valdera-2025-05-06-0215",
        link="https://www.valderapost.example/news/europe/2025/05/06/alcoverde-bus-strike-day-two",
        author="Valdera Post staff", section="Europe",
        title="Alcoverde bus strike: second day of disruption",
        description="Most buses in Alcoverde stayed in their depots for a second day as drivers kept up their strike over pay and split shifts.",
    ),
    dict(
        id="tideline-alcoverde-mayor-bus-strike", story=PORTUGAL, kind="tideline", date="2025-05-06", time="18:30",
        section="World", slug="alcoverde-mayor-offers-subsidy-bus-strike",
        author="Nadia Farrant", role="Southern Europe correspondent",
        title="Alcoverde’s mayor steps in as bus strike strands commuters",
        standfirst="City offers to raise its subsidy to the bus company in a bid to end the drivers’ walkout",
        caption="Empty bus bays at Alcoverde’s central station on Tuesday.", credit="Tiago Lobo/Meridian",
        body=[
            "The mayor of Alcoverde offered on Tuesday to increase the city’s subsidy to its bus company if that would help end a strike by drivers that has left much of the Portuguese city without public transport since Monday.",
            "Helena Castanheira said the council could find up to two million euros a year, but only if Transportes Urbanos de Alcoverde and the drivers’ union agreed to a deal that abolished split shifts within two years.",
            "“I will not write a blank cheque, but I will not watch the city stand still either,” Castanheira told a press conference at the town hall.",
            "The union, the SMN, welcomed the offer but said its members would keep up the strike until Wednesday night as planned. Its coordinator, Joana Ribeiro, said drivers had been promised an end to split shifts “in three different elections”.",
            "The company’s chairman, Rui Figueiredo, said talks with the union would resume on Wednesday morning.",
            "Many of the city’s 180,000 residents rely on the buses; the city has no metro or tram. Traffic on the main avenues was heavy for a second day, and the regional hospital said some staff had slept at work.",
        ],
        readmore=("Split shifts: the working day that never ends", "split-shifts-explained"),
        related=["Portugal’s public sector strikes: a timeline", "Why Europe’s bus drivers are walking out"],
        comments=[
            ("TramFan88", "A city of 180,000 with no tram. That's the real scandal.", "3 hours ago"),
            ("eusébio_r", "Split shifts are inhuman. Good luck to them.", "2 hours ago"),
        ],
        tags=["Portugal", "Strikes", "Transport"],
    ),
    dict(
        id="tag:brightwaterbulletin.example,2025-05-07:/world/5512", story=PORTUGAL, kind="atom",
        date="2025-05-07", time="21:10",
        link="https://brightwaterbulletin.example/world/5512/alcoverde-talks-fail-strike-extended",
        author="Dana Whitcombe", section="World",
        title="Talks fail in Alcoverde; bus drivers extend strike to Friday",
        summary="The SMN union says the operator TUA refused to set a date for ending split shifts.",
        content=[
            "Bus drivers in Alcoverde will stay on strike until Friday after talks with the city's bus operator broke down on Wednesday evening, the drivers' union said.",
            "The union, SMN, said the operator TUA had improved its pay offer to 60 euros a month but had refused to set a date for ending split shifts.",
            "\"They want us to trust them for another five years. We have trusted them for fifteen,\" said Joana Ribeiro, the union's coordinator.",
            "TUA said the extension was \"irresponsible\" and would cost the company 150,000 euros a day in lost fares. Its chairman, Rui Figueiredo, said the offer remained on the table.",
            "Mayor Helena Castanheira said she would invite both sides to the town hall on Thursday.",
        ],
    ),
    dict(
        id="lowmarsh-alcoverde-strike-shops", story=PORTUGAL, kind="txt", date="2025-05-08",
        raw=""" date 2025-05-08 Shopkeepers count cost as Alcoverde bus strike enters fourth day
Lowmarsh Gazette | World | Thursday 8 May 2025

Shopkeepers count cost as Alcoverde bus strike enters fourth day

Traders in the centre of Alcoverde said on Thursday that the number of shoppers had halved since the city's bus drivers went on strike on Monday, as the dispute entered its fourth day with no end in sight.

"People from the outer districts simply don't come," said Manuel Couto, who runs a shoe shop on Rua Direita. "Monday, Tuesday, Wednesday, now today. I have sold four pairs."

The city's merchants' association asked the mayor to make parking free in the centre until the strike ends.

Talks between the drivers' union and the operator, TUA, broke down on Wednesday evening and the union has extended the strike to Friday. Mayor Helena Castanheira was due to meet both sides at the town hall later on Thursday.

The union says 1,200 drivers are on strike; the company says fewer than 1,000.

Most read
1. Lowmarsh in Bloom judges to visit next week
2. Council defends new bin collection days
3. Missing tortoise found two streets away after six weeks
""",
    ),
    # An English edition that reads as machine-translated, with «guillemets».
    dict(
        id="nb-2025-05-08-jv-0117", story=PORTUGAL, kind="nb", date="2025-05-08", time="23:30",
        datestr="2025-05-08", source="Jornal do Vale (English edition)",
        url="https://jornaldovale.example/en/2025/05/08/alcoverde-mayor-summons-union-tua",
        title="Alcoverde: mayor summons union and TUA to the town hall",
        text="""The mayor of Alcoverde, Helena Castanheira, received this Thursday in the town hall the representatives of the drivers' union SMN and of the administration of TUA, in an attempt to end the strike that paralyses the buses of the city since Monday. «The city cannot be hostage of a conflict that has solution», said the mayor at the entrance. The coordinator of the union, Joana Ribeiro Matos, affirmed that the workers «are available for an agreement, but not for promises». According to the union the adhesion to the strike is of 90%. The meeting continued until late in the night.""",
    ),
    dict(
        id="kestrel-alcoverde-bus-strike-deal", story=PORTUGAL, kind="kestrel", date="2025-05-09", time="13:30",
        section="World", num="29423106", slug="alcoverde-bus-strike-ends-deal",
        author="Harriet Coyle",
        title="Alcoverde bus strike ends after deal to scrap split shifts",
        standfirst="Drivers win a pay rise and an end date for split shifts after five days off the road",
        body=[
            "Buses returned to the streets of Alcoverde on Friday after the city’s drivers accepted a deal to phase out split shifts by 2027, ending a five-day strike that had paralysed public transport in the Portuguese city.",
            "Under the agreement, reached at the town hall shortly after 2 a.m., Transportes Urbanos de Alcoverde will raise drivers’ pay by 70 euros a month from June and hire 80 more drivers so that split shifts can be reduced.",
            "The city council will increase its annual subsidy to the company by 1.8 million euros.",
            "‘It is not everything we asked for, but it is the first time in fifteen years that split shifts have an end date,’ said Joana Ribeiro, coordinator of the drivers’ union SMN. Members approved the deal at a meeting at the Carvalhal depot on Friday morning.",
            "The company’s chairman, Rui Figueiredo, thanked the mayor, Helena Castanheira, for her ‘patience and her cheque book’.",
            "The first buses left the depots at 10 a.m. Full service is expected by Saturday.",
        ],
        comments=[("Lisboeta_UK", "Good outcome. Now do the trains.", "30m ago")],
        tags=["Portugal", "Strikes"],
    ),
]

GERMANY_ARTICLES = [
    dict(
        id="mws-20250513-0902", story=GERMANY, kind="mws", date="2025-05-13", time="09:15",
        datestr="2025-05-13T09:15:00Z",
        title="German city's bus and tram drivers to strike for 48 hours",
        url="https://wire.meridian.example/stories/2025/05/13/germany-transit-strike-0902",
        text="""KALTENBRUECK, Germany, May 13 (MWS) — Bus and tram drivers in the German city of Kaltenbrueck will strike for 48 hours from early Wednesday, their union said on Tuesday, after a third round of pay talks with the municipal transport company ended without agreement on Monday.

The union, Verkehrsgewerkschaft Sued (VGS), is demanding an 8 percent pay rise over one year for the roughly 1,400 employees of Kaltenbruecker Verkehrsgesellschaft (KVG). The company has offered 3.5 percent.

``Our members drive through the night and at weekends for wages that no longer cover the rent in this city,'' VGS negotiator Sabine Hollerbach said.

``We are ready to talk tonight if KVG is ready to move,'' she added.

KVG said the strike was ``disproportionate'' and would hit 250,000 passengers a day.

(Reporting by Jana Ritter; Editing by Jon Ashby)""",
    ),
    dict(
        id="tideline-kaltenbruck-tram-strike", story=GERMANY, kind="tideline", date="2025-05-14", time="11:20",
        section="World", slug="kaltenbruck-bus-tram-drivers-strike",
        author="Clare Mowbray", role="Europe correspondent",
        title="Kaltenbrück grinds to a halt as bus and tram drivers strike",
        standfirst="48-hour walkout over pay empties the German city’s depots and fills its ring road",
        caption="Trams parked at the Nordring depot in Kaltenbrück on Wednesday.", credit="Jana Ritter/Meridian",
        body=[
            "Buses and trams stayed in their depots across the German city of Kaltenbrück on Wednesday as drivers began a 48-hour strike over pay, forcing hundreds of thousands of commuters into cars, on to bicycles or to stay at home.",
            "The strike, called by the VGS union, began at 3 a.m. and is due to last until early Friday. Only the airport shuttle, run by a private contractor, was operating.",
            "“We did not want to do this in the middle of the week, but the company left us no choice,” the union’s chief negotiator, Sabine Hollerbach, told strikers at the Nordring depot.",
            "The union wants an 8% rise for the transport company’s drivers and workshop staff. KVG, which is owned by the city, has offered 3.5% and a one-off payment of 1,000 euros.",
            "KVG’s director of personnel, Markus Ertl, said the union’s demand would cost 22 million euros a year, “money that would have to come from fares or from the city’s budget”.",
            "The city’s mayor, Jürgen Seidenfaden, urged both sides to accept arbitration.",
            "Traffic jams stretched for several kilometres on the ring road during the morning rush, and the university moved its lectures online.",
        ],
        readmore=("Germany’s warning strikes, explained", "germany-warning-strikes-explained"),
        related=["Why Europe’s bus drivers are walking out", "Germany’s cheap travel pass: two years on"],
        comments=[
            ("Radlerin", "Cycled in for the first time in years. Legs hurt, mood excellent.", "1 hour ago"),
            ("Bernd_from_Bonn", "8% is a lot, but so is the rent there.", "40 minutes ago"),
        ],
        tags=["Germany", "Strikes", "Transport"],
    ),
    dict(
        id="https://www.ostrandertimes.example/europe/2025/05/14/kaltenbruck-commuters-strike", story=GERMANY, kind="warc",
        uri="https://www.ostrandertimes.example/europe/2025/05/14/kaltenbruck-commuters-strike",
        file="ostrander-kaltenbruck-commuters-strike.html",
        date="2025-05-14", time="17:45", section="Europe", author="Miriam Castell",
        title="Bikes, car pools and long walks: Kaltenbrück copes without its trams",
        standfirst="On day one of a 48-hour strike, a German city finds out how far apart its suburbs are",
        body=[
            "On the first day of a 48-hour strike by bus and tram drivers, the German city of Kaltenbrück discovered how far apart its suburbs really are.",
            "At the main station, a queue for shared bicycles stretched around the building by 7 a.m. Car-pooling groups on messaging apps gained thousands of members overnight.",
            "“I walked an hour and ten minutes to work,” said Petra Lindner, a nurse at the university hospital. “I support the drivers, but I hope it is over by Friday.”",
            "The strike was called by the VGS union after pay talks with the city-owned operator KVG failed on Monday. The union says about 1,400 workers are taking part; KVG puts the number of drivers on strike at about 1,100.",
            "Sabine Hollerbach, the union’s negotiator, said the strike would end as planned at 3 a.m. on Friday, but warned that an unlimited strike was possible if KVG did not improve its offer of 3.5 percent.",
            "KVG said it would run a limited school bus service on Thursday using managers and retired drivers.",
        ],
        related=["Letters: in praise of the humble tram", "Europe’s cities and the cost of free transport"],
    ),
    dict(
        id="valdera-2025-05-15-0340", story=GERMANY, kind="rss", date="2025-05-15", time="07:50",
        guid="valdera-2025-05-15-0340",
        link="https://www.valderapost.example/news/europe/2025/05/15/kaltenbruck-strike-day-two",
        author="Valdera Post staff", section="Europe",
        title="Kaltenbrück strike: second day without buses and trams",
        description="Talks between the VGS union and KVG are set to resume after the 48-hour walkout ends on Friday.",
    ),
    # An English service that reads as translated from German, with „low-high“ quotes.
    dict(
        id="nb-2025-05-15-kr-0208", story=GERMANY, kind="nb", date="2025-05-15", time="21:45",
        datestr="2025-05-15T21:45:00+02:00", source="Kaltenbrücker Rundschau (English service)",
        url="https://rundschau-kaltenbrueck.example/en/2025/05/15/kvg-vgs-schlichtung",
        title="KVG and union agree to arbitration",
        text="""The municipal transport company KVG and the union VGS have agreed on Thursday evening to an arbitration procedure. „We take the hand that the mayor has offered“, said the personnel director Markus Ertl. Union negotiator Sabine Hollerbach said, the union would not call further strikes during the arbitration: „But if the arbitration fails, we stand again at the depots.“ As arbitrator the former labour court president Dr. Wolfgang Imhof is foreseen. The 48-hour warning strike ends Friday at 3 o'clock in the morning.""",
    ),
    dict(
        id="tag:brightwaterbulletin.example,2025-05-16:/world/5598", story=GERMANY, kind="atom",
        date="2025-05-16", time="12:00",
        link="https://brightwaterbulletin.example/world/5598/kaltenbruck-strike-ends-arbitration",
        author="Dana Whitcombe", section="World",
        title="Kaltenbrück buses back as strike ends and arbitration begins",
        summary="A retired labour court judge will propose a pay settlement by the end of June; no strikes until then.",
        content=[
            "Buses and trams were running normally in Kaltenbrück on Friday morning after a 48-hour strike by drivers ended, and the city's transport company and the VGS union agreed to go to arbitration over pay.",
            "The arbitrator, Wolfgang Imhof, a retired labour court judge, is to present a proposal by the end of June. There will be no strikes in the meantime.",
            "\"Arbitration is not a defeat, it is a pause,\" the union's negotiator Sabine Hollerbach said.",
            "KVG estimated that the strike had cost it 1.1 million euros in lost fares. Its personnel director, Markus Ertl, said the company had \"no interest in a summer of strikes\".",
        ],
    ),
]

ARTICLES = PORTUGAL_ARTICLES + GERMANY_ARTICLES
