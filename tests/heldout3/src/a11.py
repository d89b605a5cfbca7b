CASES = [dict(
id="h3-11",
text='''
Rovanne rejects second Kestrel bid for striker Tomé Araújo

Rovanne FC have turned down a second offer from Kestrel City for striker Tomé Araújo, with the Portuguese forward's future now set to drag on until the final days of the transfer window.

Kestrel's improved bid of £48 million plus £6 million in add-ons was rejected on Thursday morning, sources close to the club said. Rovanne are understood to be holding out for at least £65 million and want any deal to include a sell-on clause of 15 percent.

Araújo's agent, Luís Ferreira, told Portuguese newspaper Diário Desportivo that his client "has made his decision" and wants to play in the Champions League next season. Ferreira claimed Rovanne had promised the player in January that he could leave if a "serious offer" arrived, an account the club disputes.

Rovanne manager Henrik Dahl insisted the 24-year-old remained "a huge part of our plans." Asked at his pre-match press conference whether Araújo had handed in a transfer request, Dahl said: "No. He trains every day with a smile. Tomé is our player and that is the end of it."

One person with knowledge of Kestrel's thinking, speaking on condition of anonymity because negotiations are ongoing, said the club would not go above £55 million in guaranteed fees. The same person said Kestrel had also asked about Rovanne midfielder Jonah Beckett as part of a possible swap.

Supporters' groups at Rovanne have urged the board not to sell without signing a replacement first. The Rovanne Supporters' Trust said in a statement that the club had "no excuse" after banking £90 million from sales last summer.

Rovanne chairman Gerald Moss has not spoken publicly about the bids. The window closes on Sept. 1 at 11 p.m.

Araújo scored 27 goals in all competitions last season, the most by a Rovanne player since 1998.
''',
anon=["[[sources close to the club]] said", "One person with knowledge of Kestrel's thinking", "The same person"],
named=["Araújo's agent, [[Luís Ferreira]]", "[[Ferreira]] claimed", "Rovanne manager [[Henrik Dahl]]", "[[Dahl]] said: \"No.", "[[The Rovanne Supporters' Trust]] said", "an account [[the club]] disputes"],
cues=["the club [[said]]. Rovanne", "Ferreira, [[told]] Portuguese", "Ferreira [[claimed]]", "Henrik Dahl [[insisted]]", "Dahl [[said]]: \"No.", "ongoing, [[said]] the club", "The same person [[said]]", "Trust [[said in a statement]]", "the club [[disputes]]"],
contested=["Ferreira [[claimed]]", "the club [[disputes]]"],
not_contested=["\"has made his decision\"", "\"a huge part of our plans.\"", "\"no excuse\""],
not_anon=["Rovanne chairman Gerald Moss", "Portuguese newspaper Diário Desportivo"],
ambiguous=["Rovanne rejects second Kestrel bid", "[[are understood to]] be holding", "[[want]] any deal", "wants to play in the Champions League next season", "\"serious offer\"", "[[have urged]] the board", "Supporters' groups at Rovanne"],
demands=[
 ("[[Rovanne]] are understood", ["at least £65 million", "any deal to include a sell-on clause of 15 percent"]),
 ("[[Supporters' groups at Rovanne]]", ["not to sell without signing a replacement first"]),
],
)]
