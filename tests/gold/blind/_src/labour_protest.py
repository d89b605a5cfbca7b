from mk import C, write
cases = [
C("""Nurses at three Valebridge hospitals will strike next week after talks broke down. Their union, the Allied Health Workers' Union, is calling for a 9% pay rise, safe staffing ratios on every ward and an end to the use of agency staff on zero-hours contracts.
The hospitals' management said the demands were “unaffordable in the current climate.”""",
  named=["[[The hospitals' management]] said"],
  cues=["management [[said]] the demands"],
  not_anon=["the Allied Health Workers' Union"],
  not_contested=["“unaffordable in the current climate.”"],
  demands=[(["Their union, the Allied Health Workers' Union", "Nurses at three Valebridge hospitals"], ["a 9% pay rise", "safe staffing ratios on every ward", "an end to the use of agency staff on zero-hours contracts"])],
  ambiguous=["[[is calling for]]"]),
C("""Dock workers at the port of Selmouth have walked out for 48 hours. The strike committee's demands are:

- reinstatement of the four dismissed shop stewards;
- a cost-of-living payment of £1,500;
- no compulsory redundancies before 2027.

Port operator Brayford Holdings said it had offered a £900 payment and would not reinstate workers dismissed for gross misconduct.""",
  named=["[[Port operator Brayford Holdings]] said"],
  cues=["Holdings [[said]] it had"],
  not_anon=["Port operator Brayford Holdings"],
  demands=[(["[[The strike committee]]'s demands", "Dock workers at the port of Selmouth"], ["reinstatement of the four dismissed shop stewards", "a cost-of-living payment of £1,500", "no compulsory redundancies before 2027"])],
  ambiguous=["[[would not reinstate workers dismissed for gross misconduct]]"]),
C("""Thousands of people marched through central Aranda on Saturday calling for the resignation of the interior minister and a public inquiry into the deaths of two protesters last month.
Police said about 12,000 people took part; organisers put the figure at 40,000.""",
  named=["[[Police]] said"],
  cues=["Police [[said]]"],
  not_anon=["[[Police]] said"],
  demands=[("Thousands of people", ["the resignation of the interior minister", "a public inquiry into the deaths of two protesters last month"])],
  ambiguous=["Saturday [[calling for]]", "[[organisers put the figure at]]"]),
C("""Train drivers' union LASF wants the operator to drop plans for driver-only trains unless a second safety-critical worker is guaranteed on every service, general secretary Mick Roland told a rally in Carbridge.
“We will not gamble with passengers' lives,” he said.""",
  named=["[[general secretary Mick Roland]] told", "[[he]] said."],
  cues=["Roland [[told]] a rally", "he [[said]]."],
  not_anon=["general secretary Mick Roland"],
  demands=[(["Train drivers' union LASF", "general secretary Mick Roland"], ["drop plans for driver-only trains"])],
  ambiguous=["LASF [[wants]] the operator", "[[unless a second safety-critical worker is guaranteed on every service]]"]),
C("""Union members at the Fairhaven call centre voted by 87% to accept the company's improved offer, ending a dispute that began in February. The deal includes a 6% pay rise backdated to April.""")
,
C("""Climate protesters who blocked the Harnley bridge for six hours on Tuesday set out three demands: an end to new oil and gas licences, free public transport in the city and a citizens' assembly on climate policy.
A protester who gave her name only as Jess said the group would return “every week until we are heard.”""",
  cues=["Jess [[said]] the group"],
  not_contested=["“every week until we are heard.”"],
  demands=[("Climate protesters who blocked the Harnley bridge for six hours on Tuesday", ["an end to new oil and gas licences", "free public transport in the city", "a citizens' assembly on climate policy"])],
  ambiguous=["[[set out three demands]]", "[[A protester who gave her name only as Jess]]"]),
C("""Managers at the Corrin warehouse have been told to discourage staff from joining the union, according to two employees who shared internal guidance with reporters. They asked not to be named because they feared losing their jobs.
The company said it “respects the right of every employee to choose.”""",
  anon=["two employees who shared internal guidance with reporters", "[[They]] asked not to be named"],
  named=["[[The company]] said"],
  cues=["[[according to]] two", "company [[said]] it"],
  not_contested=["“respects the right of every employee to choose.”"],
  ambiguous=["[[have been told]] to"]),
C("""The teachers' federation has urged the education ministry to cut class sizes to a maximum of 25, recruit 4,000 additional teachers and restore funding for special needs assistants.
Education minister Paula Grieve said the government was “already delivering” on class sizes.""",
  named=["[[Education minister Paula Grieve]] said"],
  cues=["Grieve [[said]] the"],
  not_anon=["Education minister Paula Grieve"],
  not_contested=["“already delivering”"],
  demands=[("The teachers' federation", ["cut class sizes to a maximum of 25", "recruit 4,000 additional teachers", "restore funding for special needs assistants"])],
  ambiguous=["[[has urged]]"]),
C("""Strike leaders have claimed that 95% of the city's bus drivers stayed away from work on Monday. The bus company said 61 of its 140 scheduled services ran, and published depot records showing that about half of drivers had reported for their shifts.""",
  named=["[[The bus company]] said"],
  cues=["leaders [[have claimed]]", "company [[said]] 61"],
  contested=["leaders [[have claimed]]"],
  ambiguous=["[[Strike leaders]] have claimed"]),
C("""The cleaners' union is demanding the London living wage for all contract staff, sick pay from the first day of illness and the same holiday entitlement as directly employed workers, a spokesperson for the union said.
The university said it was reviewing its contracts with the cleaning firm.""",
  named=["[[The university]] said"],
  cues=["union [[said]].", "university [[said]] it"],
  demands=[("The cleaners' union", ["the London living wage for all contract staff", "sick pay from the first day of illness", "the same holiday entitlement as directly employed workers"])],
  ambiguous=["[[is demanding]]", "a spokesperson for the union"]),
]
write("labour_protest", cases)
