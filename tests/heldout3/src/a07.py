CASES = [dict(
id="h3-07",
text='''
Port workers vote to strike as union tables pay demands

Dock workers at the Port of Eastmere will walk out for 48 hours from Monday after talks with operator Coastline Terminals broke down, the Harbour and Transport Workers' Union said on Thursday.

In a letter sent to management and seen by this newspaper, the union set out four demands:

- a 9 percent pay rise backdated to January;
- an end to zero-hour contracts for crane operators;
- a guaranteed 12-hour rest period between shifts;
- the reinstatement of two shop stewards dismissed in April.

"Our members have kept this port running through storms and a pandemic. They are not asking for the moon," union regional secretary Carol Brannigan told a rally outside the main gate. She said 87 percent of members who voted had backed the strike, on a turnout of 71 percent.

Coastline Terminals rejected the demands as "unaffordable" and said its offer of 5 percent plus a one-off payment of £750 was "fair and final." Chief executive Nigel Forsythe said in a statement that the company had "bent over backwards" to reach a deal and accused the union of putting "politics before pay."

The company also disputed the union's account of the dismissals, saying the two stewards were let go for "serious breaches of safety rules" unrelated to union activity. The union has called the sackings "victimisation" and has lodged a claim with an employment tribunal.

A manager at the port, who asked not to be named because he was not authorised to speak to the media, said about a third of the container traffic due next week had already been diverted to other harbours.

Local business leaders have urged both sides to return to the conciliation service Acas. Freight firms warned that a prolonged dispute could cause shortages of fresh produce in supermarkets across the region.

No new talks have been scheduled.
''',
anon=["A manager at the port, who asked not to be named", "Freight firms"],
named=["[[the Harbour and Transport Workers' Union]] said", "union regional secretary [[Carol Brannigan]]", "[[She]] said 87", "[[Coastline Terminals]] rejected the demands", "Chief executive [[Nigel Forsythe]]", "[[The company]] also disputed", "[[The union]] has called the sackings"],
cues=["Workers' Union [[said]] on Thursday", "Brannigan [[told]] a rally", "She [[said]] 87", "Coastline Terminals [[rejected]] the demands", "\"unaffordable\" and [[said]]", "Forsythe [[said in a statement]]", "[[accused]] the union", "The company also [[disputed]]", "[[saying]] the two stewards", "The union [[has called]] the sackings", "to the media, [[said]]", "Freight firms [[warned]]"],
contested=["The company also [[disputed]]"],
not_contested=["\"fair and final.\"", "\"bent over backwards\"", "\"serious breaches of safety rules\""],
not_anon=["union regional secretary Carol Brannigan", "Chief executive Nigel Forsythe", "the conciliation service Acas"],
ambiguous=["[[accused]] the union of", "rejected the demands as \"unaffordable\"", "\"politics before pay.\"", "\"victimisation\"", "[[set out four demands]]:", "[[have urged]] both", "union tables pay demands"],
demands=[
 (["the [[union]] set out four demands", "[[the Harbour and Transport Workers' Union]] said"], ["a 9 percent pay rise backdated to January", "an end to zero-hour contracts for crane operators", "a guaranteed 12-hour rest period between shifts", "the reinstatement of two shop stewards dismissed in April"]),
 ("[[Local business leaders]] have urged", ["return to the conciliation service Acas"]),
],
)]
