CASES = [dict(
id="h3-14",
text='''
Aid convoys stalled as cholera spreads in Sefara camps

GENEVA/KOLBA — Cholera has killed at least 112 people in displacement camps around the city of Kolba in the past three weeks, and aid trucks carrying chlorine tablets and oral rehydration salts have been held at checkpoints for up to eight days, United Nations officials said on Friday.

“We are watching a preventable disease kill children because water purification supplies are stuck on a road,” said Miriam Adebayo, the UN humanitarian coordinator for Sefara, at a briefing in Geneva. She said 41 of the dead were under five.

The UN is calling for unimpeded access for humanitarian convoys, a pause in fighting around the Kolba water plant so engineers can repair it, and an additional $38 million in emergency funding from donors.

Three aid workers in Kolba, who asked not to be named for fear of losing access to the camps, said soldiers at the Tessin checkpoint had demanded “inspection fees” from drivers. One of them said a convoy of nine trucks was turned back on Tuesday after the drivers refused to pay.

Sefara’s Ministry of Interior denied that any fees were being charged and said delays were caused by “legitimate security checks” because armed groups had used aid vehicles to smuggle weapons. The ministry did not provide evidence for that claim.

Local health workers say the true death toll is likely higher because many families bury relatives before they can be counted. The aid group Wellspring International said it had confirmed cases in six of the nine camps.

An official at a European donor agency, speaking on condition of anonymity because funding decisions have not been announced, said two governments were preparing emergency grants but wanted guarantees that supplies would not be diverted.

The camps around Kolba hold an estimated 270,000 people, most of whom fled fighting in the southern provinces last year.
''',
anon=["[[United Nations officials]] said", "Three aid workers in Kolba, who asked not to be named", "[[One of them]] said a convoy", "[[Local health workers]] say", "An official at a European donor agency"],
named=["[[Miriam Adebayo]], the UN", "[[She]] said 41", "[[Sefara’s Ministry of Interior]] denied", "[[The aid group Wellspring International]] said"],
cues=["officials [[said]] on Friday", "[[said]] Miriam Adebayo", "She [[said]] 41", "the camps, [[said]] soldiers", "One of them [[said]]", "Interior [[denied]]", "charged and [[said]]", "health workers [[say]]", "International [[said]]", "not been announced, [[said]]"],
contested=["Interior [[denied]]", "[[did not provide evidence for that claim]]"],
not_contested=["“legitimate security checks”"],
not_anon=["the UN humanitarian coordinator for Sefara"],
ambiguous=["“inspection fees”", "[[had demanded]] “inspection", "[[is calling for]] unimpeded", "[[wanted]] guarantees"],
demands=[
 ("[[The UN]] is calling for", ["unimpeded access for humanitarian convoys", "a pause in fighting around the Kolba water plant so engineers can repair it", "an additional $38 million in emergency funding from donors"]),
 ("[[two governments]] were preparing", ["guarantees that supplies would not be diverted"]),
],
)]
