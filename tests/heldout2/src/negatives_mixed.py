from lib import C, write
cases = [
C("""Open-source developers released version 4.0 of the Kestrel image library on Monday. The source code is available on the project's website, and the release adds support for two new file formats.""",
  not_anon=["Open-source", "source code"]),

C("""Ostrevia is trying to diversify its energy sources after a decade of dependence on imported gas. Wind and solar now supply a fifth of its electricity, and a second nuclear reactor is due to open in 2029.""",
  not_anon=["energy sources"]),

C("""Two Norland journalists were denied entry at the Kessaly border on Tuesday and sent back on the next flight. Their visas had been issued a week earlier.""",
  not_contested=["denied entry"]),

C("""The new bypass opened on schedule and within budget, with construction going according to plan despite a wet winter. Traffic through Sallow town centre is expected to halve.""",
  ambiguous=["is expected to halve"]),

C("""Demand for steel from carmakers rose 8% in the third quarter, while demand from the construction sector was flat. Prices for hot-rolled coil climbed to their highest level since March."""),

C("""A claims adjuster at Fennick Insurance processed more than 2,000 storm-damage claims in the month after the January floods. The company paid out €48m, its largest total for a single event.""",
  not_contested=["claims adjuster", "storm-damage claims"]),

C("""Deputy Mayor Rosa Tembe said on Tuesday that the city would spend €3m replacing lead pipes in the Old Quarter. The main source of the contamination was identified in a survey last year, she said.""",
  named=["Deputy Mayor Rosa Tembe", "[[she]] said"],
  cues=["Tembe [[said]]", "she [[said]]"],
  not_anon=["Deputy Mayor Rosa Tembe", "The main source of the contamination"]),

C("""Tillerby Ferries raised fares by 6% on Monday, citing rising fuel costs. Freight and onboard retail remain its largest sources of revenue, chief executive Sam Orrell told shareholders last month.""",
  named=["chief executive Sam Orrell"],
  cues=["[[told]] shareholders"],
  not_anon=["sources of revenue", "chief executive Sam Orrell"],
  ambiguous=["citing rising fuel costs"]),

C("""A 29-year-old man charged with the alleged theft of £80,000 of copper cable from railway sidings near Velby was denied bail at Velby magistrates' court on Friday. He will appear at crown court next month.""",
  contested=["alleged theft"],
  not_contested=["denied bail"]),

C("""The job demands long hours and frequent travel, said recruiter Hana Sato of Pell & Co, which is hiring for the role. Applicants must hold a valid driving licence.""",
  named=["recruiter Hana Sato of Pell & Co"],
  cues=["[[said]] recruiter"],
  not_anon=["recruiter Hana Sato of Pell & Co"]),

C("""According to the timetable published in January, the bridge should have reopened in June. It remains closed, and Corrisby council said on Monday that further repairs were needed.""",
  named=["the timetable published in January", "Corrisby council"],
  cues=["According to", "council [[said]]"]),
]
write("negatives_mixed", cases)
