from mk import C, write
cases = [
C("""VALDENMARK, March 4 (Reuters) - Harlow Shipping Group is preparing a bid for rival ferry operator Nordlys Line, Bloomberg News reported on Tuesday, citing two people familiar with the matter.
Harlow declined to comment. Nordlys said it was not aware of any approach.""",
  anon=["two people familiar with the matter"],
  named=["[[Bloomberg News]] reported", "[[Nordlys]] said it was"],
  cues=["News [[reported]] on", "[[citing]] two", "Nordlys [[said]] it"],
  not_anon=["[[Bloomberg News]] reported", "Harlow Shipping Group"],
  ambiguous=["[[declined to comment]]"]),
C("""PORT ESSARY, June 11 (AP) — The government of Tamberlin has asked neighbouring Costavia to hand over a former army colonel accused of plotting a coup, state broadcaster TRT said, citing a senior official in the justice ministry who spoke on condition of anonymity because he was not authorised to brief reporters.""",
  anon=["a senior official in the justice ministry"],
  named=["state broadcaster TRT"],
  cues=["TRT [[said]], citing", "[[citing]] a senior"],
  not_anon=["state broadcaster TRT"],
  demands=[(["The government of Tamberlin", "[[Tamberlin]] has asked"], ["hand over a former army colonel accused of plotting a coup"])],
  ambiguous=["[[has asked]] neighbouring", "[[on condition of anonymity]]"]),
C("""KESTRA, Oct 2 (Reuters) - Two Kestran navy vessels shadowed a foreign survey ship inside the country's exclusive economic zone for most of Monday, according to three sources with knowledge of the operation.
One of the sources, a naval officer, said the survey ship had switched off its transponder. The defence ministry did not respond to a request for comment.""",
  anon=["three sources with knowledge of the operation", "One of the sources, a naval officer"],
  cues=["[[according to]] three", "officer, [[said]] the survey"],
  ambiguous=["[[did not respond to a request for comment]]"]),
C("""BRENNHOLM, Jan 19 (Reuters) - The central bank of Aldoria will raise its key rate by half a percentage point on Thursday, the Aldorian newspaper Dagbladet Vest reported, citing a draft of the decision it had seen.
A central bank spokeswoman declined to comment on the report.""",
  named=["[[the Aldorian newspaper Dagbladet Vest]] reported"],
  cues=["Vest [[reported]],", "[[citing]] a draft"],
  not_anon=["[[the Aldorian newspaper Dagbladet Vest]] reported"],
  ambiguous=["a draft of the decision it had seen", "A central bank spokeswoman", "[[declined to comment]]"]),
C("""MARISOL CITY, May 7 (AP) — Flooding along the Ruvo river has killed at least 14 people and displaced more than 3,000, the national disaster agency said on Wednesday.
“We are still searching the lower valley,” agency director Inés Paredo told reporters. “The water has not finished rising.”""",
  named=["[[the national disaster agency]] said", "agency director Inés Paredo"],
  cues=["agency [[said]] on Wednesday", "Paredo [[told]] reporters"],
  not_anon=["agency director Inés Paredo"]),
C("""GALLOWAY BAY, Aug 23 (Reuters) - Mining group Ostrander Metals has held early talks to sell its stake in the Kiru copper project, a person with direct knowledge of the discussions told Reuters, speaking on condition of anonymity because the talks are private.
Such a sale could fetch around $900 million, the person said.""",
  anon=["a person with direct knowledge of the discussions", "[[the person]] said"],
  cues=["[[told]] Reuters,", "person [[said]]."],
  not_anon=["[[Reuters]], speaking"],
  ambiguous=["[[on condition of anonymity]]"]),
C("""TALLIN HEIGHTS, Feb 2 (Reuters) - Power was restored to most of Tallin Heights on Sunday after a fault at the Orvik substation left about 80,000 homes without electricity for six hours.
Grid operator Nordvolt said engineers had replaced a damaged transformer and that the cause of the fault was being investigated.""",
  named=["[[Grid operator Nordvolt]] said"],
  cues=["Nordvolt [[said]] engineers"],
  not_anon=["Grid operator Nordvolt"]),
C("""SAN ARELLO, Nov 14 (AP) — Rebel commanders in the Cordera highlands have demanded the release of 40 detained fighters and the withdrawal of army units from three districts before any new round of talks, the Arellan daily El Faro reported, citing a mediator involved in the contacts.
The mediator, who asked not to be named for fear of reprisals, said the army had not yet replied.""",
  anon=["a mediator involved in the contacts", "The mediator, who asked not to be named"],
  named=["[[the Arellan daily El Faro]] reported"],
  cues=["Faro [[reported]],", "[[citing]] a mediator", "named for fear of reprisals, [[said]] the army"],
  not_anon=["the Arellan daily El Faro"],
  demands=[("Rebel commanders in the Cordera highlands", ["the release of 40 detained fighters", "the withdrawal of army units from three districts"])],
  ambiguous=["have [[demanded]] the release"]),
C("""LUNDHAVEN, Sept 9 (Reuters) - Vessel-tracking data showed at least six tankers loading at the Skarn terminal last week despite the export ban, Reuters calculations showed.
Two traders said the cargoes were probably bound for refineries in southern Asia. A third trader said some of the oil had been blended with other grades to disguise its origin.""",
  anon=["Two traders", "A third trader"],
  cues=["traders [[said]] the cargoes", "trader [[said]] some"],
  ambiguous=["Vessel-tracking data [[showed]]", "calculations [[showed]]"]),
C("""ORENSK, April 30 (Reuters) - Orensk's foreign ministry on Tuesday denied a report that it had secretly supplied drones to the rebels in neighbouring Valtia, calling it “a fabrication from start to finish”.
The report, published by the investigative outlet Glasnik, cited satellite images and two unnamed Valtian security officials.""",
  anon=["two unnamed Valtian security officials"],
  named=["[[Orensk's foreign ministry]] on Tuesday", "[[The report, published by the investigative outlet Glasnik]]"],
  cues=["Tuesday [[denied]] a report", "Glasnik, [[cited]] satellite"],
  contested=["[[denied]] a report", "[[“a fabrication from start to finish”]]"],
  not_anon=["Orensk's foreign ministry"]),
C("""HOLMGARD, Dec 1 (Reuters) - The Holmgard Stock Exchange closed 1.2% lower on Monday, led by losses in bank shares, while the krona weakened slightly against the euro.
Trading volumes were below the 30-day average.""")
]
cases.append(C("""DORVAL, July 17 (AP) - "We have lost contact with the vessel. We are treating this as a search and rescue operation," coastguard commander Elise Varga said on Thursday. "Weather conditions are extremely poor."
A fisherman in the harbour, who declined to give his name, said the boat had left port against the harbourmaster's advice.""",
  anon=["A fisherman in the harbour, who declined to give his name"],
  named=["coastguard commander [[Elise Varga]] said"],
  cues=["Varga [[said]] on Thursday", "name, [[said]] the boat"],
  not_anon=["coastguard commander Elise Varga"]))
write("wire", cases)
