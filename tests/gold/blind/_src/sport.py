from mk import C, write
cases = [
C("""Redbridge Rovers are closing in on a £28m deal for Ashford City striker Tomás Ribeiro, sources close to the club have said.
The 24-year-old is understood to have agreed personal terms, and a medical could take place as early as Friday.""",
  anon=["sources close to the club"],
  cues=["[[have said]]"],
  not_anon=["Ashford City striker Tomás Ribeiro"],
  ambiguous=["[[is understood]] to have"]),
C("""“We did not deserve anything from that game,” Hallam United manager Gareth Pryce said. “We were second to every ball.”
Pryce confirmed that captain Liam Okafor would miss the next three weeks with a hamstring injury.""",
  named=["manager [[Gareth Pryce]] said", "[[Pryce]] confirmed"],
  cues=["Pryce [[said]].", "Pryce [[confirmed]]"],
  not_anon=["Hallam United manager Gareth Pryce", "captain Liam Okafor"]),
C("""The sources of the club's recent success are not hard to find: a settled back four, a striker in form and a manager who has stopped rotating his goalkeepers.""",
  not_anon=["The [[sources]] of the club's"]),
C("""Kingsmere's players want the club to clear three months of unpaid wages and guarantee next season's salaries before they will return to training, the players' union said in a statement on Tuesday.
The club said it was “working around the clock” to secure new investment.""",
  named=["[[the players' union]] said", "[[The club]] said"],
  cues=["union [[said]] in a statement", "club [[said]] it was"],
  not_contested=["“working around the clock”"],
  demands=[("Kingsmere's players", ["clear three months of unpaid wages", "guarantee next season's salaries"])],
  ambiguous=["players [[want]] the club"]),
C("""According to reports in Spain, Atlético Sierra have made a €40m offer for the Portuguese winger, though the player's agent insisted no bid had been received.
An agent familiar with the negotiations told this paper the figure was “fantasy.”""",
  anon=["An agent familiar with the negotiations"],
  named=["[[the player's agent]] insisted"],
  cues=["[[According to]] reports", "agent [[insisted]]", "negotiations [[told]] this paper"],
  not_contested=["“fantasy.”"],
  ambiguous=["[[reports in Spain]]", "agent [[insisted]]"]),
C("""The sprinter, who tested positive for a banned stimulant in April, has claimed the substance came from a contaminated supplement. An independent laboratory commissioned by the athletics federation tested the remaining capsules from the same batch and found no trace of the stimulant.""",
  named=["[[The sprinter]], who tested"],
  cues=["April, [[has claimed]]"],
  contested=["April, [[has claimed]]"]),
C("""Thornfield have rejected a second bid from Marchbank for defender Josh Adeleke, the club confirmed on Monday. Marchbank's offer, believed to be worth £15m, fell short of Thornfield's valuation.""",
  named=["[[the club]] confirmed"],
  cues=["club [[confirmed]]"],
  not_anon=["defender Josh Adeleke"],
  ambiguous=["Thornfield have [[rejected]] a second bid", "[[believed to be]]"]),
C("""Castleton Athletic won 3-1 at home to Pellbrook on Saturday, with two goals from Dean Hollis, to move up to fourth in the table.""")
,
C("""A senior figure at the league, who did not want to be named, said clubs had been warned that breaches of the spending rules would lead to points deductions this season.
League chief executive Nadia Brooks declined to discuss individual cases but said the rules “will be enforced.”""",
  anon=["A senior figure at the league, who did not want to be named"],
  named=["[[League chief executive Nadia Brooks]]"],
  cues=["named, [[said]] clubs", "[[said]] the rules"],
  not_anon=["League chief executive Nadia Brooks"],
  not_contested=["“will be enforced.”"]),
C("""The tennis federation has set out its conditions for lifting the suspension of the national team:

- an independent audit of the association's accounts;
- fresh elections for the board within six months;
- a written code of conduct for coaches.

The association's president, Viktor Hale, called the conditions “humiliating” but said he would meet the federation next week.""",
  named=["[[The association's president, Viktor Hale]]"],
  cues=["[[called]] the conditions", "[[said]] he would"],
  not_anon=["The association's president, Viktor Hale"],
  demands=[("The tennis federation", ["an independent audit of the association's accounts", "fresh elections for the board within six months", "a written code of conduct for coaches"])],
  ambiguous=["[[has set out its conditions for]]", "“humiliating”"]),
]
write("sport", cases)
