from mk import C, write
cases = [
C("""Senator Marla Hensley said Tuesday that she would not support the highway bill unless it restored funding for rural bridge repairs.
“I have been clear from day one,” Hensley said. “No bridges, no vote.”""",
  named=["[[Senator Marla Hensley]] said", "[[Hensley]] said."],
  cues=["Hensley [[said]] Tuesday", "Hensley [[said]]."],
  not_anon=["Senator Marla Hensley"],
  demands=[(["Senator Marla Hensley", "[[she]] would not support"], ["restored funding for rural bridge repairs"])],
  ambiguous=["[[would not support the highway bill unless]]"]),
C("""The White House is weighing a plan to pause new oil leases on federal land for six months, according to two administration officials who spoke on condition of anonymity to discuss internal deliberations.
One of the officials said the president had not made a final decision.""",
  anon=["two administration officials", "One of the officials"],
  cues=["[[according to]] two", "officials [[said]] the president"],
  ambiguous=["[[on condition of anonymity]]"]),
C("""Gov. Trent Albury has claimed that the state's new voting machines flipped thousands of ballots in the November election. A hand recount of paper ballots in all 41 counties found no discrepancies larger than a dozen votes.""",
  named=["[[Gov. Trent Albury]] has claimed"],
  cues=["Albury [[has claimed]]"],
  contested=["Albury [[has claimed]]"],
  not_anon=["Gov. Trent Albury"]),
C("""House Democrats on Thursday unveiled a list of demands for any spending deal, calling for an extension of child care subsidies, a cap on insulin prices and new money for wildfire prevention.
Speaker Dale Rourke's office dismissed the list as “a wish list, not a negotiating position.”""",
  named=["[[Speaker Dale Rourke's office]] dismissed"],
  cues=["office [[dismissed]] the list"],
  demands=[("House Democrats", ["an extension of child care subsidies", "a cap on insulin prices", "new money for wildfire prevention"])],
  ambiguous=["[[calling for]] an extension", "[[dismissed the list as]]", "“a wish list, not a negotiating position.”"],
  not_anon=["Speaker Dale Rourke's office"]),
C("""“We’re not going to be lectured by people who voted for this mess,” said Rep. Anita Coulter of Ohio, a member of the Freedom Caucus.
Coulter told reporters that she expected at least 20 Republicans to oppose the rule.""",
  named=["said [[Rep. Anita Coulter of Ohio]]", "[[Coulter]] told reporters"],
  cues=["[[said]] Rep. Anita", "Coulter [[told]] reporters"],
  not_anon=["Rep. Anita Coulter of Ohio"]),
C("""A senior Republican aide said the leadership had privately counted enough votes to pass the measure, but cautioned that several members remained undecided.
Aides to the minority leader did not respond to emails.""",
  anon=["A senior Republican aide"],
  cues=["aide [[said]] the leadership", "[[cautioned]] that"],
  ambiguous=["Aides to the minority leader", "[[did not respond to emails]]"]),
C("""The campaign of mayoral candidate Jorge Villareal has spread the narrative that his opponent plans to close the city's public libraries. The opponent, council member Priya Anand, has proposed extending library opening hours and has never called for closures.""",
  named=["[[The campaign of mayoral candidate Jorge Villareal]]"],
  cues=["[[has spread the narrative]]"],
  contested=["[[has spread the narrative]]"],
  not_anon=["council member Priya Anand"],
  ambiguous=["[[called for]] closures"]),
C("""The Department of Veterans Affairs said in a statement that it had cleared 90% of the disability claims backlog. The agency's inspector general disputed that figure in a report released Monday, saying the department had excluded appeals from its count.""",
  named=["[[The Department of Veterans Affairs]] said", "[[The agency's inspector general]] disputed"],
  cues=["Affairs [[said]] in a statement", "general [[disputed]]", "[[saying]] the department"],
  contested=["general [[disputed]] that figure"],
  not_anon=["The agency's inspector general"],
  not_contested=["disability [[claims]] backlog"]),
C("""The governor signed the budget on Friday evening, two days after the legislature approved it by a vote of 71 to 29. The plan takes effect on July 1 and includes $3.2 billion for school construction.""")
,
C("""Union leaders want the administration to reinstate the collective bargaining rights it stripped from federal workers in March, and they are pressing for back pay for employees furloughed during the shutdown, according to a letter sent to the Office of Personnel Management on Wednesday.
The White House said it would review the letter.""",
  named=["[[The White House]] said", "[[a letter sent to the Office of Personnel Management]]"],
  cues=["[[according to]] a letter", "House [[said]] it would"],
  demands=[(["Union leaders", "[[they]] are pressing"], ["reinstate the collective bargaining rights it stripped from federal workers in March", "back pay for employees furloughed during the shutdown"])],
  ambiguous=["Union leaders [[want]] the", "[[are pressing for]]"]),
C("""Several people close to the vice president say he has grown frustrated with the pace of the investigation, though none would speak on the record. His spokesman, Carl Denby, said the vice president “has full confidence in the process.”""",
  anon=["Several people close to the vice president"],
  named=["[[His spokesman, Carl Denby]]"],
  cues=["president [[say]] he", "Denby, [[said]] the"],
  not_anon=["His spokesman, Carl Denby"],
  not_contested=["“has full confidence in the process.”"]),
]
cases.append(C("""## Governors' letter

In a letter to congressional leaders, the governors of 14 states set out what they want in the disaster relief package:

1. full federal reimbursement of emergency costs for 180 days;
2. a waiver of the local cost-share requirement;
3. faster payouts from the flood insurance program.

A spokesperson for the House Appropriations Committee said the requests "will be considered alongside all others.\"""",
  demands=[("the governors of 14 states", ["full federal reimbursement of emergency costs for 180 days", "a waiver of the local cost-share requirement", "faster payouts from the flood insurance program"])],
  cues=["Committee [[said]] the requests"],
  not_contested=["\"will be considered alongside all others.\""],
  ambiguous=["[[set out what they want]]", "A spokesperson for the House Appropriations Committee", "[[In a letter to congressional leaders]]"]))
write("politics_us", cases)
