from mk import C, write
cases = [
C("""The government of Marevia has demanded that neighbouring Ostrel withdraw its troops from the disputed Kalden valley and pay compensation for damaged farmland, the Marevian foreign ministry said on Sunday.
Ostrel rejected the demands, saying its forces were on its own side of the 1952 boundary.""",
  named=["[[the Marevian foreign ministry]] said", "[[Ostrel]] rejected"],
  cues=["ministry [[said]] on Sunday", "Ostrel [[rejected]]", "[[saying]] its forces"],
  not_anon=["the Marevian foreign ministry"],
  demands=[(["The government of Marevia", "the Marevian foreign ministry"], ["neighbouring Ostrel withdraw its troops from the disputed Kalden valley", "pay compensation for damaged farmland"])],
  ambiguous=["[[has demanded]] that", "[[rejected the demands]]"]),
C("""Rebel negotiators say they will accept a ceasefire only on condition that government aircraft stop flying over the northern provinces and that aid convoys are allowed through the Sarrat crossing.
A government spokesman, Colonel Idris Mabena, said the army would “not negotiate with people who shell hospitals.”""",
  named=["[[A government spokesman, Colonel Idris Mabena]]"],
  cues=["negotiators [[say]]", "Mabena, [[said]] the army"],
  not_anon=["A government spokesman, Colonel Idris Mabena"],
  not_contested=["“not negotiate with people who shell hospitals.”"],
  demands=[("Rebel negotiators", ["government aircraft stop flying over the northern provinces", "aid convoys are allowed through the Sarrat crossing"])],
  ambiguous=["[[on condition that]]", "[[Rebel negotiators]] say"]),
C("""Two Western diplomats familiar with the talks said the proposal would freeze the front line and leave the question of the occupied districts to a later conference. One of the diplomats said the plan had been drafted by the mediators, not by either side.
Both spoke on condition of anonymity because the negotiations are confidential.""",
  anon=["Two Western diplomats familiar with the talks", "One of the diplomats", "[[Both]] spoke"],
  cues=["talks [[said]] the proposal", "diplomats [[said]] the plan"],
  ambiguous=["[[on condition of anonymity]]"]),
C("""Halvania has accused Corveth of shelling a border village, killing four civilians. Corveth's defence ministry denied the accusation, calling it “a staged provocation,” and said its artillery had not fired in the area for a week.""",
  named=["[[Halvania]] has accused", "[[Corveth's defence ministry]] denied"],
  cues=["[[has accused]] Corveth", "ministry [[denied]]", "[[calling]] it", "and [[said]] its artillery"],
  contested=["ministry [[denied]] the accusation", "[[has accused]] Corveth"],
  not_contested=["“a staged provocation,”"],
  not_anon=["Corveth's defence ministry"]),
C("""The Kremlin-aligned outlet Zvezda Vostoka has spread the narrative that the protests in Dravia were organised by foreign intelligence agencies. Organisers of the protests are local student unions, and independent monitors found no evidence of foreign funding.""",
  named=["[[The Kremlin-aligned outlet Zvezda Vostoka]]"],
  cues=["[[has spread the narrative]]"],
  contested=["[[has spread the narrative]]"],
  not_anon=["The Kremlin-aligned outlet Zvezda Vostoka"]),
C("""Teravia's president said on Thursday that his country would join the regional defence pact only if its members agreed to recognise Teravia's maritime border and lift a ban on its fishing fleet.
“We will not sign a blank cheque,” President Aurel Domsa told a news conference in the capital, Sennit.""",
  named=["[[Teravia's president]] said", "[[President Aurel Domsa]] told"],
  cues=["president [[said]] on Thursday", "Domsa [[told]] a news"],
  not_anon=["President Aurel Domsa"],
  demands=[(["Teravia's president", "[[his country]] would join", "President Aurel Domsa"], ["recognise Teravia's maritime border", "lift a ban on its fishing fleet"])],
  ambiguous=["[[only if its members agreed to]]"]),
C("""The foreign minister of Belmora, Sandra Quist, said her government was “deeply concerned” by the troop build-up and called for an immediate return to talks.
A senior Belmoran official said privately that the government expected the situation to escalate within days.""",
  anon=["A senior Belmoran official"],
  named=["[[The foreign minister of Belmora, Sandra Quist]]"],
  cues=["Quist, [[said]] her", "official [[said]] privately"],
  not_anon=["The foreign minister of Belmora, Sandra Quist"],
  not_contested=["“deeply concerned”"],
  demands=[(["The foreign minister of Belmora, Sandra Quist", "[[her government]] was"], ["an immediate return to talks"])],
  ambiguous=["[[called for]] an immediate"]),
C("""The two countries signed a trade agreement in Lisbon on Monday covering agricultural goods, textiles and machinery. It will enter into force in January after ratification by both parliaments.""")
,
C("""Cardovan officials rejected claims that their navy had rammed a Velorian fishing boat, insisting the boat had struck the patrol vessel while trying to flee. Video released by the Velorian coastguard appears to show the patrol vessel turning into the fishing boat's path.""",
  anon=["Cardovan officials"],
  named=["[[the Velorian coastguard]]"],
  cues=["officials [[rejected]] claims", "[[insisting]] the boat"],
  contested=["[[rejected claims]]", "[[insisting]] the boat"],
  ambiguous=["[[appears to show]]"]),
C("""The ceasefire terms, according to a draft seen by Reuters, include:

* a 30-day halt to all air strikes;
* the exchange of prisoners on an all-for-all basis;
* the reopening of the Tessin airport to humanitarian flights.

Neither side has publicly commented on the draft.""",
  cues=["[[according to]] a draft"],
  named=["[[a draft seen by Reuters]]"],
  not_anon=["a draft seen by Reuters"],
  ambiguous=["[[The ceasefire terms]]", "a 30-day halt to all air strikes", "the exchange of prisoners on an all-for-all basis", "the reopening of the Tessin airport to humanitarian flights"]),
C("""Officials in Harvik said the delegation from Norgate had pressed for the handover of the two detained engineers as a condition for resuming gas deliveries. Norgate said the engineers were held on espionage charges and would face trial.""",
  anon=["[[Officials in Harvik]] said"],
  named=["[[Norgate]] said"],
  cues=["Harvik [[said]]", "Norgate [[said]]"],
  demands=[("the delegation from Norgate", ["the handover of the two detained engineers"])],
  ambiguous=["[[had pressed for]]", "[[as a condition for]]"]),
]
write("conflict_diplomacy", cases)
