from lib import C, write
cases = [
C("""Adults who slept fewer than six hours a night were 27% more likely to develop type 2 diabetes over a decade, according to a study of 48,000 people published in the Journal of Metabolic Health on Monday.

"The association held even after we adjusted for diet and exercise," said lead author Dr Amara Quist of the University of Haldersby. She cautioned that the study was observational and could not prove cause and effect.""",
  named=["a study of 48,000 people", "lead author Dr Amara Quist", "[[She]] cautioned"],
  cues=["according to", "[[said]] lead author", "cautioned"],
  not_anon=["lead author Dr Amara Quist"]),

C("""The health ministry of Kessaly has claimed that the measles outbreak in the country's north was brought in by migrant workers. Genetic sequencing by the national reference laboratory matched the strain to one that has circulated locally since 2021.

Two doctors at the regional hospital in Ostrel, who spoke on condition of anonymity because staff have been told not to talk to the media, said vaccine stocks ran out in January.""",
  anon=["Two doctors at the regional hospital in Ostrel"],
  named=["The health ministry of Kessaly"],
  cues=["has claimed", "media, [[said]]"],
  contested=["has claimed"]),

C("""A preprint posted online this week suggests that a common antifungal drug could slow the growth of some brain tumours in mice. The findings have not yet been peer-reviewed.

Professor Hugh Lindqvist, a neuro-oncologist at Corrisby University who was not involved in the research, said the results were "intriguing but very early".""",
  named=["Professor Hugh Lindqvist"],
  cues=["research, [[said]]"],
  not_contested=["\"intriguing but very early\""],
  not_anon=["Professor Hugh Lindqvist"],
  ambiguous=["A preprint posted online this week", "suggests", "have not yet been peer-reviewed"]),

C("""The Norland Medicines Agency has suspended sales of the weight-loss drug Slimora after reports of alleged liver damage in 19 patients. Its maker, Vantris Pharma, said no causal link had been established and that it was "confident in the safety profile" of the drug.""",
  named=["Its maker, Vantris Pharma"],
  cues=["Pharma, [[said]]"],
  contested=["alleged liver damage"],
  not_contested=["\"confident in the safety profile\""],
  ambiguous=["reports of"]),

C("""The solar observatory on Mount Keller recorded its first images of the sun's corona on Tuesday. The telescope, which cost €240m, will operate for at least 20 years. Its instruments are powered by renewable energy sources, including a small hydroelectric plant.""",
  not_anon=["energy sources"]),

C("""Officials at the Corrisby Public Health Agency knew about contamination at the Elm Road water-treatment works for at least three weeks before issuing a boil-water notice, according to emails seen by the Post and a person familiar with the agency's response.

The agency's director, Dr Felix Hume, said the delay was caused by the need to confirm the test results and that no illnesses had been linked to the water.""",
  anon=["a person familiar with the agency's response"],
  named=["The agency's director, Dr Felix Hume"],
  cues=["according to", "Hume, [[said]]"],
  not_anon=["Officials at the Corrisby Public Health Agency"],
  ambiguous=["emails seen by the Post"]),

C("""Methane emissions from the Varn gas field are three times higher than the operator reports, researchers from the Institute for Atmospheric Studies in Haldersby said on Wednesday, based on satellite measurements over two years.

The operator, Nordgas, dismissed the findings as "based on flawed assumptions" and said its own monitoring met international standards.""",
  named=["researchers from the Institute for Atmospheric Studies in Haldersby", "The operator, Nordgas"],
  cues=["Haldersby [[said]]", "dismissed", "and [[said]] its"],
  contested=["dismissed the findings as"],
  not_anon=["researchers from the Institute for Atmospheric Studies in Haldersby"],
  ambiguous=["operator [[reports]]"]),

C("""Waiting lists for hip and knee operations in the Dunmarrow health board area have risen for 14 consecutive months, figures published on Thursday show. Senior NHS sources said the board had been told to prioritise cancer care over elective surgery.

The board's chief executive, Morag Ellis, said she expected waiting times to fall by the autumn.""",
  anon=["Senior NHS sources"],
  named=["The board's chief executive, Morag Ellis"],
  cues=["sources [[said]]", "Ellis, [[said]]"],
  ambiguous=["figures published on Thursday show", "had been told"]),

C("""Researchers analysed insurance claims data for 2.3 million children and found no link between the vaccine and autism, the Velby Institute of Child Health said on Friday. The claim that the vaccine causes autism was debunked years ago, but it continues to circulate on social media.""",
  named=["the Velby Institute of Child Health"],
  cues=["Health [[said]]"],
  contested=["was debunked"],
  not_contested=["claims data"],
  ambiguous=["found no link", "The claim that"]),
]
write("science_health", cases)
