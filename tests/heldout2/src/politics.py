from lib import C, write
cases = [
C("""No 10 has signalled that it will not block a Commons vote on the assisted dying bill, Whitehall sources said on Monday. Allies of the justice secretary, Clare Onslow, said she would vote against the bill but would not resign over it.

A Downing Street spokesperson said the prime minister's position was "unchanged".""",
  anon=["Whitehall sources", "Allies of the justice secretary"],
  cues=["sources [[said]]", "Onslow, [[said]]", "spokesperson [[said]]"],
  not_anon=["Clare Onslow"],
  not_contested=["\"unchanged\""],
  ambiguous=["No 10 has signalled", "A Downing Street spokesperson"]),

C("""The White House is weighing an executive order that would require federal contractors to disclose their greenhouse gas emissions, a senior administration official said Tuesday, speaking on condition of anonymity to discuss internal deliberations.

Senator Mark Hollis, a Republican from Ohio, called the plan "regulatory overreach" and said he would seek to block it.""",
  anon=["a senior administration official"],
  named=["Senator Mark Hollis"],
  cues=["official [[said]]", "called the plan", "and [[said]] he"],
  not_anon=["Senator Mark Hollis"],
  not_contested=["\"regulatory overreach\""],
  ambiguous=["seek to block it", "require"]),

C("""The shadow chancellor, Priya Nandra, claimed on Sunday that the government had raised taxes on working families "more than any government since the war". Official figures show that the tax burden rose more steeply in the late 1940s and again in the 1970s.

The Treasury said the opposition was "rewriting history".""",
  named=["The shadow chancellor, Priya Nandra", "The Treasury"],
  cues=["claimed", "Treasury [[said]]"],
  contested=["claimed"],
  not_contested=["\"more than any government since the war\""],
  ambiguous=["Official figures show", "\"rewriting history\""]),

C("""House Democrats are demanding an extension of health-insurance subsidies, restored funding for food inspections and a ban on using disaster money for border projects in exchange for their votes on the spending bill, according to a letter signed by 112 members.

Speaker Tom Ridley said he would not "negotiate with a ransom note".""",
  named=["Speaker Tom Ridley"],
  cues=["according to", "Ridley [[said]]"],
  not_contested=["\"negotiate with a ransom note\""],
  ambiguous=["are demanding", "in exchange for", "a letter signed by 112 members"],
  demands=[("House Democrats", ["an extension of health-insurance subsidies", "restored funding for food inspections", "a ban on using disaster money for border projects"])]),

C("""Aides to the home secretary have privately briefed that the immigration white paper will be delayed until after the summer recess, according to two MPs who attended a meeting with her last week. One of the MPs said the delay was "a relief to everyone".

The Home Office said the timetable had not changed.""",
  anon=["Aides to the home secretary", "two MPs who attended a meeting with her last week", "One of the MPs"],
  named=["The Home Office"],
  cues=["have privately briefed", "according to", "MPs [[said]]", "Office [[said]]"],
  not_contested=["\"a relief to everyone\""]),

C("""Governor Dale Pruitt said without evidence on Thursday that thousands of ballots in Tessmore County had been cast by non-residents. County election officials said an audit had found two such ballots out of 210,000.

Pruitt has repeated the false claim at three rallies this month.""",
  named=["Governor Dale Pruitt", "[[Pruitt]] has repeated"],
  cues=["Pruitt [[said]]", "officials [[said]]", "has repeated"],
  contested=["without evidence", "the false claim"],
  ambiguous=["County election officials", "had found"]),

C("""Voters in the Ashcrayne by-election go to the polls on Thursday. Five candidates are standing, and the result is expected shortly after 2am on Friday. The seat was held by Labour with a majority of 4,310 at the last general election."""),

C("""Downing Street wants the EU to drop its demand for a dynamic alignment clause and to accept a shorter transition for fishing rights, according to a government source. Brussels insists on keeping the alignment clause and the seven-year fishing transition as conditions for any new veterinary agreement, EU diplomats said.""",
  anon=["a government source", "EU diplomats"],
  cues=["according to", "diplomats [[said]]"],
  ambiguous=["wants", "its demand", "insists on", "as conditions for"],
  demands=[("Downing Street", ["drop its demand for a dynamic alignment clause", "accept a shorter transition for fishing rights"]),
           ("Brussels", ["keeping the alignment clause", "the seven-year fishing transition"])]),

C("""Representative Janet Corso has claimed that the Pentagon paid $14,000 for a single coffee maker, citing an internal audit. A Defense Department spokeswoman, Lt. Col. Amy Reyes, said the figure referred to a contract for 40 machines and five years of maintenance.""",
  named=["Representative Janet Corso", "A Defense Department spokeswoman, Lt. Col. Amy Reyes"],
  cues=["has claimed", "citing", "Reyes, [[said]]"],
  contested=["has claimed"],
  not_anon=["A Defense Department spokeswoman, Lt. Col. Amy Reyes"],
  ambiguous=["an internal audit"]),

C("""Friends of the business secretary, Owen Hale, say he was not consulted before the Treasury announced the cut to research grants. A source close to the chancellor described that account as "nonsense", saying Hale had been sent the plans a fortnight ago.""",
  anon=["Friends of the business secretary", "A source close to the chancellor"],
  cues=["Hale, [[say]]", "described", "saying"],
  contested=["described that account as \"nonsense\""],
  not_anon=["Owen Hale"],
  ambiguous=["announced"]),
]
write("politics", cases)
