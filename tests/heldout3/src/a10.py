CASES = [dict(
id="h3-10",
text='''
Fact check: No, postal ballots in Marrow County were not printed with pre-filled votes

A video viewed more than 1.4 million times on social media claims to show postal ballots in Marrow County arriving at voters' homes with the box for the incumbent mayor already ticked. The clip is real, but the ballot in it is not from Marrow County, and the claim is false.

The narrative that the county's ballots were "rigged at the printer" has spread since Tuesday, when the video was shared by a popular account run by commentator Brett Calloway. Calloway has claimed that "thousands" of such ballots were mailed and called on the county to "cancel the postal vote." He did not provide any evidence for the figure.

The ballot shown in the video uses a green header and lists six candidates. Marrow County's official postal ballots, a sample of which the county election office published on its website on Sept. 2, have a blue header and list four mayoral candidates. The clip was first posted in 2021 by a user in another state and shows a sample ballot that had been marked for a training session, according to the original uploader, who confirmed this to us by email.

County elections director Sandra Whitlow said the printing contract includes an independent check of every batch. "There is no mechanism by which a printer could pre-mark ballots without it being caught at three separate points," she said. Whitlow said the office had received no complaints from voters about pre-marked ballots.

State Senator Dale Pruitt, who is backing the mayor's challenger, echoed the claim in a radio interview on Wednesday, saying voters had "every reason to be suspicious." Pruitt's office later said he had been "raising questions, not making accusations."

Calloway also falsely said that the county had "quietly extended" the deadline for postal ballots. The deadline remains 8 p.m. on election day, as set in state law.

Misleading posts about ballots tend to spike in the final weeks before a vote, said Nora Feld, a researcher who studies election misinformation at the Larchmont Institute.

Our ruling: False.
''',
anon=["[[the original uploader]], who confirmed"],
named=["[[Calloway]] has claimed", "elections director [[Sandra Whitlow]]", "[[she]] said. Whitlow", "said. [[Whitlow]] said the office", "State Senator [[Dale Pruitt]]", "[[Pruitt's office]] later said", "[[Calloway]] also falsely said", "[[Nora Feld]], a researcher"],
cues=["social media [[claims]] to show", "Calloway [[has claimed]]", "[[according to]] the original", "who [[confirmed]] this", "Sandra Whitlow [[said]] the printing", "she [[said]]. Whitlow", "Whitlow [[said]] the office", "[[echoed the claim]]", "[[saying]] voters", "office later [[said]]", "Calloway also [[falsely said]]", "before a vote, [[said]] Nora"],
contested=["social media [[claims]] to show", "the claim is [[false]]", "[[The narrative that]] the county's", "Calloway [[has claimed]]", "[[He did not provide any evidence]]", "[[echoed the claim]]", "Calloway also [[falsely said]]"],
not_contested=["\"every reason to be suspicious.\"", "\"raising questions, not making accusations.\""],
not_anon=["commentator Brett Calloway", "State Senator Dale Pruitt", "the Larchmont Institute"],
ambiguous=["A [[video]] viewed", "No, postal ballots in Marrow County were not printed", "\"rigged at the printer\"", "\"thousands\"", "[[called on]] the county", "\"quietly extended\"", "Our ruling: False."],
demands=[
 ("[[Calloway]] has claimed", ["cancel the postal vote"]),
],
)]
