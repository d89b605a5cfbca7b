from lib import C, write
cases = [
C("""A former nurse at St Brannock's Hospital told an inquest on Tuesday that she raised concerns about a faulty infusion pump two days before a patient died.

Anita Rowe, 43, said she reported the fault to a ward manager but was told the device would be checked "when the engineers are free". The hospital trust's lawyer, Graham Fell, said the ward manager had no record of the conversation.

The inquest continues.""",
  named=["A former nurse at St Brannock's Hospital", "Anita Rowe, 43", "The hospital trust's lawyer, Graham Fell"],
  cues=["[[told]] an inquest", "43, [[said]]", "Fell, [[said]]"],
  not_anon=["A former nurse at St Brannock's Hospital"],
  not_contested=["\"when the engineers are free\""],
  ambiguous=["[[reported]] the fault", "was told"]),

C("""Property developer Conrad Ilse used forged planning documents to secure £6m in bank loans, a jury at Southwark Crown Court heard on Monday.

Prosecutors allege that Ilse, 58, created letters purporting to come from Dunmarrow council between 2017 and 2019. He denies four counts of fraud by false representation.

Opening the case, prosecutor Maya Ferrand said the loans were "built on paper that was never real".""",
  named=["Prosecutors", "[[He]] denies", "prosecutor Maya Ferrand"],
  cues=["allege", "He [[denies]]", "Ferrand [[said]]"],
  contested=["allege", "purporting", "He [[denies]]"],
  not_anon=["Prosecutors"],
  not_contested=["\"built on paper that was never real\""],
  ambiguous=["a jury at Southwark Crown Court heard"]),

C("""A man who ran a cannabis farm in a disused cinema in Pellworth was jailed for four years on Friday.

Judge Harriet Omole told Danny Creel, 31, that he had shown "no genuine remorse". Creel's barrister, Tomasz Wren, said his client had been pressured into the scheme by a man he owed money to.""",
  named=["Judge Harriet Omole", "Creel's barrister, Tomasz Wren"],
  cues=["[[told]] Danny", "Wren, [[said]]"],
  not_contested=["\"no genuine remorse\""]),

C("""A claims adjuster who sued Fennick Insurance for unfair dismissal has won his case at an employment tribunal in Corrisby.

The tribunal found that Liam Ostby, 39, was sacked after raising concerns about the rejection of flood claims. Fennick had argued that Ostby was dismissed for poor performance, a claim the tribunal rejected as "not supported by the evidence".

Fennick said it would consider an appeal.""",
  named=["[[Fennick]] had argued", "[[the tribunal]] rejected", "[[Fennick]] said it"],
  cues=["had argued", "tribunal [[rejected]]", "Fennick [[said]]"],
  contested=["[[a claim the tribunal rejected as]] \"not"],
  not_contested=["claims adjuster", "flood claims"],
  ambiguous=["[[The tribunal]] found", "tribunal [[found]]", "\"not supported by the evidence\""]),

C("""Coroner Edwin Marsh recorded a conclusion of misadventure at the inquest into the death of climber Sofia Relling, who fell on Ben Corrach in February.

The ascent had gone according to plan until the weather changed abruptly, the inquest heard. Her mountain guide, Callum Dray, said visibility dropped to a few metres "in a matter of minutes".

In a statement, Ms Relling's family said she had "died doing what she loved".""",
  named=["Her mountain guide, Callum Dray", "Ms Relling's family"],
  cues=["Dray, [[said]]", "family [[said]]"],
  not_contested=["\"in a matter of minutes\"", "\"died doing what she loved\""],
  ambiguous=["the inquest heard", "In a statement", "recorded a conclusion", "Coroner Edwin Marsh"]),

C("""Three former employees of Corvane Systems filed a lawsuit on Wednesday in federal court in Ohio, alleging the company fired them after they reported safety violations to regulators.

The complaint claims that managers ordered workers to disable alarms on a chemical mixing line. Corvane has denied any wrongdoing and said it would "vigorously defend" itself.""",
  named=["The complaint", "[[Corvane]] has denied"],
  cues=["alleging", "complaint [[claims]]", "has denied", "and [[said]] it"],
  contested=["alleging", "complaint [[claims]]", "has denied"],
  not_contested=["\"vigorously defend\""],
  ambiguous=["Three former employees of Corvane Systems", "they [[reported]] safety"]),

C("""The trial of four men accused of smuggling tobacco through the port of Velby was adjourned until March 3 after a juror fell ill. The judge discharged the jury on Thursday and ordered a retrial.""",
  ambiguous=["accused of"]),

C("""Giving evidence on the third day of the trial, Detective Sergeant Ravi Lennard told the court that the defendant had admitted being at the warehouse on the night of the fire. Under cross-examination, he accepted that the admission was not recorded.

The defendant, Peter Vosk, 27, has pleaded not guilty to arson. His lawyer has said the confession was "invented after the fact".""",
  named=["Detective Sergeant Ravi Lennard", "[[the defendant]] had admitted", "[[he]] accepted"],
  cues=["[[told]] the court", "had admitted", "accepted", "has said"],
  contested=["\"invented after the fact\""],
  not_anon=["Detective Sergeant Ravi Lennard"],
  ambiguous=["His lawyer", "has pleaded not guilty"]),

C("""The High Court in Tarrow has ordered the release of a journalist detained for 11 days under anti-terror laws, ruling that police had failed to show he posed any threat.

Police had claimed that Jonah Pietersz was in contact with a banned militia. Judge Lena Okafor said the only evidence offered was a single phone number found in his contacts list, which belonged to a university lecturer.""",
  named=["[[Police]] had claimed", "Judge Lena Okafor"],
  cues=["had claimed", "Okafor [[said]]"],
  contested=["had claimed"],
  not_anon=["[[Police]] had claimed"],
  ambiguous=["ruling", "The High Court in Tarrow"]),
C("""Jurors in the manslaughter trial of two Velby scaffolders retired to consider their verdicts on Wednesday. A court official said they were expected to deliberate for at least two days.

Outside court, a relative of the victim, who asked not to be named, said the family had "waited four years for this".""",
  anon=["A court official", "a relative of the victim"],
  cues=["official [[said]]", "named, [[said]]"],
  not_contested=["\"waited four years for this\""]),
]
write("courts", cases)
