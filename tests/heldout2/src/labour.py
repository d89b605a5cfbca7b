from lib import C, write
cases = [
C("""The Northern Rail Workers' Union has set out three demands ahead of next week's ballot: a 9% pay rise, the reinstatement of two sacked guards and an end to driver-only operation on rural lines.

The operator, Tamsett Rail, said the claims were "unaffordable" and urged the union to return to talks.""",
  named=["The operator, Tamsett Rail"],
  cues=["Rail, [[said]]"],
  not_contested=["the claims", "\"unaffordable\""],
  ambiguous=["has set out three demands", "urged"],
  demands=[("The Northern Rail Workers' Union", ["a 9% pay rise", "the reinstatement of two sacked guards", "an end to driver-only operation on rural lines"]),
           ("The operator, Tamsett Rail", ["return to talks"])]),

C("""Striking cleaners at Tillerby Cross hospital have presented management with a list of demands:

- payment of the real living wage from April
- sick pay from the first day of illness
- an end to zero-hours contracts

A spokesperson for the contractor, Brightwell Services, said it was "reviewing" the list.""",
  cues=["Services, [[said]]"],
  not_contested=["\"reviewing\""],
  ambiguous=["A spokesperson for the contractor, Brightwell Services", "a list of demands"],
  demands=[("Striking cleaners at Tillerby Cross hospital", ["payment of the real living wage from April", "sick pay from the first day of illness", "an end to zero-hours contracts"])]),

C("""Teachers in the Corrisby district will strike on 4 and 5 March unless the council agrees to:

1. cap class sizes at 30;
2. restore planning time cut in 2023;
3. reverse the closure of two special-needs units.

The union's district secretary, Joan Abara, said members had voted 87% in favour. Council leader Derek Salt denied that class sizes had risen, saying the average was unchanged at 27.""",
  named=["The union's district secretary, Joan Abara", "Council leader Derek Salt"],
  cues=["Abara, [[said]]", "denied", "saying"],
  contested=["denied"],
  not_anon=["Council leader Derek Salt"],
  ambiguous=["unless the council agrees to"],
  demands=[("Teachers in the Corrisby district", ["cap class sizes at 30", "restore planning time cut in 2023", "reverse the closure of two special-needs units"])]),

C("""Thousands of farmers drove tractors into central Velby on Wednesday, calling for the scrapping of a new fertiliser levy and compensation for last summer's drought losses. Protest organisers said they would leave the city only on condition that the agriculture minister meets them in person.

The ministry said the levy was needed to meet water-quality targets set by the European Union.""",
  named=["The ministry"],
  cues=["organisers [[said]]", "ministry [[said]]"],
  ambiguous=["calling for", "Protest organisers", "on condition that"],
  demands=[("Thousands of farmers", ["the scrapping of a new fertiliser levy", "compensation for last summer's drought losses"]),
           ("Protest organisers", ["the agriculture minister meets them in person"])]),

C("""Management at the Orrin car plant has claimed that productivity fell by a fifth after the new shift pattern was introduced. Figures the company filed with the regional development agency in October show output per worker rising over the same period.

Two union officials, who did not want to be named before the ballot result, said members were likely to reject the latest offer.""",
  anon=["Two union officials"],
  named=["Management at the Orrin car plant"],
  cues=["has claimed", "result, [[said]]"],
  contested=["has claimed"],
  ambiguous=["[[show]] output"]),

C("""The dockers' union is pressing the port authority to lift a ban on overtime, resolve a dispute over unpaid holiday pay, and protect the jobs of 60 crane operators threatened by automation, the Harbour Gazette reported, citing a leaked copy of the union's letter.

The authority insists on a three-year pay freeze as part of any settlement.""",
  named=["the Harbour Gazette"],
  cues=["reported", "citing"],
  ambiguous=["is pressing", "a leaked copy of the union's letter", "insists on"],
  demands=[("The dockers' union", ["lift a ban on overtime", "resolve a dispute over unpaid holiday pay", "protect the jobs of 60 crane operators threatened by automation"]),
           ("The authority", ["a three-year pay freeze"])]),

C("""About 20,000 people marched through Sallow on Saturday against pension cuts, according to the organisers. Police put the figure at 6,500.

Marchers called for the retirement age to be frozen at 62 and for the government to reverse a cut to survivors' pensions.""",
  cues=["according to"],
  ambiguous=["the organisers", "Police put the figure at", "called for"],
  demands=[("Marchers", ["the retirement age to be frozen at 62", "the government to reverse a cut to survivors' pensions"])]),

C("""Workers at the Dunmarrow bottling plant returned to work on Monday after a nine-day strike ended with a 6% pay deal. The agreement runs until 2027 and includes an extra day of annual leave."""),

C("""Nurses' leaders warned on Thursday that they would escalate industrial action unless the health secretary reopens pay talks and commits to a fully funded award. The Department of Health dismissed the warning as "political posturing", adding that this year's 5.5% rise was "fair and final".""",
  named=["The Department of Health"],
  cues=["warned", "dismissed", "adding"],
  not_contested=["\"fair and final\""],
  ambiguous=["Nurses' leaders", "unless", "dismissed the warning as", "\"political posturing\""],
  demands=[("Nurses' leaders", ["the health secretary reopens pay talks", "commits to a fully funded award"])]),

C("""Couriers for the delivery app Zipp logged off en masse across Pellworth on Friday night. They want a minimum fee of £4 per drop, accident insurance and an appeals process for deactivated accounts, said Kofi Mensah, one of the organisers of the action.

Zipp said in a statement that most couriers earn "well above" the minimum wage.""",
  named=["Kofi Mensah, one of the organisers of the action", "[[Zipp]] said in"],
  cues=["[[said]] Kofi", "said in a statement"],
  not_contested=["\"well above\""],
  not_anon=["Kofi Mensah, one of the organisers of the action"],
  ambiguous=["want"],
  demands=[(["Couriers for the delivery app Zipp", "[[They]] want"], ["a minimum fee of £4 per drop", "accident insurance", "an appeals process for deactivated accounts"])]),
]
write("labour", cases)
