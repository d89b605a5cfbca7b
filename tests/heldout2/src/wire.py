from lib import C, write
cases = [
C("""BRAVANIA CITY, March 3 (Meridian) - Lorvek Steel is preparing to cut up to 1,200 jobs at its two coastal mills, the Tessin Gazette reported on Monday, citing two people briefed on the plan.
The company has not made a final decision, one of the people said. Lorvek declined to comment.""",
  anon=["two people briefed on the plan", "one of the people"],
  named=["[[the Tessin Gazette]] reported"],
  cues=["Gazette [[reported]]", "[[citing]] two people", "people [[said]]"],
  ambiguous=["Lorvek declined to comment"],
  not_anon=["[[the Tessin Gazette]] reported"]),

C("""ODRAN, June 11 (Meridian) - The government of Kessaly plans to delay its first sovereign bond sale until autumn, the financial daily Ostra Ledger reported, citing two finance ministry officials. The newspaper said the officials spoke on condition of anonymity because the timing had not been approved by the cabinet.
A finance ministry spokesman said the ministry did not comment on market speculation.""",
  anon=["two finance ministry officials", "[[the officials]] spoke"],
  named=["the financial daily Ostra Ledger", "The newspaper"],
  cues=["Ledger [[reported]]", "[[citing]] two", "newspaper [[said]]", "spokesman [[said]]"],
  not_anon=["The newspaper"],
  ambiguous=["A finance ministry spokesman"]),

C("""KALDERA, Sept 20 (Meridian) - At least 14 people were killed when a fuel tanker exploded on a highway outside Kaldera late on Friday, according to the regional health department.
The driver had ignored a police order to stop, local television channel TV Norda reported, citing a police source. Police did not confirm the report.""",
  anon=["a police source"],
  named=["the regional health department", "local television channel TV Norda"],
  cues=["according to", "Norda [[reported]]", "[[citing]] a police"],
  ambiguous=["Police did not confirm the report"]),

C("""VELMAR, Jan 8 (Meridian) - Rebel commander Aldo Krustek claimed on Thursday that his fighters had shot down a government helicopter near the border town of Pesh, without providing evidence.

The defence ministry in Velmar denied that any aircraft had been lost. "All our helicopters returned to base," ministry spokesman Colonel Ivo Danech told reporters.

Meridian could not independently verify either account.""",
  named=["Rebel commander Aldo Krustek", "The defence ministry in Velmar", "ministry spokesman Colonel Ivo Danech"],
  cues=["Krustek [[claimed]]", "[[denied]] that any", "[[told]] reporters"],
  contested=["Krustek [[claimed]]", "without providing evidence", "[[denied]] that any"],
  not_anon=["ministry spokesman Colonel Ivo Danech"],
  ambiguous=["could not independently verify"]),

C("""BRUSSELS, Feb 14 (Meridian) - European Union governments are close to agreeing a new package of tariffs on imported fertiliser, three diplomats said on Wednesday, speaking on condition of anonymity because the negotiations are ongoing.
One diplomat said Hungary and Slovakia were still seeking exemptions for farm cooperatives. Another said a deal could come "within weeks".""",
  anon=["three diplomats", "One diplomat", "[[Another]] said"],
  cues=["diplomats [[said]]", "diplomat [[said]]", "Another [[said]]"],
  not_contested=["\"within weeks\""],
  ambiguous=["[[seeking]] exemptions"],
  demands=[("Hungary and Slovakia", ["exemptions for farm cooperatives"])]),

C("""TARSO, May 2 (Meridian) - The central bank of Ostrevia raised its benchmark rate by 50 basis points to 7.25% on Thursday, its third increase this year. The decision was unanimous.
The bank's next meeting is scheduled for June 20."""),

C("""QUELLPORT, Oct 30 (Meridian) - Harbour authorities in Quellport have suspended loading at three grain terminals after inspectors found weevil infestations, the port's operator, Caldmere Holdings, said in a statement.
Two traders told Meridian the suspension could last a week. A third, who asked not to be named because he was not authorised to speak to the press, said exporters had been warned about the problem in August.""",
  anon=["Two traders", "A third"],
  named=["the port's operator, Caldmere Holdings"],
  cues=["[[said in a statement]]", "[[told]] Meridian", "press, [[said]] exporters"],
  not_anon=["inspectors"],
  ambiguous=["had been warned"]),

C("""ANVRIK, Dec 5 (Meridian) - Norland's prime minister Elsa Varte is expected to replace her defence minister as early as next week, the daily Fjordposten reported on Tuesday, citing two government officials. The newspaper said the officials described relations between the two as "beyond repair".
Varte's office said it would not comment on "rumours".""",
  anon=["two government officials", "[[the officials]] described"],
  named=["the daily Fjordposten", "The newspaper", "Varte's office"],
  cues=["Fjordposten [[reported]]", "[[citing]] two", "newspaper [[said]]", "officials [[described]]", "office [[said]]"],
  not_contested=["\"beyond repair\""],
  not_anon=["The newspaper"],
  ambiguous=["\"rumours\""]),

C("""GRESSA, April 17 (Meridian) - The military government in Gressa has claimed that foreign-funded groups were behind last week's fuel protests. Most of those arrested were students and market traders from the capital, court records show.

State broadcaster GTV, citing the interior ministry, said 212 people had been detained.""",
  named=["The military government in Gressa", "State broadcaster GTV", "the interior ministry"],
  cues=["has claimed", "[[citing]] the interior", "ministry, [[said]]"],
  contested=["has claimed"],
  ambiguous=["court records show"]),

C("""SOLENZ, July 9 (Meridian) - Floodwaters in the Amaro river basin could peak on Saturday, the national weather service warned on Friday, urging residents of low-lying districts to move to higher ground.
"We have not seen levels like this since 1998," said Pietra Calvo, the service's chief forecaster. She added that rainfall totals were already double the seasonal average.""",
  named=["the national weather service", "said [[Pietra Calvo, the service's chief forecaster]]", "[[She]] added"],
  cues=["[[warned]] on Friday", "[[said]] Pietra", "She [[added]]"],
  ambiguous=["urging"],
  demands=[("the national weather service", ["move to higher ground"])]),
]
write("wire", cases)
