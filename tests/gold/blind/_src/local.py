from mk import C, write
cases = [
C("""Police in Dunmere are appealing for witnesses after a 72-year-old woman was knocked down by a cyclist on Harbour Street on Saturday afternoon.
Anyone with information is asked to call 101 quoting incident 443.""",
  ambiguous=["[[are appealing for witnesses]]", "[[is asked to call 101]]"]),
C("""Westbrook District Council has approved plans for 240 homes on the former gasworks site, despite objections from residents who say the area's roads cannot cope.
Council leader Shona Devlin said the scheme would include 72 affordable homes. “This is a brownfield site that has been derelict for twenty years,” she said.""",
  named=["[[Council leader Shona Devlin]] said", "[[she]] said."],
  cues=["residents who [[say]]", "Devlin [[said]] the scheme", "she [[said]]."],
  not_anon=["Council leader Shona Devlin"],
  ambiguous=["[[residents who say]]"]),
C("""Parents at Ferrisham Primary are calling for a 20mph limit outside the school gates and a crossing patrol on Mill Lane after a pupil was struck by a van last month.
A petition signed by more than 600 people will be handed to the county council on Monday. The council said it would consider the request at its next highways meeting.""",
  named=["[[The council]] said"],
  cues=["council [[said]] it would"],
  demands=[("Parents at Ferrisham Primary", ["a 20mph limit outside the school gates", "a crossing patrol on Mill Lane"])],
  ambiguous=["[[are calling for]]"]),
C("""A council insider said the leisure centre was likely to close by the end of the year because repairs to the roof would cost more than £2m. The council said no decision had been taken.""",
  anon=["A council insider"],
  named=["[[The council]] said"],
  cues=["insider [[said]]", "council [[said]] no"]),
C("""Officers from Harling Constabulary arrested two men, aged 19 and 23, on suspicion of burglary after a chase through the town centre on Tuesday night, the force said.
Inspector Raj Malhotra said: “I'd like to thank members of the public who helped us locate the suspects.”""",
  named=["[[the force]] said", "[[Inspector Raj Malhotra]] said"],
  cues=["force [[said]].", "Malhotra [[said]]:"],
  not_anon=["Inspector Raj Malhotra"]),
C("""A local campaign group has claimed that the new bin collection rota has left some streets without a collection for five weeks. Council records obtained under freedom of information rules show that every street in the borough received at least one collection in each fortnight since the change.""",
  named=["[[A local campaign group]] has claimed"],
  cues=["group [[has claimed]]"],
  contested=["group [[has claimed]]"],
  ambiguous=["[[Council records obtained under freedom of information rules]]", "rules [[show]]"]),
C("""The library on Crane Street will reopen on 3 March after a £400,000 refurbishment that added a children's area, new computers and a café.""")
,
C("""Traders on Victoria Road want the council to scrap the new parking charges or, failing that, offer the first hour free, according to Mel Thorne, who chairs the traders' association.
“Footfall has dropped by a third since January,” Ms Thorne said.""",
  named=["[[Mel Thorne]], who chairs", "[[Ms Thorne]] said"],
  cues=["[[according to]] Mel", "Thorne [[said]]."],
  not_anon=["Mel Thorne, who chairs the traders' association"],
  demands=[(["Traders on Victoria Road"], ["scrap the new parking charges", "offer the first hour free"])],
  ambiguous=["Road [[want]] the council"]),
C("""Residents in Coldharbour were told by the water company that supplies would be back to normal by Thursday, but several households said they were still without water on Saturday.
South Fen Water said in a statement that the burst main had been repaired and that air in the pipes was causing low pressure in some homes.""",
  named=["[[South Fen Water]] said"],
  cues=["households [[said]]", "Water [[said]] in a statement"],
  not_anon=["South Fen Water"],
  ambiguous=["[[were told]] by", "[[several households]] said", "by [[the water company]] that"]),
C("""Councillor Derek Pyle, who represents the Ashgrove ward, said he had been receiving complaints about the state of the footpath for two years.
He told the planning committee that the council had “repeatedly promised” repairs that never happened.""",
  named=["[[Councillor Derek Pyle]], who", "[[He]] told the planning"],
  cues=["ward, [[said]] he", "He [[told]] the planning"],
  not_anon=["Councillor Derek Pyle"],
  not_contested=["“repeatedly promised”"]),
]
cases.append(C("""Detectives investigating a fatal crash on the B1190 near Saltby have urged anyone with dashcam footage to come forward.
Det Sgt Karen Oduya said: “Even a few seconds of video could be vital. We also want to hear from the driver of a blue van seen stopping nearby.”""",
  named=["[[Det Sgt Karen Oduya]] said"],
  cues=["Oduya [[said]]:"],
  not_anon=["Det Sgt Karen Oduya"],
  demands=[(["Detectives investigating a fatal crash on the B1190 near Saltby", "Det Sgt Karen Oduya"], ["anyone with dashcam footage to come forward"]), (["[[We]] also want", "Det Sgt Karen Oduya"], ["hear from the driver of a blue van seen stopping nearby"])],
  ambiguous=["[[have urged]]", "We also [[want to]]"]))
cases.append(C("""### Council tax to rise by 4.99%

Hollowford Borough Council's cabinet approved the increase on Wednesday night. Finance portfolio holder Cllr Amir Shah said the council "had no realistic alternative" after a cut in its central government grant.
Opposition councillors said the rise would hit pensioners hardest.""",
  named=["[[Finance portfolio holder Cllr Amir Shah]]"],
  cues=["Shah [[said]] the council", "councillors [[said]] the rise"],
  not_anon=["Finance portfolio holder Cllr Amir Shah"],
  not_contested=["\"had no realistic alternative\""],
  ambiguous=["[[Opposition councillors]] said"]))
write("local", cases)
