CASES = [dict(
id="h3-08",
text='''
Climate activists block Brenholt refinery gates; 34 arrested

About 200 climate protesters blocked the entrances to the Brenholt oil refinery for nine hours on Saturday, chaining themselves to lorries and unfurling a banner reading "No New Drilling," before police cleared the site.

The group behind the action, Tideturn, said it was demanding that the government cancel three offshore drilling licences issued last year, ban new fossil-fuel advertising and fund free public transport for under-25s. "We've written letters. We've marched. Nobody listened, so now we're sitting in the road," spokesperson Jamie Okwu, 23, told reporters at the scene.

Eastholm Police said in a statement that officers arrested 34 people on suspicion of obstructing the highway and aggravated trespass. Superintendent Rachel Dunmore said the protest had "caused serious disruption to local residents and emergency vehicles" and that officers had acted "proportionately throughout."

Tideturn accused officers of using pain-compliance holds on seated protesters and said two people had been taken to hospital with wrist injuries. The force denied that any unlawful force was used and said one person had been treated by paramedics for a minor injury. Videos shared online by the group show at least one officer bending a protester's wrist behind her back; the force said it would review the footage.

Refinery owner Northgate Energy said fuel supplies had not been affected. A company spokesperson called the blockade "reckless and dangerous" and urged the government to give police stronger powers to prevent protests near critical infrastructure.

Several residents of the neighbouring village of Hallow Green said they supported the cause but not the tactics. "My husband couldn't get to his dialysis appointment," one woman said. She did not want her name published.

Tideturn has falsely claimed in previous campaigns that the refinery is operating without an environmental permit. Its permit was renewed by the regional environmental regulator in 2023 and runs until 2033.

The group said further actions were planned for the summer.
''',
anon=["Several residents of the neighbouring village of Hallow Green", "[[one woman]] said"],
named=["[[Tideturn]], said it was demanding", "spokesperson [[Jamie Okwu]]", "[[Eastholm Police]] said in a statement", "Superintendent [[Rachel Dunmore]]", "[[Tideturn]] accused officers", "[[The force]] denied", "[[the force]] said it would review", "Refinery owner [[Northgate Energy]] said", "[[Tideturn]] has falsely claimed", "[[The group]] said further"],
cues=["Tideturn, [[said]] it was demanding", "Okwu, 23, [[told]] reporters", "Eastholm Police [[said in a statement]]", "Dunmore [[said]] the protest", "Tideturn [[accused]] officers", "protesters and [[said]] two people", "The force [[denied]]", "and [[said]] one person", "the force [[said]] it would", "Northgate Energy [[said]] fuel", "spokesperson [[called]] the blockade", "Hallow Green [[said]] they", "one woman [[said]]", "Tideturn [[has falsely claimed]]", "The group [[said]] further"],
contested=["The force [[denied]]", "Tideturn has [[falsely claimed]]"],
not_contested=["\"caused serious disruption to local residents and emergency vehicles\"", "\"proportionately throughout.\"", "\"reckless and dangerous\"", "\"No New Drilling,\""],
not_anon=["Superintendent Rachel Dunmore", "the regional environmental regulator"],
ambiguous=["[[A company spokesperson]] called", "Videos shared online by the group [[show]]", "[[was demanding]] that", "[[urged]] the government", "Tideturn accused officers of using pain-compliance holds on seated protesters", "She did not want her name published"],
demands=[
 (["The group behind the action, [[Tideturn]]", "[[Tideturn]], said it was demanding"], ["the government cancel three offshore drilling licences issued last year", "ban new fossil-fuel advertising", "fund free public transport for under-25s"]),
 (["Refinery owner [[Northgate Energy]] said", "A company spokesperson"], ["give police stronger powers to prevent protests near critical infrastructure"]),
],
)]
