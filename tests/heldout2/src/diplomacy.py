from lib import C, write
cases = [
C("""The government of Ostrevia demands the withdrawal of all Kessalian troops from the Tarn valley and the return of 400 prisoners of war as conditions for resuming talks, Foreign Minister Adrian Pohl said on Sunday.

Kessaly rejected the demands as "a list of fantasies". Its defence ministry has claimed that Ostrevian artillery shelled a hospital in Lenko on Saturday, an accusation Ostrevia denied.""",
  named=["Foreign Minister Adrian Pohl", "[[Kessaly]] rejected", "Its defence ministry", "[[Ostrevia]] denied"],
  cues=["Pohl [[said]]", "Kessaly [[rejected]]", "has claimed", "Ostrevia [[denied]]"],
  contested=["has claimed", "an accusation Ostrevia denied"],
  not_anon=["Foreign Minister Adrian Pohl"],
  ambiguous=["Ostrevia [[demands]]", "as conditions for", "[[rejected the demands as]] \"a list", "\"a list of fantasies\""],
  demands=[(["The government of Ostrevia", "Foreign Minister Adrian Pohl"],
            ["the withdrawal of all Kessalian troops from the Tarn valley", "the return of 400 prisoners of war"])]),

C("""Velmar is seeking to reopen its embassy in Dorsk, restore direct flights and resume grain exports through the port of Ilm, two diplomats familiar with the discussions said. One of the diplomats said Dorsk would agree only on condition that Velmar releases the crew of a fishing vessel seized in May.""",
  anon=["two diplomats familiar with the discussions", "One of the diplomats"],
  cues=["discussions [[said]]", "diplomats [[said]] Dorsk"],
  ambiguous=["is seeking", "on condition that"],
  demands=[("[[Velmar]] is seeking", ["reopen its embassy in Dorsk", "restore direct flights", "resume grain exports through the port of Ilm"]),
           ("[[Dorsk]] would agree", ["Velmar releases the crew of a fishing vessel seized in May"])]),

C("""Officials in Gressa have spread the narrative that the Amsel dam was damaged by saboteurs from across the border. Satellite images published by an independent monitoring group show cracks in the structure dating back at least two years, before the current hostilities began.

Gressa's foreign minister, Teodor Vall, repeated the accusation at the United Nations on Thursday without presenting evidence.""",
  anon=["Officials in Gressa"],
  named=["Gressa's foreign minister, Teodor Vall"],
  cues=["have spread the narrative", "repeated"],
  contested=["have spread the narrative", "without presenting evidence"],
  not_anon=["Gressa's foreign minister, Teodor Vall"],
  ambiguous=["the accusation", "show cracks"]),

C("""Separatist leaders in the so-called Republic of Upper Marn have portrayed the ceasefire monitors as spies working for Ostrevia. The monitoring mission, which is run by eleven neutral states, said its staff had been denied entry to four checkpoints this week.

The separatists are demanding that the mission withdraw its drones and submit patrol routes 48 hours in advance.""",
  named=["The monitoring mission"],
  cues=["have portrayed", "states, [[said]]"],
  contested=["so-called", "have portrayed"],
  not_contested=["denied entry"],
  ambiguous=["Separatist leaders", "are demanding"],
  demands=[(["The separatists", "Separatist leaders"], ["the mission withdraw its drones", "submit patrol routes 48 hours in advance"])]),

C("""The joint communiqué issued after the two-day summit in Halvik calls for an immediate ceasefire, the reopening of humanitarian corridors and talks on a prisoner exchange.

"No one at this table wants a frozen conflict," said Norland's prime minister, Elsa Varte, who hosted the meeting. Ostrevia's delegation signed the text but said it would not negotiate while Kessalian forces remain on its territory.""",
  named=["Norland's prime minister, Elsa Varte", "Ostrevia's delegation"],
  cues=["[[said]] Norland's", "but [[said]] it"],
  ambiguous=["calls for", "[[wants]] a frozen", "would not negotiate while Kessalian forces remain on its territory"],
  demands=[("The joint communiqué", ["an immediate ceasefire", "the reopening of humanitarian corridors", "talks on a prisoner exchange"])]),

C("""Western intelligence officials believe the drone strike on the Kovar refinery was carried out by a special forces unit based in Drummark, according to two European officials briefed on the assessment. Drummark's government dismissed the report as "propaganda" and accused Kovar's allies of staging the attack themselves, without offering evidence.""",
  anon=["Western intelligence officials", "two European officials briefed on the assessment"],
  named=["Drummark's government"],
  cues=["according to", "dismissed", "accused"],
  contested=["dismissed the report as", "without offering evidence"],
  not_contested=["\"propaganda\""],
  ambiguous=["believe", "accused"]),

C("""Kessaly's army has claimed to have killed more than 300 Ostrevian soldiers in the past week. Ostrevia's general staff put its own losses at 41 and said Kessaly had lost twice that number around the village of Dolny Marn.

Neither side's figures could be independently verified.""",
  named=["Kessaly's army", "Ostrevia's general staff"],
  cues=["has claimed", "and [[said]] Kessaly"],
  contested=["has claimed"],
  ambiguous=["put its own losses at", "could be independently verified"]),

C("""Addressing the Security Council on Tuesday, Ostrevia's ambassador Maren Dolt urged member states to impose an arms embargo on Kessaly and to freeze the assets of its defence minister. Kessaly's envoy, Rufus Agba, insisted his country was acting in self-defence and warned that sanctions would "close the door on diplomacy".""",
  named=["Kessaly's envoy, Rufus Agba"],
  cues=["insisted", "warned"],
  not_contested=["insisted", "\"close the door on diplomacy\""],
  not_anon=["Ostrevia's ambassador Maren Dolt"],
  ambiguous=["urged"],
  demands=[("Ostrevia's ambassador Maren Dolt", ["impose an arms embargo on Kessaly", "freeze the assets of its defence minister"])]),

C("""Drummark will not lift its blockade of the Selvin strait unless Ostrevia halts construction of a naval base on Kett island and compensates the families of six fishermen killed in March, Drummark's foreign ministry said in a statement on Friday.

Ostrevian officials have ruled out both conditions, according to state media.""",
  anon=["Ostrevian officials"],
  named=["Drummark's foreign ministry"],
  cues=["said in a statement", "according to"],
  ambiguous=["unless", "state media", "Ostrevian officials have ruled out both conditions"],
  demands=[(["[[Drummark]] will not lift", "Drummark's foreign ministry"],
            ["Ostrevia halts construction of a naval base on Kett island", "compensates the families of six fishermen killed in March"])]),

C("""A purported video of Kessalian soldiers mistreating prisoners, circulated on Telegram on Monday, shows men in Ostrevian uniforms being forced to kneel. Kessaly's defence ministry said the footage was "staged" and that the uniforms were of a type not issued since 2019.

Ostrevia's human rights ombudsman, Ilse Marek, called for an international investigation into the alleged abuse.""",
  named=["Kessaly's defence ministry"],
  cues=["ministry [[said]]"],
  contested=["purported", "\"staged\"", "alleged abuse"],
  not_anon=["Ostrevia's human rights ombudsman, Ilse Marek"],
  ambiguous=["called for", "[[shows]] men"],
  demands=[("Ostrevia's human rights ombudsman, Ilse Marek", ["an international investigation into the alleged abuse"])]),
]
write("diplomacy", cases)
