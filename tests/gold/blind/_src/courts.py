from mk import C, write
cases = [
C("""A former care home manager stole more than £180,000 from elderly residents over six years, Chelmbury Crown Court heard.
Prosecutors alleged that Denise Harkell, 54, forged residents' signatures on cheques and used the money to pay off gambling debts. Harkell denies 14 counts of fraud.""",
  named=["[[Prosecutors]] alleged", "[[Harkell]] denies"],
  cues=["Prosecutors [[alleged]]", "Harkell [[denies]]"],
  contested=["Prosecutors [[alleged]]", "Harkell [[denies]]"],
  not_anon=["[[Prosecutors]] alleged"],
  ambiguous=["Court [[heard]]", "Chelmbury Crown Court"]),
C("""The jury was told that the defendant, Marcus Oyelaran, had sent more than 200 threatening messages to his former business partner in the weeks before the fire.
Oyelaran, 39, of Pendle Row, has pleaded not guilty to arson with intent to endanger life. The trial continues.""",
  ambiguous=["[[was told]] that", "[[pleaded not guilty]]"],
  not_anon=["the defendant, Marcus Oyelaran"]),
C("""Giving evidence on Tuesday, Sgt Alan Burrage told the court he had seen the accused drop a knife as officers approached. Under cross-examination, he accepted that the street lighting was poor and that he had been about 30 metres away.
Defence barrister Helen Quartey suggested the officer had been mistaken. “I know what I saw,” Burrage replied.""",
  named=["[[Sgt Alan Burrage]] told the court", "[[Defence barrister Helen Quartey]]", "[[Burrage]] replied"],
  cues=["Burrage [[told]] the court", "he [[accepted]] that", "Quartey [[suggested]]", "Burrage [[replied]]"],
  not_anon=["Sgt Alan Burrage", "Defence barrister Helen Quartey"],
  ambiguous=["[[he]] accepted"]),
C("""Federal prosecutors in Harlan County have charged two executives of Brightwater Pharma with conspiring to conceal safety data from regulators, according to an indictment unsealed on Monday.
The company said the allegations were “without merit” and that it would defend itself vigorously. Both executives have pleaded not guilty.""",
  named=["[[an indictment unsealed on Monday]]", "[[The company]] said"],
  cues=["[[according to]] an indictment", "company [[said]] the allegations"],
  contested=["the [[allegations]] were"],
  not_contested=["“without merit”"],
  ambiguous=["[[pleaded not guilty]]", "[[Federal prosecutors in Harlan County]]"]),
C("""A man who claimed he had been wrongly billed for a parking permit lost his appeal at the county court on Thursday.
District Judge Sarah Brennock ruled that the council had followed the correct procedure and ordered Peter Lisle to pay £420 in costs.""",
  named=["[[District Judge Sarah Brennock]] ruled"],
  cues=["man who [[claimed]]", "Brennock [[ruled]]"],
  contested=["man who [[claimed]]"],
  not_anon=["District Judge Sarah Brennock", "[[A man]] who claimed"],
  ambiguous=["[[A man]] who claimed"]),
C("""The Supreme Court of Valtoria on Friday struck down a law that allowed police to hold suspects for 30 days without charge. In a 5-2 ruling, the court said the law violated the constitution's guarantee of personal liberty.
The interior ministry said it would draft a replacement within 60 days.""",
  named=["[[the court]] said", "[[The interior ministry]] said"],
  cues=["court [[said]] the law", "ministry [[said]] it would"],
  not_anon=["The Supreme Court of Valtoria"]),
C("""Lawyers for the rapper Kez Umbani want the judge to throw out the wiretap evidence and move the trial to another county, arguing that pretrial publicity has made a fair hearing impossible.
Prosecutors said in a filing that the motion was “a transparent attempt to delay.”""",
  named=["[[Prosecutors]] said"],
  cues=["[[arguing]] that", "Prosecutors [[said]] in a filing"],
  not_anon=["[[Prosecutors]] said"],
  demands=[("Lawyers for the rapper Kez Umbani", ["throw out the wiretap evidence", "move the trial to another county"])],
  ambiguous=["Umbani [[want]] the judge", "“a transparent attempt to delay.”"]),
C("""Trent Vasko, 28, of Millbeck, was jailed for four years at Hollin Crown Court on Monday after admitting causing death by dangerous driving on the A614 last July.""")
,
C("""The inquest heard that the 17-year-old had been reported missing three times in the month before her death.
A social worker, who cannot be named for legal reasons, said the case had been “escalated as far as it could go.” Coroner Anthony Rusk said he would issue a prevention of future deaths report.""",
  anon=["A social worker, who cannot be named for legal reasons"],
  named=["[[Coroner Anthony Rusk]] said"],
  cues=["reasons, [[said]] the case", "Rusk [[said]] he"],
  not_anon=["Coroner Anthony Rusk"],
  not_contested=["“escalated as far as it could go.”"],
  ambiguous=["inquest [[heard]]"]),
C("""Ms Farrow's claim that she was dismissed for whistleblowing was rejected by the employment tribunal, which found that she had been made redundant as part of a wider restructuring.
Her solicitor said she was considering an appeal.""",
  named=["[[the employment tribunal]]", "[[Her solicitor]] said"],
  cues=["[[was rejected]] by", "[[found]] that she", "solicitor [[said]] she"],
  contested=["[[was rejected]] by"],
  ambiguous=["Farrow's [[claim]] that"]),
C("""According to the charge sheet, Mr Delacroix is accused of accepting bribes worth $2.1 million from a construction firm in exchange for road contracts. He has denied wrongdoing, telling reporters outside the courthouse that the case was “political revenge.”""",
  named=["[[the charge sheet]]", "[[He]] has denied"],
  cues=["[[According to]] the charge", "He [[has denied]]", "[[telling]] reporters"],
  contested=["[[is accused of]]", "He [[has denied]]"],
  not_contested=["“political revenge.”"],
  not_anon=["Mr Delacroix"]),
]
write("courts", cases)
