CASES = [dict(
id="h3-20",
text='''
LIVE: Storm Heloise hits the west coast — as it happened

07:02 — Good morning. Storm Heloise made landfall overnight near Port Carrow, bringing gusts of up to 96mph. We'll bring you the latest throughout the day.

07:18 — The national weather service has extended its red warning for wind to cover the whole of the Carrow peninsula until 3pm. Chief forecaster Amira Dossou told broadcasters the next six hours would be "the most dangerous part of the storm."

07:45 — Western Grid says about 84,000 homes are without power. In a post on social media, the network operator said crews could not begin repairs until winds dropped below 50mph.

08:20 — A man in his 70s has died after a tree fell on his car on the B4110 near Lynfold, Carrow Police said. His family has been informed.

09:05 — Residents in Lower Harbour Street say water is "coming through the front doors." A firefighter at the scene, who was not authorised to speak to the press, told us crews had pulled four people from flooded ground-floor flats.

09:40 — Opposition environment spokesperson Dan Whitley has called for an emergency review of flood defences on the peninsula and demanded that the government release its delayed coastal protection plan. "This plan has been sitting on a minister's desk for eighteen months," he said.

10:15 — The Department for the Environment rejected that characterisation. A statement said the plan was "in its final stages" and that £40 million had already been spent on sea walls in Carrow since 2022.

10:52 — A video circulating online purports to show the Port Carrow lighthouse collapsing. It doesn't: the footage is from a 2019 demolition in another country, and the lighthouse is still standing, according to the harbour master, Gwen Pryor, who sent us a photo taken this morning.

11:30 — Rail operator Westline says all services west of Dunmoor are cancelled for the rest of the day. Passengers are urged not to travel.

12:10 — Officials at the local council say three rest centres are now open, at Lynfold school, Port Carrow leisure centre and St Anne's church hall.
''',
anon=["A firefighter at the scene, who was not authorised to speak to the press", "[[Officials at the local council]] say", "[[Residents in Lower Harbour Street]] say"],
named=["Chief forecaster [[Amira Dossou]]", "[[Western Grid]] says", "[[the network operator]] said", "[[Carrow Police]] said", "spokesperson [[Dan Whitley]]", "[[he]] said.\n\n10:15", "[[The Department for the Environment]] rejected", "[[A statement]] said the plan", "harbour master, [[Gwen Pryor]]", "Rail operator [[Westline]] says"],
cues=["Dossou [[told]] broadcasters", "Western Grid [[says]]", "network operator [[said]]", "Carrow Police [[said]]", "Harbour Street [[say]]", "the press, [[told]] us", "he [[said]].\n\n10:15", "Environment [[rejected that characterisation]]", "A statement [[said]]", "[[according to]] the harbour", "Westline [[says]]", "local council [[say]]"],
contested=["Environment [[rejected that characterisation]]", "[[purports]] to show"],
not_contested=["\"the most dangerous part of the storm.\"", "\"coming through the front doors.\"", "\"in its final stages\""],
not_anon=["Opposition environment spokesperson Dan Whitley", "Chief forecaster Amira Dossou"],
ambiguous=["A [[video]] circulating", "[[has called for]] an emergency", "[[demanded]] that the government", "[[are urged]] not to travel", "has extended its red warning", "In a post on social media"],
demands=[
 ("Opposition environment spokesperson [[Dan Whitley]]", ["an emergency review of flood defences on the peninsula", "the government release its delayed coastal protection plan"]),
],
)]
