CASES = [dict(
id="h3-17",
text='''
The ferrywoman of Lake Ormsby

Every morning at 6.15, before the mist lifts off Lake Ormsby, Edith Marrow starts the engine of the Curlew and waits for her first passengers. She has done it for 41 years.

"People think it's a romantic job. It isn't. It's cold, it's wet, and the engine has a mind of its own," she says, wiping diesel from her hands with a rag. "But I wouldn't swap it for anything. This lake is the only office I've ever wanted."

Marrow, 68, took over the ferry from her father in 1983, when the crossing between Ormsby Quay and the village of Thornwell carried schoolchildren, farmhands and the post. Today her passengers are mostly walkers and a handful of commuters who would otherwise face a 40-minute drive around the northern shore.

Her nephew, Callum Reid, has worked alongside her for the past decade. "She taught me everything, including how to swear at an outboard motor in three languages," he said. "I'm still not as good at it as she is." Reid plans to take over when she retires, though he admits that day may be some way off.

The ferry has not always been secure. In 2015 the county council proposed cutting its annual subsidy of £18,000. Marrow and a group of regulars collected 3,000 signatures and demanded that the council keep the grant and guarantee it for ten years. The council agreed to five.

"I told them: you can take the money, but you'll be explaining to Mrs Halloway why she can't get to her hip appointment," Marrow recalled. "They found the money."

Last winter, when storms closed the road for eleven days, the Curlew carried food, medicine and, on one occasion, a vet. Local councillor Ben Ashworth called the ferry "a lifeline, not a tourist attraction."

Asked whether she ever thinks about stopping, Marrow laughs. "When the lake freezes over for good," she said. "So, never."
''',
anon=[],
named=["[[she]] says, wiping", "nephew, [[Callum Reid]]", "[[he]] said. \"I'm", "[[he]] admits", "[[Marrow]] recalled", "councillor [[Ben Ashworth]] called", "[[she]] said. \"So, never"],
cues=["she [[says]], wiping", "he [[said]]. \"I'm", "he [[admits]]", "Marrow [[recalled]]", "Ashworth [[called]] the ferry", "she [[said]]. \"So, never"],
contested=[],
not_contested=["\"a lifeline, not a tourist attraction.\""],
not_anon=["Local councillor Ben Ashworth", "Mrs Halloway"],
ambiguous=["[[I told]] them", "[[demanded]] that the council", "[[proposed]] cutting", "Marrow laughs"],
demands=[
 ("[[Marrow and a group of regulars]] collected", ["the council keep the grant", "guarantee it for ten years"]),
],
)]
