from lib import C, write
cases = [
C("""Over the past two years, at least nine managers at Pellicor Foods were told to falsify hygiene records before inspections, according to four current and former employees interviewed by the Ledger. All four spoke on condition of anonymity, citing fear of losing their jobs.

One former shift supervisor said she was instructed to "make the numbers work" by a regional director. Two of the employees said complaints to the company's ethics hotline went unanswered.

Pellicor said in a statement that it "categorically rejects" the allegations and that its records are audited independently.""",
  anon=["four current and former employees", "All four", "One former shift supervisor", "Two of the employees"],
  named=["[[Pellicor]] said in a statement"],
  cues=["according to", "supervisor [[said]]", "employees [[said]]", "[[said in a statement]]"],
  contested=["\"categorically rejects\" the allegations"],
  not_contested=["\"make the numbers work\""],
  ambiguous=["were told to falsify", "was instructed"]),

C("""The review, described to the Courier by three people with direct knowledge of its findings, concluded that the Ashcrayne water utility underreported leaks by roughly 30 per cent between 2019 and 2023. The people asked not to be identified because the report has not been published.

A senior official at the regulator said the figures were "worse than anyone expected". A spokesperson for Ashcrayne Water said the company had not seen the final report and could not comment on its contents.""",
  anon=["three people with direct knowledge of its findings", "[[The people]] asked", "A senior official at the regulator"],
  cues=["[[described]] to the Courier", "regulator [[said]]", "Water [[said]]"],
  not_contested=["\"worse than anyone expected\""],
  ambiguous=["The review", "concluded", "A spokesperson for Ashcrayne Water"]),

C("""Internal messages reviewed by the Sentinel show that executives at Marrow Bay Logistics discussed shifting overtime costs onto subcontracted drivers as early as March. Five drivers, speaking anonymously for fear of being removed from the company's roster, described being paid for eight hours on shifts that lasted twelve.

A person familiar with the company's payroll system said the practice was "widespread" across its northern depots. Marrow Bay's chief executive, Owen Trell, denied that drivers had been underpaid and said every contractor was "paid in full, on time".""",
  anon=["Five drivers", "A person familiar with the company's payroll system"],
  named=["Marrow Bay's chief executive, Owen Trell"],
  cues=["[[described]] being paid", "system [[said]]", "[[denied]] that drivers", "and [[said]] every"],
  contested=["[[denied]] that drivers"],
  not_contested=["\"widespread\"", "\"paid in full, on time\""],
  not_anon=["Marrow Bay's chief executive, Owen Trell"],
  ambiguous=["Internal messages reviewed by the Sentinel", "[[show]] that executives"]),

C("""Insiders say the procurement unit at the Ministry of Transport in Dravia awarded 41 contracts without competitive tender in 2024, more than in the previous five years combined. Officials said many of the awards went to firms registered only weeks earlier.

Two of the firms share a director, Mikel Savor, with a company owned by the deputy minister's brother-in-law, corporate filings show. Savor did not respond to repeated requests for comment.""",
  anon=["Insiders", "Officials"],
  cues=["Insiders [[say]]", "Officials [[said]]"],
  not_anon=["Mikel Savor"],
  ambiguous=["corporate filings show", "Savor did not respond"]),

C("""The Haldersby Group paid a consultancy linked to a regional governor at least €2.4m for advice that was never delivered, according to bank records obtained by Open Ledger and two people involved in the arrangement.

One of the people, a former Haldersby accountant, said invoices were drafted "to look like real work". The other said the payments stopped shortly after the governor, Ruta Klimas, lost re-election in 2022.

Klimas dismissed the reporting as "a smear campaign by my political opponents". Haldersby did not answer written questions.""",
  anon=["two people involved in the arrangement", "One of the people", "The other"],
  named=["[[Klimas]] dismissed"],
  cues=["according to", "accountant, [[said]]", "other [[said]]", "Klimas [[dismissed]]"],
  contested=["dismissed the reporting as"],
  not_contested=["\"to look like real work\""],
  ambiguous=["bank records obtained by Open Ledger", "Haldersby did not answer written questions"]),

C("""A Ledger analysis of 3,400 inspection reports filed between 2018 and 2024 found that care homes owned by private equity firms were cited for staffing shortfalls twice as often as council-run homes.""",
  ambiguous=["A Ledger analysis of 3,400 inspection reports", "found"]),

C("""The Interior Ministry of Carvania insists that no protesters were held for more than 48 hours without charge during the January unrest. Detention logs obtained by the Herald list 63 people held for between three and nine days, several of them minors.

A ministry official, who was not authorised to speak publicly, said the logs were "incomplete drafts". Lawyers for 11 of the detainees said their clients were never told why they were being held.""",
  anon=["A ministry official"],
  named=["The Interior Ministry of Carvania"],
  cues=["insists", "publicly, [[said]]", "detainees [[said]]"],
  contested=["insists"],
  not_contested=["\"incomplete drafts\""],
  ambiguous=["Lawyers for 11 of the detainees", "were never told"]),

C("""A senior administration official acknowledged that the agency's disaster-loan backlog had grown to more than 90,000 applications, but said staffing increases approved in May would "clear the bulk of it" by the end of the year. Two agency employees, who requested anonymity because they feared retaliation, described the new hires as temporary contractors with little training.

The official disputed that characterization, saying the contractors had completed a three-week course.""",
  anon=["A senior administration official", "Two agency employees", "The official"],
  cues=["acknowledged", "but [[said]]", "[[described]] the new hires", "disputed", "saying"],
  contested=["disputed that characterization"],
  not_contested=["\"clear the bulk of it\""]),

C("""Regulators at the Financial Conduct Office have opened an inquiry into trading in Sandor Minerals shares in the days before its takeover was announced, according to people familiar with the matter. A source close to the inquiry said at least two hedge funds had been asked to hand over communications.""",
  anon=["people familiar with the matter", "A source close to the inquiry"],
  cues=["according to", "inquiry [[said]]"],
  not_anon=["Regulators at the Financial Conduct Office"]),
]
write("investigation", cases)
