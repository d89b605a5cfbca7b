from lib import C, write
cases = [
C("""Dunmarrow Rovers have agreed a £12m fee with Corrisby City for midfielder Tomas Ekberg, sources at both clubs said on Friday. Ekberg is expected to undergo a medical on Monday.

Rovers manager Gil Paterson refused to discuss the deal. "He's a Corrisby player until he isn't," he told reporters.""",
  anon=["sources at both clubs"],
  named=["[[he]] told reporters"],
  cues=["clubs [[said]]", "[[told]] reporters"],
  not_anon=["Rovers manager Gil Paterson"],
  ambiguous=["refused to discuss the deal", "Rovers manager Gil Paterson"]),

C("""Sprinter Kaya Oduya has denied taking a banned substance after an out-of-competition sample tested positive for a stimulant, her agent said on Tuesday. The Athletics Integrity Panel said Oduya had been provisionally suspended pending a hearing.""",
  named=["Sprinter Kaya Oduya", "The Athletics Integrity Panel"],
  cues=["has denied", "agent [[said]]", "Panel [[said]]"],
  contested=["has denied"],
  ambiguous=["her agent"]),

C("""Residents of the Kilnfield estate have called on Pellworth council to install speed cameras on Mill Lane and to reopen the footbridge over the railway, after a 12-year-old boy was struck by a car last month.

Councillor Rita Boateng, the cabinet member for transport, said the footbridge would reopen in May once repairs were complete.""",
  named=["Councillor Rita Boateng"],
  cues=["transport, [[said]]"],
  not_anon=["Councillor Rita Boateng"],
  ambiguous=["have called on"],
  demands=[("Residents of the Kilnfield estate", ["install speed cameras on Mill Lane", "reopen the footbridge over the railway"])]),

C("""Haldersby Harriers beat Velby 3-1 on Saturday to move two points clear at the top of the table. Nuno Esteves scored twice before half-time, and substitute Omar Kallis added a third in stoppage time."""),

C("""A 46-year-old man has been arrested after a fire destroyed a furniture shop on Corrisby High Street in the early hours of Sunday. Two witnesses said they saw a man running from the building shortly before the flames spread.

Dunmarrow Police urged anyone with dashcam footage to contact them.""",
  anon=["Two witnesses"],
  cues=["witnesses [[said]]"],
  ambiguous=["urged"],
  demands=[("Dunmarrow Police", ["anyone with dashcam footage to contact them"])]),

C("""The owners of Velby United have claimed the league's new spending cap is illegal under competition law. The cap was approved by 18 of the league's 20 clubs in a vote in March, and a legal opinion commissioned by the league found it complied with the rules.

Velby want the cap suspended pending arbitration and the vote re-run.""",
  named=["The owners of Velby United"],
  cues=["have claimed"],
  contested=["have claimed"],
  ambiguous=["a legal opinion commissioned by the league found", "want"],
  demands=[(["[[Velby]] want", "The owners of Velby United"], ["the cap suspended pending arbitration", "the vote re-run"])]),

C("""Plans for 240 homes on the former Ashcrayne paper mill site have been approved, according to Ashcrayne borough council. More than 300 objections were lodged, many citing traffic on Tanner's Hill.

The developer, Thornbury Estates, said 30% of the homes would be affordable.""",
  named=["Ashcrayne borough council", "The developer, Thornbury Estates"],
  cues=["according to", "Estates, [[said]]"],
  ambiguous=["citing traffic"]),

C("""Ostrevia coach Lars Bremen insisted on Wednesday that captain Dani Volk would be fit for the World Cup qualifier against Norland. People close to the squad said Volk had not trained with the team for ten days because of a hamstring injury.""",
  anon=["People close to the squad"],
  named=["Ostrevia coach Lars Bremen"],
  cues=["insisted", "squad [[said]]"],
  not_anon=["Ostrevia coach Lars Bremen"],
  ambiguous=["insisted"]),

C("""Parents at St Edda's primary school in Sallow have launched a petition demanding that the county council keep the school open until at least 2028 and publish the full consultation responses. It had gathered 2,100 signatures by Friday.

The council's education lead, Martin Cole, said no final decision had been taken.""",
  named=["The council's education lead, Martin Cole"],
  cues=["Cole, [[said]]"],
  ambiguous=["demanding"],
  demands=[(["Parents at St Edda's primary school in Sallow", "a petition"], ["the county council keep the school open until at least 2028", "publish the full consultation responses"])]),
]
write("sport_local", cases)
