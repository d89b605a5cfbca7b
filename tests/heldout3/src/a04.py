CASES = [dict(
id="h3-04",
text='''
Former hospital finance chief denies £2.3m fraud

A former finance director of Wexbury General Hospital took money meant for a cancer ward refurbishment and spent it on a holiday home in Portugal, a jury at Carnford Crown Court heard on Monday.

Gerald Ainsley, 58, of Old Mill Lane, Wexbury, denies four counts of fraud by abuse of position and one count of money laundering. He is standing trial alongside his former deputy, Priya Natt, 41, who denies one count of conspiracy to defraud.

Opening the case for the prosecution, Helen Marsh KC said Mr Ainsley had created a fictitious building supplier, "Crestline Fittings", and approved invoices from it worth £2.3 million between 2018 and 2021. "This was not a mistake with a spreadsheet," she told the jury. "It was a carefully built deception, and the defendant was its architect."

The prosecution alleges that Ms Natt signed off 14 of the invoices knowing the company did not exist. The court heard that a bank account linked to Crestline was registered to a flat in Carnford that had been empty since 2016.

Ms Marsh said that when investigators searched Mr Ainsley's home in 2022 they found a notebook listing the supplier's "directors", all of whom were invented names. She said the defendant had later claimed the notebook was "a novel I was writing."

Defence barrister Owen Pryce told jurors they should keep an open mind. He said his client accepted that some payments were "poorly documented" but insisted that every penny had been spent on hospital work. Ms Natt's lawyer said she had trusted her manager and was not a party to any plan.

The hospital trust said in a statement that it had "strengthened its financial controls" since the case came to light and was co-operating fully with police.

The trial, expected to last five weeks, continues.
''',
anon=[],
named=["Opening the case for the prosecution, [[Helen Marsh KC]] said", "[[she]] told the jury", "[[Ms Marsh]] said that", "[[She]] said the defendant", "[[the defendant]] had later claimed", "[[Gerald Ainsley]], 58", "[[Priya Natt]], 41", "Defence barrister [[Owen Pryce]]", "[[He]] said his client", "[[The hospital trust]] said in a statement", "[[The prosecution]] alleges"],
cues=["chief [[denies]] £2.3m", "Crown Court [[heard]]", "Ainsley, 58, of Old Mill Lane, Wexbury, [[denies]]", "41, who [[denies]]", "Helen Marsh KC [[said]]", "she [[told]] the jury", "The prosecution [[alleges]]", "The court [[heard]] that", "Ms Marsh [[said]] that", "She [[said]] the defendant", "had later [[claimed]]", "Owen Pryce [[told]] jurors", "He [[said]] his client", "but [[insisted]] that every", "Natt's lawyer [[said]]", "trust [[said in a statement]]"],
contested=["chief [[denies]] £2.3m", "Ainsley, 58, of Old Mill Lane, Wexbury, [[denies]]", "41, who [[denies]]", "The prosecution [[alleges]]", "had later [[claimed]]"],
not_contested=["\"poorly documented\"", "\"strengthened its financial controls\""],
not_anon=["Helen Marsh KC", "Defence barrister Owen Pryce"],
ambiguous=["[[Ms Natt's lawyer]] said", "Former hospital finance chief", "[[a jury at Carnford Crown Court]] heard", "[[The court]] heard that", "\"Crestline Fittings\"", "\"directors\"", "\"a novel I was writing.\"", "but insisted that every penny had been spent on hospital work"],
demands=[],
)]
