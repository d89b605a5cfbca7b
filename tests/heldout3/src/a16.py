CASES = [dict(
id="h3-16",
text='''
Police appeal for witnesses after jeweller's shop robbed in Marlow Street

Detectives are appealing for witnesses after three men armed with hammers robbed a jeweller's shop in Marlow Street, Dunmere, on Tuesday afternoon, escaping with watches and rings worth an estimated £180,000.

Officers were called to Castell & Sons at about 3.40pm. The shop's owner, Robert Castell, 62, was treated at the scene for a cut to his hand, police said.

Detective Inspector Sarah Whitfield, who is leading the investigation, said the men had smashed three display cabinets in under a minute before fleeing on two motorbikes towards the ring road. "This was a terrifying experience for the staff and for shoppers nearby. We are determined to find the people responsible," she said.

Witnesses described hearing "a noise like gunfire" as the glass shattered. One woman who was in a neighbouring café said the robbers wore black helmets and that one of them had shouted at staff to lie on the floor. Another witness, a bus driver, told the Dunmere Echo he saw the motorbikes go through a red light on Carver Road.

A Dunmere Police spokesperson said two motorbikes found burnt out on waste ground near Halsey Park later that evening were being examined by forensic officers. Police said they were keeping an open mind about whether the robbery was linked to a similar raid in the town of Easterby last month.

Some social media users have claimed the robbers were teenagers from a local estate. Police said there was "nothing at this stage to support that," and urged people not to speculate or share names online.

Mr Castell told the Echo he had run the shop for 35 years and had never been robbed. "It took them 50 seconds to take what took my family decades to build," he said.

Anyone with information is asked to call police quoting reference 0417, or to contact Crimestoppers anonymously.
''',
anon=["[[Witnesses]] described", "One woman who was in a neighbouring café", "Another witness, a bus driver", "Some social media users"],
named=["his hand, [[police]] said", "Detective Inspector [[Sarah Whitfield]]", "[[she]] said.\n\nWitnesses", "[[Police]] said they were", "[[Police]] said there was", "[[Mr Castell]] told the Echo", "[[he]] said.\n\nAnyone"],
cues=["police [[said]].\n\nDetective", "investigation, [[said]] the men", "she [[said]].\n\nWitnesses", "Witnesses [[described]]", "café [[said]] the robbers", "bus driver, [[told]]", "Police spokesperson [[said]]", "Police [[said]] they were", "users [[have claimed]]", "Police [[said]] there was", "Castell [[told]] the Echo", "he [[said]].\n\nAnyone"],
contested=["users [[have claimed]]"],
not_contested=["\"a noise like gunfire\""],
not_anon=["Detective Inspector Sarah Whitfield", "contact Crimestoppers anonymously", "Robert Castell, 62"],
ambiguous=["\"nothing at this stage to support that,\"", "A Dunmere Police spokesperson", "[[urged]] people", "Detectives are appealing for witnesses", "[[is asked]] to call"],
demands=[("[[Police]] said there was", ["not to speculate or share names online"])],
)]
