from lib import C, write
cases = [
C("""For months, ministers have pushed the narrative that the housing shortage is caused by migration. It is not. Completions have fallen in nine of the last ten years while the population grew at roughly the same rate as in the previous decade.

The government should stop looking for scapegoats and build.""",
  cues=["have pushed the narrative"],
  contested=["pushed the narrative"],
  ambiguous=["ministers", "should stop looking for scapegoats and build"]),

C("""The rally in Norland's bond market owes less to the central bank than to a collapse in new issuance, according to Ines Haldor, chief strategist at Brightwater Capital. "Supply has simply dried up," she said.

That view is not universal. Others argue the bank's guidance, not supply, is doing most of the work.""",
  named=["Ines Haldor, chief strategist at Brightwater Capital", "[[she]] said"],
  cues=["according to", "she [[said]]", "argue"],
  not_anon=["Ines Haldor, chief strategist at Brightwater Capital"],
  ambiguous=["Others"]),

C("""Supporters of the Velby tram extension claim it will take 9,000 cars a day off the ring road. The council's own modelling, published in 2023, put the figure at closer to 2,500.

Critics say the £700m budget would be better spent on buses. The council has not yet responded to a request for comment.""",
  cues=["claim", "Critics [[say]]"],
  contested=["claim"],
  ambiguous=["Supporters of the Velby tram extension", "put the figure at", "Critics", "has not yet responded"]),

C("""This newspaper has long argued that the port authority's accounts should be open to public scrutiny. Today we renew that call: the authority must publish its contracts, disclose the salaries of its directors and submit to an annual audit by the national accounts office.""",
  named=["This newspaper"],
  cues=["has long argued"],
  ambiguous=["renew that call", "must"],
  demands=[(["This newspaper", "[[we]] renew"], ["publish its contracts", "disclose the salaries of its directors", "submit to an annual audit by the national accounts office"])]),

C("""Kessaly's president has portrayed the sanctions as an attack on ordinary citizens, but the measures target 43 named officials and two state banks. Several European diplomats privately concede the list was drawn up in haste.

What Kessaly wants is clear enough: recognition of its claim to the Tarn valley and an end to the arms embargo.""",
  anon=["Several European diplomats"],
  named=["Kessaly's president"],
  cues=["has portrayed", "privately concede"],
  contested=["has portrayed"],
  not_anon=["43 named officials"],
  not_contested=["its claim to the Tarn valley"],
  ambiguous=["wants"],
  demands=[("What [[Kessaly]] wants", ["recognition of its claim to the Tarn valley", "an end to the arms embargo"])]),

C("""Inflation in Ostrevia fell to 4.1% in October, the lowest in three years. Food prices fell for a second month, while rents continued to climb. The next figures are due on December 12."""),

C("""The so-called efficiency savings announced by the health board amount to closing two wards. Calling this "modernisation" does not change what patients will experience.""",
  contested=["so-called"],
  ambiguous=["\"modernisation\"", "announced by the health board"]),

C("""The finance minister, Bruno Ketel, insists that the deficit will shrink to 3% of GDP next year. The budget office's own projections, published in September, show it widening to 4.4%. Two officials at the ministry told this newspaper that the 3% target was set before the September forecast and never revised.""",
  anon=["Two officials at the ministry"],
  named=["The finance minister, Bruno Ketel"],
  cues=["insists", "[[told]] this newspaper"],
  contested=["insists"],
  ambiguous=["[[show]] it widening"]),

C("""Ostrevia's opposition leader, Ada Merz, has repeatedly echoed the government's narrative that the drought was engineered by foreign cloud-seeding, a theory that meteorologists have debunked. Rainfall records going back to 1890 show three comparable droughts before cloud-seeding existed.""",
  named=["Ostrevia's opposition leader, Ada Merz"],
  cues=["has repeatedly echoed"],
  contested=["echoed the government's narrative", "have debunked"],
  not_anon=["Ostrevia's opposition leader, Ada Merz"],
  ambiguous=["meteorologists", "[[show]] three", "have debunked"]),
]
write("analysis", cases)
