from mk import C, write
cases = [
C("""Soap star Kelly Brannagh has blasted trolls who mocked her weight loss. The 34-year-old fumed: “I'm sick of people thinking they can say whatever they want about my body.”
A pal said Kelly had been “in tears” over the abuse.""",
  anon=["A pal"],
  named=["[[Soap star Kelly Brannagh]]", "[[The 34-year-old]] fumed"],
  cues=["[[has blasted]] trolls", "[[fumed]]:", "pal [[said]]"],
  not_anon=["Soap star Kelly Brannagh"],
  not_contested=["“in tears”"]),
C("""Reality TV couple Jordan and Ashleigh Pike are on the brink of a split, an insider revealed last night. “They've been living separate lives for months,” the source said. “It's only a matter of time.”""",
  anon=["an insider", "the source"],
  cues=["[[revealed]] last night", "source [[said]]."],
  not_anon=["Reality TV couple Jordan and Ashleigh Pike"]),
C("""Furious locals slammed council bosses last night after the town's only public toilets were boarded up for good.
Gran-of-five Maureen Tuckett, 71, raged: “It's a disgrace. Where are we supposed to go?”
A council spokesman said the block had become “a magnet for antisocial behaviour.”""",
  named=["[[Gran-of-five Maureen Tuckett, 71]]"],
  cues=["[[raged]]:", "spokesman [[said]] the block"],
  not_anon=["Gran-of-five Maureen Tuckett, 71"],
  not_contested=["“a magnet for antisocial behaviour.”"],
  ambiguous=["[[Furious locals]] slammed", "locals [[slammed]]", "A council spokesman"]),
C("""Premier League ace Danny Folarin is set to pop the question to his girlfriend on a luxury yacht this summer, according to a source close to the star.
“Danny has already bought the ring,” the source told us. Folarin's representatives declined to comment.""",
  anon=["a source close to the star", "[[the source]] told"],
  cues=["[[according to]] a source", "source [[told]] us"],
  not_anon=["Premier League ace Danny Folarin"],
  ambiguous=["Folarin's representatives", "[[declined to comment]]"]),
C("""TV chef Rory Blaine has hit back at claims he stormed off set after a row with a co-star, insisting the pair are “the best of mates.”
Blaine told fans on Instagram: “Don't believe everything you read.”""",
  named=["[[TV chef Rory Blaine]]", "[[Blaine]] told fans"],
  cues=["[[has hit back]] at claims", "[[insisting]] the pair", "Blaine [[told]] fans"],
  contested=["hit back at [[claims]]"],
  not_anon=["TV chef Rory Blaine"],
  not_contested=["“the best of mates.”"]),
C("""Pop princess Tayla Monroe has been spotted house-hunting in the Cotswolds, and a well-placed source said she has her eye on a £6million farmhouse.
Another friend claimed the star wants a quieter life away from London.""",
  anon=["a well-placed source", "Another friend"],
  cues=["source [[said]] she", "friend [[claimed]]"],
  not_anon=["Pop princess Tayla Monroe"],
  contested=["friend [[claimed]]"],
  ambiguous=["star [[wants]] a quieter"]),
C("""Tory MP Gavin Stroud was blasted last night after he was caught claiming £3,000 for a hotel stay during his holiday.
Campaigners slammed the expense as “a slap in the face for taxpayers.” Mr Stroud insisted the claim was within the rules.""",
  named=["Mr [[Stroud]] insisted"],
  cues=["[[slammed]] the expense", "Stroud [[insisted]]"],
  not_anon=["Tory MP Gavin Stroud"],
  not_contested=["caught [[claiming]] £3,000", "the [[claim]] was within", "“a slap in the face for taxpayers.”"],
  ambiguous=["[[was blasted]]", "[[Campaigners]] slammed", "Stroud [[insisted]]"]),
C("""Telly favourite Dawn Petch has been axed from the breakfast show after ratings plunged, a showbiz insider has claimed.
But bosses at the channel insisted no decision had been made, and a spokeswoman dismissed the report as “pure speculation.”""",
  anon=["a showbiz insider"],
  cues=["insider [[has claimed]]", "channel [[insisted]]", "spokeswoman [[dismissed]]"],
  contested=["insider [[has claimed]]", "[[dismissed the report as]]"],
  not_contested=["“pure speculation.”"],
  not_anon=["Telly favourite Dawn Petch"],
  ambiguous=["[[bosses at the channel]] insisted", "a spokeswoman"]),
C("""The 28-year-old singer posted a picture from the beach in Mallorca on Sunday, where she is on holiday with her family.""")
,
C("""Footie wag Chantelle Rix is demanding a £2million payout and the family home in her divorce from ex-Rovers keeper Lee Rix, pals say.
Lee is said to be “gutted” and has vowed to fight for the house.""",
  anon=["[[pals]] say"],
  cues=["pals [[say]]"],
  not_anon=["Footie wag Chantelle Rix", "ex-Rovers keeper Lee Rix"],
  not_contested=["“gutted”"],
  demands=[("Footie wag Chantelle Rix", ["a £2million payout", "the family home"])],
  ambiguous=["[[is demanding]]", "Lee [[is said]]", "[[has vowed]]"]),
]
write("tabloid", cases)
