CASES = [dict(
id="h3-01",
text='''
Talvera ceasefire talks stall over rebel conditions

DOHA, March 4 (Meridian Wire) - The Eastern Front Alliance has set out six demands for a ceasefire in northern Talvera, including the withdrawal of government troops from the Osk valley and the release of 400 detainees, according to a draft document seen by Meridian Wire.

The alliance also wants international monitors posted in the city of Varnetz, an amnesty for its fighters, a share of customs revenue from the Osk border crossing and guarantees that displaced families can return home, the document says.

"Our conditions are not a wish list. They are the minimum for our people to feel safe," alliance negotiator Haldun Seref told reporters after the second day of talks. He said the group would not sign "a piece of paper that freezes the front line."

The Talveran government rejected the withdrawal demand on Tuesday. Interior Minister Petra Ostrova said in a statement that troops would remain in the valley "as long as armed groups threaten civilians," and denied that the army had shelled residential streets in Varnetz last week, calling the reports "fabricated."

At least 30 homes in the district's Lower Quarter were damaged on Feb. 26, and satellite images reviewed by Meridian Wire show fresh craters beside the covered market.

Two diplomats familiar with the talks, who spoke on condition of anonymity because the negotiations are confidential, said mediators were pressing both sides to agree a 72-hour pause first. One of the diplomats said the government was seeking a commitment that the alliance would hand over heavy weapons before any troop movement.

The alliance has claimed that it controls 80 percent of the valley, a figure that could not be independently verified.

Officials from the host government declined to comment on the timetable. A third round is expected next week, a mediator said.
''',
anon=["Two diplomats familiar with the talks", "One of the diplomats", "[[a mediator]] said"],
named=["alliance negotiator [[Haldun Seref]]", "[[He]] said the group", "Interior Minister [[Petra Ostrova]]", "[[The alliance]] has claimed", "[[The Talveran government]] rejected"],
cues=["[[according to]] a draft", "the document [[says]]", "Seref [[told]] reporters", "He [[said]] the group", "Ostrova [[said in a statement]]", "and [[denied]] that the army", "[[calling]] the reports", "confidential, [[said]] mediators", "One of the diplomats [[said]]", "The alliance [[has claimed]]", "a mediator [[said]]", "government [[rejected]] the withdrawal"],
contested=["and [[denied]] that the army", "[[calling the reports \"fabricated]]", "The alliance [[has claimed]]"],
not_contested=["\"a piece of paper that freezes the front line.\"", "\"as long as armed groups threaten civilians,\""],
not_anon=["Officials from the host government", "Interior Minister Petra Ostrova", "(Meridian Wire)"],
ambiguous=["satellite images reviewed by Meridian Wire [[show]]", "a draft document seen by Meridian Wire", "[[the document]] says", "could not be independently verified", "rejected the withdrawal demand", "[[has set out six demands]] for", "[[also wants]] international", "[[were pressing]] both", "[[was seeking]] a commitment", "rebel conditions"],
demands=[
 ("[[The Eastern Front Alliance]] has set out", ["the withdrawal of government troops from the Osk valley", "the release of 400 detainees"]),
 ("The [[alliance]] also wants", ["international monitors posted in the city of Varnetz", "an amnesty for its fighters", "a share of customs revenue from the Osk border crossing", "guarantees that displaced families can return home"]),
 ("said [[mediators]] were pressing", ["agree a 72-hour pause first"]),
 ("the [[government]] was seeking", ["a commitment that the alliance would hand over heavy weapons before any troop movement"]),
],
)]
