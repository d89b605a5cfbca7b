#!/usr/bin/env python3
"""Generate deterministic, original English news prose for the benchmarks.

    python3 bench/gen_corpus.py OUT_DIR            # corpus-100k/1m/10m.md
    python3 bench/gen_corpus.py OUT_DIR 2000000    # one file of ~2 MB

Stories are composed from sentence shapes and word lists: attributions
("X said", quote first, "according to", "citing"), anonymous sources with
reasons, contested markers ("has claimed", "denied", "without evidence"),
demands ("demands A and B", "is seeking to X, Y and Z"), with Markdown
headings between stories.  Names, figures and clauses are drawn
independently, so paragraphs practically never repeat.  Standard library
only; the seed is fixed, so every run writes the same bytes.
"""
import os
import random
import sys

FIRST = """Amara Ben Carla Dmitri Elena Farid Grace Hiroshi Ines Jonas Kwame Leila
Marco Nadia Oskar Priya Quentin Rosa Samir Tomas Ulla Viktor Wen Yusuf Zofia
Adele Bruno Chiara Diego Esther Felix Greta Hassan Irene Jamal Katya Luis Mei
Niall Olga Pablo Rania Stefan Tara Umar Vera Walter Ximena Yara Zane Agnes
Boris Celine Dario Emil Fatima Gideon Helga Idris Julia Karim Lena""".split()

LAST = """Abara Bergstrom Castellano Dufresne Eriksen Fontaine Gallagher Haddad
Ivanova Jankowski Kaplan Lindqvist Moreau Nakamura Okonkwo Petrov Quinlan
Rahman Santos Takahashi Ueda Varga Whitfield Xu Yilmaz Zielinski Almeida
Brennan Chaudhry Delacroix Esposito Fischer Gonzalez Horvath Iqbal Jensen
Kowalczyk Larsen Mbeki Novak Oduya Pereira Rossi Schmidt Tanaka Urquhart
Vasquez Weber Yamada Zhou Adeyemi Bianchi Costa Dimitrov Engel Ferreira
Grant Holt Ibrahim Keller Lopez Mendes Nielsen Ortega Park Reyes Silva
Torres Vogel Wagner""".split()

ROLES = """the finance minister|the interior minister|the central bank governor
|the mayor|the party's deputy leader|a government spokesperson|the union's
general secretary|the company's chief executive|the chief prosecutor|the
opposition leader|the health commissioner|the defence secretary|a senior
economist at the institute|the head of the regulator|the foreign minister|the
chair of the committee|a lawyer for the families|the police commissioner|the
environment minister|the airline's chief operating officer|the hospital's
medical director|the governor|the trade envoy|the energy minister""".replace("\n", " ").split("|")

ORGS = """the Harbour Authority|the Northern Rail Union|Meridian Bank|the
National Statistics Office|the Coastal Fisheries Council|Atlas Logistics|the
Ministry of Health|the Federal Audit Court|Helix Pharmaceuticals|the Teachers'
Federation|the Independent Electoral Commission|Solace Energy|the Chamber of
Commerce|the Metropolitan Police|the Water Regulation Agency|Corvid
Telecom|the Farmers' Alliance|the Supreme Court|the Civil Aviation
Authority|Brightline Airways|the Port Workers' Guild|the Refugee Council|the
Housing Trust|Vantage Mining|the University Senate|the World Grain
Council|the Budget Office|the Veterans' Association|Orbis Media|the Transit
Commission""".replace("\n", " ").split("|")

OUTLETS = """the Courier|the Evening Ledger|the Morning Post|Radio Meridian|the
Daily Sentinel|the Gazette|the Northern Echo|Channel Nine News|the
Observer|the Tribune|the Weekly Dispatch|the Financial Review""".replace("\n", " ").split("|")

PLACES = """the capital|the port city of Varna|the northern provinces|the river
delta|Lisbon|Nairobi|Osaka|Gdansk|Rotterdam|Cordoba|Tbilisi|Accra|the border
region|the coastal towns|the eastern districts|the industrial belt|Valparaiso|
Bergen|Mombasa|Seville|Kaunas|Izmir|Brisbane|Halifax|the mountain
villages|the southern suburbs|the old quarter|the airport district""".replace("\n", " ").split("|")

SAY = """said|told reporters|added|warned|argued|insisted|noted|stated|explained
|acknowledged|confirmed|told the Courier|wrote in a statement|said on
Tuesday|said on Friday|told a news conference|said in an interview|told
lawmakers|posted on social media""".replace("\n", " ").split("|")

SAY_PRE = "said warned argued insisted noted added acknowledged confirmed".split()

COUNT = """one|two|three|four|several|a handful of|at least two|three
other""".replace("\n", " ").split("|")

ANON_WHO = """people familiar with the negotiations|officials briefed on the
plan|sources close to the ministry|people with knowledge of the talks|senior
diplomats|employees who attended the meeting|officials involved in the
investigation|people close to the board|advisers to the president|analysts
who have seen the draft|union members present at the vote|regulators
familiar with the file""".replace("\n", " ").split("|")

ANON_ONE = """a senior official|a person familiar with the matter|a government
source|a diplomat|an adviser to the minister|a company insider|a police
source|a former executive|an aide to the governor|a person close to the
investigation|a western official|a source at the bank""".replace("\n", " ").split("|")

ANON_WHY = """because they were not authorised to speak publicly|because the
talks were confidential|because the decision has not been announced|for
fear of reprisals|because they were not permitted to discuss the
matter|because the investigation is ongoing|because of the sensitivity of
the negotiations|to protect their jobs""".replace("\n", " ").split("|")

SUBJ = """the government|the ministry|the board|the council|the company|the
union|the regulator|the committee|the city|the coalition|the airline|the
hospital|the court|the agency|the bank""".replace("\n", " ").split("|")
SUBJ_PL = "prosecutors|investors|lawmakers|local officials|the police|the insurers".split("|")

# singular/plural forms
MODAL = """would|will|could|plans to/plan to|is expected to/are expected
to|was ready to/were ready to|had agreed to|intends to/intend to|is likely
to/are likely to|was preparing to/were preparing to|had refused to|may""".replace("\n", " ").split("|")

ACT = """raise|cut|freeze|review|delay|expand|scrap|double|suspend|restore
|cap|extend|audit|overhaul|phase out|reconsider|publish|fund""".replace("\n", " ").split("|")

OBJ = """fuel subsidies|the pension age|water tariffs|the rail timetable|the
housing budget|import duties on grain|the licence fee|night flights|hospital
waiting lists|the minimum wage|fishing quotas|the bus network|the research
grant|the emergency fund|toll charges|school meals|the refinery
contract|visa fees|the carbon levy|overtime pay|the bridge
project|rent controls|the pharmacy network|port fees""".replace("\n", " ").split("|")

WHEN = """by the end of the year|next month|before the election|within six
weeks|from January|over the next decade|this summer|by spring|before the budget vote|in the coming days|by 2027|once the audit is complete""".replace("\n", " ").split("|")

WHY = """to close a widening deficit|after months of protests|under pressure
from creditors|to win back voters|following a court ruling|amid rising
costs|to meet the treaty deadline|after a string of accidents|to avoid a
strike|in response to the floods""".replace("\n", " ").split("|")

EVENT = """a strike|a walkout|a vote of no confidence|a recall petition|a
court challenge|a boycott|a blockade of the port|a hunger strike|a
protest march|a sit-in""".replace("\n", " ").split("|")

WANTS_NP = """a pay rise|shorter shifts|an independent inquiry|the minister's
resignation|compensation for the families|a public apology|new elections|safer
equipment|a freeze on evictions|the release of the documents|full
reinstatement|guaranteed pensions|a seat at the table|a moratorium on
drilling|the return of the land|lower fares""".replace("\n", " ").split("|")

WANTS_VP = """reopen the clinic|cancel the contract|publish the audit|halt
the evictions|restore the bus routes|rehire the dismissed staff|lower the
fees|extend the deadline|hold a referendum|compensate the farmers|release
the detainees|renegotiate the loan|fund the repairs|drop the charges|cap
rents|review the licences""".replace("\n", " ").split("|")

CONTESTED = """has claimed|has alleged|claimed without evidence|falsely
claimed|has repeatedly claimed|insists|has asserted|maintains""".replace("\n", " ").split("|")

REBUT = """The ministry denied the claim|Officials rejected the allegation|The
company denied any wrongdoing|Auditors found no evidence to support the
claim|Records published on Monday contradict that account|The court
dismissed the claim last year|Independent monitors disputed the
figures|The regulator said there was no basis for the assertion""".replace("\n", " ").split("|")

HEAD_A = """Talks|Protests|Budget fights|Strikes|Inquiries|Floods|Tensions|Rows
|Audits|Election fears|Reforms|Shortages""".replace("\n", " ").split("|")
HEAD_B = "stall as|grow as|widen as|deepen as|ease as|resume as|drag on as".split("|")


def pick(r, xs):
    return r.choice(xs).strip()


def cap(s):
    return s[0].upper() + s[1:]


class Story:
    def __init__(self, r):
        self.r = r
        self.people = [f"{pick(r, FIRST)} {pick(r, LAST)}" for _ in range(4)]
        self.org = pick(r, ORGS)
        self.place = pick(r, PLACES)

    def person(self):
        r = self.r
        name = r.choice(self.people)
        if r.random() < 0.4:
            return f"{pick(r, ROLES)}, {name},"
        return name

    def content(self):
        r = self.r
        plural = r.random() < 0.3
        subj = pick(r, SUBJ_PL if plural else SUBJ)
        modal = pick(r, MODAL).split("/")
        modal = modal[-1] if plural else modal[0]
        s = f"{subj} {modal} {pick(r, ACT)} {pick(r, OBJ)}"
        if r.random() < 0.6:
            s += f" {pick(r, WHEN)}"
        if r.random() < 0.4:
            s += f" {pick(r, WHY)}"
        if r.random() < 0.25:
            s += f", a move that could affect {r.randint(2, 900)},000 people in {self.place}"
        return s

    def quote(self):
        return cap(self.content())

    def said(self):
        r = self.r
        who = self.person()
        return f"{who} {pick(r, SAY)} that {self.content()}."

    def quote_first(self):
        r = self.r
        name = r.choice(self.people)
        return f"\u201c{self.quote()},\u201d {pick(r, SAY_PRE)} {name}."

    def according(self):
        r = self.r
        src = r.choice([self.org, pick(r, OUTLETS), r.choice(self.people)])
        return f"According to {src}, {self.content()}."

    def citing(self):
        r = self.r
        outlet = pick(r, OUTLETS)
        return (f"{cap(outlet)} reported, citing "
                f"{pick(r, COUNT)} {pick(r, ANON_WHO)}, that {self.content()}.")

    def anonymous(self):
        r = self.r
        if r.random() < 0.5:
            who = f"{pick(r, ANON_ONE)}, who spoke on condition of anonymity {pick(r, ANON_WHY)},"
        else:
            who = f"{pick(r, COUNT)} {pick(r, ANON_WHO)}, who asked not to be named {pick(r, ANON_WHY)},"
        return f"{cap(who)} said {self.content()}."

    def contested(self):
        r = self.r
        s = f"{self.person()} {pick(r, CONTESTED)} that {self.content()}."
        if r.random() < 0.6:
            s += f" {pick(r, REBUT)}."
        return s

    def denial(self):
        r = self.r
        return (f"{cap(self.org)} denied that {self.content()}, "
                f"calling the reports \u201cwithout foundation\u201d.")

    def demands(self):
        r = self.r
        a, b = r.sample(WANTS_NP, 2)
        actor = r.choice([self.org, "the union", "protesters", "the families", "the opposition"])
        pl = actor in ("protesters", "the families")
        if r.random() < 0.5:
            return (f"{cap(actor)} {'demand' if pl else 'demands'} {a.strip()} and {b.strip()}, "
                    f"and {'have' if pl else 'has'} threatened {pick(r, EVENT)} if talks fail {pick(r, WHEN)}.")
        x, y, z = r.sample(WANTS_VP, 3)
        return (f"{cap(actor)} {'are' if pl else 'is'} seeking to {x.strip()}, {y.strip()} "
                f"and {z.strip()}, {r.choice(self.people)} said.")

    def plain(self):
        r = self.r
        return (f"In {self.place}, {r.randint(2, 98)} percent of households "
                f"{r.choice(['reported', 'saw', 'faced'])} "
                f"{r.choice(['higher bills', 'longer delays', 'fewer services', 'lower incomes'])} "
                f"{pick(r, WHEN)}, figures from {self.org} show.")

    SHAPES = ("said", "quote_first", "according", "citing", "anonymous",
              "contested", "denial", "demands", "plain")
    WEIGHTS = (5, 3, 2, 2, 3, 2, 1, 2, 2)

    def paragraph(self):
        r = self.r
        n = r.choice((1, 2, 2, 3, 3, 4))
        shapes = r.choices(self.SHAPES, self.WEIGHTS, k=n)
        return " ".join(cap(getattr(self, s)()) for s in shapes)

    def headline(self):
        r = self.r
        return (f"{pick(r, HEAD_A)} {pick(r, HEAD_B)} {self.org} "
                f"{r.choice(['meets', 'faces', 'answers'])} critics in {self.place}")


def generate(size, seed=20240611):
    r = random.Random(f"{seed}:{size}")
    out, n = [], 0
    while n < size:
        st = Story(r)
        parts = [f"# {st.headline()}"]
        for _ in range(r.randint(4, 12)):
            if r.random() < 0.08:
                parts.append(f"## {pick(r, HEAD_A)} in {st.place}")
            parts.append(st.paragraph())
        block = "\n\n".join(parts) + "\n\n"
        out.append(block)
        n += len(block.encode())
    return "".join(out)


SIZES = {"100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    if len(sys.argv) > 2:
        sizes = {sys.argv[2]: int(sys.argv[2])}
    else:
        sizes = SIZES
    for name, size in sizes.items():
        path = os.path.join(outdir, f"corpus-{name}.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(generate(size))


if __name__ == "__main__":
    main()
