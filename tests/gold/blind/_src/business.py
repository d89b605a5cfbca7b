from mk import C, write
cases = [
C("""Fernwood Retail reported a 12% fall in first-quarter profit on Thursday, blaming higher wage costs and weak demand for homeware. Chief executive Lydia Marsh said trading had improved in April and that the company was “cautiously optimistic” about the second half.""",
  named=["[[Chief executive Lydia Marsh]] said"],
  cues=["Marsh [[said]] trading"],
  not_anon=["Chief executive Lydia Marsh"],
  not_contested=["“cautiously optimistic”"],
  ambiguous=["[[reported]] a 12% fall", "[[Fernwood Retail]] reported", "[[blaming]] higher"]),
C("""Carrow Telecom is exploring a sale of its tower business that could value the unit at more than £4 billion, according to people familiar with the matter.
Deliberations are at an early stage and no decision has been made, said the people, who asked not to be identified because the information is private. A Carrow spokesperson declined to comment.""",
  anon=["people familiar with the matter", "said [[the people]], who asked"],
  cues=["[[according to]] people", "[[said]] the people"],
  ambiguous=["A Carrow spokesperson", "[[declined to comment]]"]),
C("""Shareholders in Quillon Energy have demanded that the board split the roles of chairman and chief executive, appoint two independent directors and publish a net-zero transition plan before next year's annual meeting.
In a letter seen by this newspaper, the investors, who together hold 8% of the shares, said they would vote against the re-election of chairman Rupert Haig if the demands were not met.
Quillon said it “engages regularly with all shareholders” and would respond in due course.""",
  named=["[[the investors, who together hold 8% of the shares]]", "[[Quillon]] said"],
  cues=["shares, [[said]] they would", "Quillon [[said]] it"],
  not_anon=["chairman Rupert Haig"],
  demands=[(["Shareholders in Quillon Energy", "the investors, who together hold 8% of the shares"], ["split the roles of chairman and chief executive", "appoint two independent directors", "publish a net-zero transition plan before next year's annual meeting"])],
  ambiguous=["[[have demanded]] that", "[[In a letter seen by this newspaper]]"]),
C("""The company's main sources of revenue remain advertising and subscriptions, which together made up 87% of sales last year. Demand for its premium tier rose sharply in the fourth quarter.""",
  not_anon=["main [[sources]] of revenue"]),
C("""Osterfeld Motors denied a report that it plans to close its Lindau assembly plant, saying the site “has a long-term future.”
The business daily Handelsblatt Süd, citing three people with knowledge of the company's plans, reported on Monday that the plant could shut by 2028.""",
  anon=["three people with knowledge of the company's plans"],
  named=["[[Osterfeld Motors]] denied", "[[The business daily Handelsblatt Süd]]"],
  cues=["Motors [[denied]]", "[[saying]] the site", "[[citing]] three", "[[reported]] on Monday"],
  contested=["Motors [[denied]]"],
  not_anon=["The business daily Handelsblatt Süd"],
  not_contested=["“has a long-term future.”"]),
C("""Pemberton Foods shares rose 6% after the snack maker raised its full-year guidance. Finance chief Okonkwo Adeyemi told analysts on a call that price increases had not dented volumes. “Consumers are still buying,” he said.""",
  named=["[[Finance chief Okonkwo Adeyemi]]", "[[he]] said."],
  cues=["Adeyemi [[told]] analysts", "he [[said]]."],
  not_anon=["Finance chief Okonkwo Adeyemi"]),
C("""The regulator is expected to approve the merger with conditions, including the sale of 40 petrol stations, two people briefed on the review said. One of them said a decision could come as soon as next week.
The Competition Authority said it did not comment on ongoing cases.""",
  anon=["two people briefed on the review", "One of them"],
  named=["[[The Competition Authority]] said"],
  cues=["review [[said]].", "them [[said]] a decision", "Authority [[said]] it"],
  not_anon=["The Competition Authority"],
  ambiguous=["[[with conditions, including]]", "the sale of 40 petrol stations"]),
C("""Velka Bank said on Wednesday that a software fault had caused some customers to be charged twice for card payments. The bank said all affected accounts would be refunded by Friday and apologised for the inconvenience.""",
  named=["[[Velka Bank]] said", "[[The bank]] said"],
  cues=["Bank [[said]] on Wednesday", "bank [[said]] all"]),
C("""Brent crude rose 1.4% to $82.10 a barrel on Tuesday. Copper fell for a third session as stockpiles in Shanghai warehouses increased.""")
,
C("""Lindqvist Group's chief executive has claimed the company's new battery plant will create 5,000 jobs. The planning documents the company filed with the county show a projected workforce of 1,150 at full capacity.""",
  named=["[[Lindqvist Group's chief executive]]"],
  cues=["executive [[has claimed]]"],
  contested=["executive [[has claimed]]"],
  ambiguous=["county [[show]]", "[[The planning documents the company filed with the county]]"]),
C("""Activist investor Halvard Capital is pressing for the sale of Morrow Chemicals' plastics division and wants two seats on the board, a person close to the fund said, speaking anonymously to discuss private talks.
Halvard did not respond to a request for comment.""",
  anon=["a person close to the fund"],
  cues=["fund [[said]],"],
  demands=[("Activist investor Halvard Capital", ["the sale of Morrow Chemicals' plastics division", "two seats on the board"])],
  ambiguous=["[[is pressing for]]", "[[wants]] two seats", "[[did not respond to a request for comment]]"]),
]
cases.append(C("""Harwell Pharma told investors on Tuesday that its weight-loss drug had met the main goal of a late-stage trial. "These are the results we hoped for," chief medical officer Dr Sunil Bhatt said.
Two analysts who follow the company said the data were strong but cautioned that the side-effect profile would be closely scrutinised by regulators.""",
  anon=["Two analysts who follow the company"],
  named=["[[Harwell Pharma]] told investors", "chief medical officer [[Dr Sunil Bhatt]] said"],
  cues=["Pharma [[told]] investors", "Bhatt [[said]].", "company [[said]] the data", "[[cautioned]] that the side-effect"],
  not_anon=["chief medical officer Dr Sunil Bhatt"]))
write("business", cases)
