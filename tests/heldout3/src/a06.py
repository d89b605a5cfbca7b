CASES = [dict(
id="h3-06",
text='''
Night-shift work linked to higher diabetes risk in large Nordic study

People who regularly work night shifts are about 30 percent more likely to develop type 2 diabetes than those who work only during the day, researchers at the University of Halsberg reported on Wednesday.

The team followed 118,000 adults in three Nordic countries for an average of 14 years, using national health and tax records to track working hours and diagnoses. The risk rose with the number of years spent on rotating nights, the researchers found, and was highest among workers under 40.

"What surprised us was how quickly the risk climbs in the first five years," said lead author Dr. Ingrid Solvang, an epidemiologist at Halsberg. "Employers should treat shift patterns as a health issue, not just a scheduling issue."

The study, published in the journal Metabolic Epidemiology, was funded by the Nordic Council for Occupational Health. The authors called for regular blood-sugar screening for night workers and urged employers to limit consecutive night shifts to three.

Critics say the findings may overstate the effect. Night-shift workers tend to earn less, sleep less and eat more irregularly, and observational studies cannot fully separate those factors from the shifts themselves, said Professor Aled Morgan, a statistician at Caerwyth University who was not involved in the research.

"It's a well-run cohort, but the word 'causes' appears in the press release and it should not," Morgan said. The press release issued by the university described night work as a "driver" of diabetes; the paper itself describes only an association.

Some industry groups have claimed that modern shift rosters already protect workers' health. The study found no difference in risk between workers on older and newer rotation systems.

An employers' federation in the region said in a statement that it would "study the results carefully" before commenting further.

About 15 percent of workers in the European Union work at night at least occasionally, according to EU labour figures.
''',
anon=["[[Critics]] say", "Some industry groups", "An employers' federation in the region"],
named=["[[researchers at the University of Halsberg]] reported", "[[the researchers]] found", "lead author [[Dr. Ingrid Solvang]]", "[[Professor Aled Morgan]], a statistician", "[[Morgan]] said. The press", "[[The study]] found no difference", "[[The press release issued by the university]] described"],
cues=["University of Halsberg [[reported]]", "the researchers [[found]]", "[[said]] lead author", "Critics [[say]]", "factors from the shifts themselves, [[said]]", "Morgan [[said]]. The press", "the university [[described]]", "industry groups [[have claimed]]", "The study [[found]] no", "region [[said in a statement]]", "[[according to]] EU"],
contested=["industry groups [[have claimed]]"],
not_contested=["\"study the results carefully\""],
not_anon=["Professor Aled Morgan", "the Nordic Council for Occupational Health", "the journal Metabolic Epidemiology"],
ambiguous=["described night work as a \"driver\" of diabetes", "the paper itself describes", "EU labour figures", "[[called for]] regular", "[[urged]] employers"],
demands=[
 ("[[The authors]] called for", ["regular blood-sugar screening for night workers", "limit consecutive night shifts to three"]),
],
)]
