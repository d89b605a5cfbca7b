CASES = [dict(
id="h3-18",
text='''
Analysis: The governor's crime numbers don't add up

Governor Lyle Hatcher has a story he likes to tell. In speech after speech this autumn, he has claimed that violent crime in the state has "fallen by half" since he took office, and that his Safe Streets programme is the reason.

The first half of that claim is false. According to the state's own Bureau of Criminal Statistics, violent crimes per 100,000 residents fell from 412 in 2020 to 361 last year, a drop of about 12 percent. Nowhere in the bureau's data is there a 50 percent fall.

The governor's office says the figure refers to homicides in the state's three largest cities, which did fall sharply between 2021 and 2023. But that is not what Hatcher says on stage, and homicides make up less than 2 percent of violent crime.

The second half of the claim is harder to test, and Hatcher's team has not tried. Safe Streets, which put $90 million into extra patrols in 14 counties, has never been independently evaluated. Crime fell by similar amounts in neighbouring states that had no such programme, according to figures compiled by the Midland Policy Institute.

Hatcher has also repeated the so-called "revolving door" narrative — the idea that judges routinely release violent offenders on the day of arrest. State court records show that of 8,900 people charged with violent felonies last year, 71 percent were held until their first hearing.

None of this means the governor's record is bad. Clearance rates rose under his watch, and the state's prison population has fallen without an obvious rise in reoffending, researchers at Carden State University found in a study published in May.

When I asked his spokesperson, Tara Quinlan, about the 50 percent figure, she said the governor "speaks in plain language for ordinary people, not statisticians." That is a fine aim. Plain language still has to be true.

Voters deserve numbers they can check. Hatcher should publish the data behind his claims and commission an independent review of Safe Streets before asking the legislature for another $60 million next spring.
''',
anon=[],
named=["[[he]] has claimed that violent", "[[the state's own Bureau of Criminal Statistics]]", "[[The governor's office]] says", "[[Hatcher]] has also repeated", "[[researchers at Carden State University]] found", "[[she]] said the governor", "spokesperson, [[Tara Quinlan]]"],
cues=["he [[has claimed]] that violent", "[[According to]] the state's", "The governor's office [[says]]", "[[has also repeated]]", "[[according to]] figures", "University [[found]]", "she [[said]] the governor"],
contested=["he [[has claimed]] that violent", "The first half of that claim is [[false]]", "[[so-called \"revolving door\" narrative]]"],
not_contested=["\"speaks in plain language for ordinary people, not statisticians.\""],
not_anon=["Governor Lyle Hatcher", "the Midland Policy Institute"],
ambiguous=["\"fallen by half\"", "The second half of the claim is harder to test", "has never been independently evaluated", "figures compiled by the Midland Policy Institute", "State court records [[show]]", "Hatcher should publish the data behind his claims and commission an independent review of Safe Streets", "asking the legislature for another $60 million", "that is not what Hatcher says on stage", "That is a fine aim. Plain language still has to be true."],
demands=[],
)]
