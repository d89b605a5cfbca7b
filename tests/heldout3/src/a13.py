CASES = [dict(
id="h3-13",
text='''
Dravia expels two Ostrelian diplomats over alleged spying, demands apology

The foreign ministry of Dravia on Monday ordered two Ostrelian diplomats to leave the country within 72 hours, accusing them of recruiting officials in the energy ministry to pass on details of a planned gas pipeline.

In a statement, the ministry said the two men, a second secretary and a trade attaché, had carried out "activities incompatible with their diplomatic status." Deputy Foreign Minister Irena Vasko told state television that Dravia had "clear and documented proof" of the meetings, though she did not say what that proof was.

Ostrelia's foreign ministry rejected the accusations as "a provocation built on fantasies" and said it would respond "in a mirror manner." Its spokesperson, Andrej Kolar, said the expulsion was an attempt to distract from Dravia's own economic problems.

Dravia also demanded a formal apology from the Ostrelian government and the withdrawal of a third diplomat who, it said, had "facilitated" the contacts. The ministry summoned Ostrelia's ambassador, Pavel Reznik, and handed him a note of protest.

The dispute comes weeks after Ostrelia accused Dravia of blocking its trucks at the border crossing at Hollen. Dravian officials have denied that any such blockade exists, although transport associations in both countries say queues at Hollen have exceeded 30 kilometres on several days this month.

Two European diplomats based in the Dravian capital, who spoke on condition of anonymity because they were not authorised to comment publicly, said the expulsions were likely to delay a planned round of pipeline talks. "Nobody wants to be seen sitting at a table with the other side this month," one of them said.

The Council of Northern States, a regional security body, urged both governments to show restraint and to resolve the dispute "through diplomatic channels."

Relations between the two neighbours have been strained since a 2019 dispute over fishing rights in the Vell estuary.
''',
anon=["Two European diplomats based in the Dravian capital", "[[one of them]] said", "[[Dravian officials]] have denied", "transport associations in both countries"],
named=["[[The foreign ministry of Dravia]]", "[[the ministry]] said the two men", "Deputy Foreign Minister [[Irena Vasko]]", "[[Ostrelia's foreign ministry]] rejected", "Its spokesperson, [[Andrej Kolar]]", "[[Ostrelia]] accused Dravia", "who, [[it]] said"],
cues=["[[accusing]] them of", "the ministry [[said]] the two men", "Vasko [[told]] state television", "ministry [[rejected the accusations]]", "fantasies\" and [[said]]", "Andrej Kolar, [[said]]", "who, it [[said]]", "Ostrelia [[accused]] Dravia", "officials [[have denied]]", "both countries [[say]]", "publicly, [[said]] the expulsions", "one of them [[said]]"],
contested=["ministry [[rejected the accusations]]", "officials [[have denied]]", "over [[alleged]] spying"],
not_contested=["\"activities incompatible with their diplomatic status.\"", "\"in a mirror manner.\"", "\"through diplomatic channels.\""],
not_anon=["Deputy Foreign Minister Irena Vasko", "ambassador, Pavel Reznik"],
ambiguous=["[[In a statement]], the ministry", "leave the country within 72 hours", "she did not say what that proof was", "\"a provocation built on fantasies\"", "\"clear and documented proof\"", "\"facilitated\"", "Dravia also [[demanded]]", "[[urged]] both governments", "demands apology", "Ostrelia accused Dravia of blocking its trucks"],
demands=[
 (["[[Dravia]] also demanded", "[[The foreign ministry of Dravia]]"], ["a formal apology from the Ostrelian government", "the withdrawal of a third diplomat"]),
 ("[[The Council of Northern States]], a regional", ["show restraint", "resolve the dispute \"through diplomatic channels.\""]),
],
)]
