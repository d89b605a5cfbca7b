from lib import C, write
cases = [
C("""Harcastle Bank is exploring a sale of its wealth management arm that could value the business at about $3bn, according to people familiar with the matter. The bank has approached at least two private equity firms, one of the people said, asking not to be identified because the talks are private.

A Harcastle spokeswoman declined to comment.""",
  anon=["people familiar with the matter", "one of the people"],
  cues=["according to", "people [[said]]"],
  ambiguous=["A Harcastle spokeswoman declined to comment"]),

C("""Quillon Software said on Tuesday that quarterly revenue rose 14% to $820m, helped by demand for its open-source database tools from banks. Chief financial officer Nadia Berglund warned that new data-protection rules in Europe could slow growth next year.

Shares fell 3% in after-hours trading.""",
  named=["Quillon Software", "Chief financial officer Nadia Berglund"],
  cues=["Software [[said]]", "warned"],
  not_anon=["open-source", "Chief financial officer Nadia Berglund"]),

C("""Tovar Mining rejected a £4.1bn takeover approach from rival Kestrel Resources on Monday, saying it "significantly undervalues" the company. Kestrel insists its offer represents a 40% premium. Based on Tovar's closing price on Friday, the premium is closer to 22%.""",
  named=["Tovar Mining", "[[Kestrel]] insists"],
  cues=["saying", "insists"],
  contested=["insists"],
  not_contested=["\"significantly undervalues\""],
  ambiguous=["rejected"]),

C("""Grayfield Media is preparing to close its regional radio division, which has become one of its weakest sources of revenue, three employees told the Ledger. The employees, who asked not to be named, said staff had been told to stop booking guests beyond June.

Grayfield denied that any closure had been decided. "We are reviewing all options," a company spokesman said.""",
  anon=["three employees", "The employees"],
  named=["[[Grayfield]] denied"],
  cues=["[[told]] the Ledger", "named, [[said]]", "denied", "spokesman [[said]]"],
  contested=["denied"],
  not_anon=["sources of revenue"],
  ambiguous=["a company spokesman", "had been told"]),

C("""Activist investor Ridgeline Partners, which owns a 6% stake in Calloway Foods, is calling for the company to sell its frozen-food unit, buy back $500m of shares and appoint two independent directors. In a letter to the board published on Thursday, Ridgeline said Calloway's shares had "lagged every relevant peer" for five years.

Calloway said it would review the proposals.""",
  named=["[[Ridgeline]] said", "[[Calloway]] said it"],
  cues=["Ridgeline [[said]]", "Calloway [[said]]"],
  not_contested=["\"lagged every relevant peer\""],
  ambiguous=["is calling for", "In a letter to the board"],
  demands=[(["Activist investor Ridgeline Partners", "[[Ridgeline]] said"], ["sell its frozen-food unit", "buy back $500m of shares", "appoint two independent directors"])]),

C("""Demand for steel in Ostrevia fell for a third straight quarter as construction slowed, the national statistics office said on Wednesday. "We don't see a turnaround before the spring," said Lise Varga, an economist at Halberd Securities.""",
  named=["the national statistics office", "Lise Varga, an economist at Halberd Securities"],
  cues=["office [[said]]", "[[said]] Lise"],
  not_anon=["Lise Varga, an economist at Halberd Securities"]),

C("""Fennec Airlines will add four routes from Corrisby this summer, including daily flights to Velby and Sallow. The carrier's fleet will grow to 38 aircraft by June, up from 31 a year earlier."""),

C("""The competition authority in Norland has opened an investigation into alleged price-fixing by three cement producers, including market leader Brandt Baustoff. The authority said it had carried out unannounced inspections at the companies' offices on Tuesday.

Brandt said it was cooperating fully and had "no indication of any wrongdoing".""",
  named=["The authority", "[[Brandt]] said"],
  cues=["authority [[said]]", "Brandt [[said]]"],
  contested=["alleged price-fixing"],
  not_contested=["\"no indication of any wrongdoing\""]),

C("""Pilots at Fennec Airlines want a 25% pay increase over three years and limits on consecutive night flights, according to two people briefed on the negotiations. Management has offered 11%, one of them said.

The pilots' association said it does not comment on ongoing talks.""",
  anon=["two people briefed on the negotiations", "one of them"],
  named=["The pilots' association"],
  cues=["according to", "them [[said]]", "association [[said]]"],
  ambiguous=["want"],
  demands=[("Pilots at Fennec Airlines", ["a 25% pay increase over three years", "limits on consecutive night flights"])]),
]
write("business", cases)
