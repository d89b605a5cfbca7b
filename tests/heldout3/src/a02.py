CASES = [dict(
id="h3-02",
text='''
No 10 draws up plan to scrap housing target, insiders say

Downing Street is preparing to abandon the government's flagship target of 300,000 new homes a year, according to three Whitehall sources, in a move likely to anger backbenchers in the commuter belt.

Officials in the Department for Communities have been told to draft a "flexible ambition" to replace the figure before the autumn statement, one senior civil servant said. The official, who asked not to be named because they were not authorised to discuss internal planning, said the change had been ordered "from the very top."

A No 10 source confirmed that the target was under review but insisted the prime minister remained "committed to getting Britain building." Another government insider described the existing target as "a millstone we inherited."

Housing Secretary Marcus Delaney told the Commons last month that the target was "not up for negotiation." Asked about the reports on Sunday, a spokesperson for his department said: "We do not comment on speculation. Our commitment to new homes is unchanged."

Allies of the housing secretary claim he was not consulted. Two people close to Mr Delaney said he learned of the review from a newspaper journalist, and one of them said he was "furious."

Labour's shadow housing minister, Anita Roscoe, said the plan showed the government had "given up." She called for an emergency statement to Parliament and demanded that ministers publish the department's latest housebuilding forecasts.

Official figures published in July show completions fell to 212,000 in the last financial year, the lowest level in seven years.

The review is expected to conclude in October, insiders say. A government source said any new wording would be "stress-tested with councils" first.
''',
anon=["three Whitehall sources", "one senior civil servant", "The official, who asked not to be named", "A No 10 source", "Another government insider", "Allies of the housing secretary", "Two people close to Mr Delaney", "[[one of them]] said", "conclude in October, [[insiders]] say", "A government source", "[[insiders]] say\n\nDowning"],
named=["Housing Secretary [[Marcus Delaney]]", "shadow housing minister, [[Anita Roscoe]]", "[[She]] called for"],
cues=["[[according to]] three", "civil servant [[said]]", "authorised to discuss internal planning, [[said]]", "[[confirmed]] that the target", "but [[insisted]] the prime", "[[described]] the existing", "Delaney [[told]] the Commons", "his department [[said]]", "housing secretary [[claim]] he", "Mr Delaney [[said]]", "one of them [[said]]", "Anita Roscoe, [[said]]", "insiders [[say]]. A government", "A government source [[said]]", "insiders [[say]]\n\nDowning"],
contested=["housing secretary [[claim]] he"],
not_contested=["\"from the very top.\"", "\"committed to getting Britain building.\"", "\"not up for negotiation.\"", "\"furious.\"", "\"a millstone we inherited.\"", "\"given up.\"", "\"stress-tested with councils\""],
not_anon=["[[Officials]] in the Department for Communities", "Housing Secretary Marcus Delaney"],
ambiguous=["\"flexible ambition\"", "a spokesperson for his department", "[[called for]] an emergency", "[[demanded]] that ministers", "July [[show]] completions"],
demands=[
 (["shadow housing minister, [[Anita Roscoe]]", "[[She]] called for"], ["an emergency statement to Parliament", "ministers publish the department's latest housebuilding forecasts"]),
],
)]
