CASES = [dict(
id="h3-03",
text='''
Inside the water authority’s missing millions

By Dana Whitcombe | The Ridgeline Ledger

The Tesmer County Water Authority paid more than $14 million to a pipe contractor owned by a board member’s brother-in-law over four years, according to invoices obtained by the Ledger and interviews with eleven current and former employees.

Six of those employees, who spoke on condition of anonymity because they fear losing their jobs, said senior managers routinely split large orders into smaller ones to stay under the $50,000 threshold that triggers a public tender. “Everybody knew what the numbers were for,” one longtime engineer said. “You didn’t ask.”

Two former procurement officers, who requested anonymity because they signed non-disclosure agreements when they left, told the Ledger they had raised concerns with the authority’s general counsel in 2021 and were moved to other departments within weeks.

The contractor, Brisco Line Services, did not respond to repeated requests for comment. Board member Howard Tenney, whose sister is married to Brisco’s owner, denied any involvement in contracting decisions. “I have never touched a purchase order in my life,” Tenney said in a phone interview.

Records show otherwise. Meeting minutes from March 2022 list Tenney as the member who moved to approve an emergency payment of $380,000 to Brisco for work on the Dell Creek main.

The authority’s executive director, Loretta Vance, said in an emailed statement that the organisation “follows every applicable procurement rule” and had hired an outside firm to review the contracts. She did not say when the review would be finished.

A person familiar with the state auditor’s office said investigators had requested the authority’s payment records in January. The auditor’s office said it does not confirm or deny the existence of investigations.

Ratepayers in the county have seen bills rise 31 percent since 2020. Residents’ groups have called for an independent audit and for Tenney to step aside from the board while it is carried out.
''',
anon=["Six of those employees, who spoke on condition of anonymity", "one longtime engineer", "Two former procurement officers, who requested anonymity", "A person familiar with the state auditor’s office"],
named=["Board member [[Howard Tenney]]", "“I have never touched a purchase order in my life,” [[Tenney]] said", "[[Loretta Vance]], said", "[[The auditor’s office]] said it does"],
cues=["[[according to]] invoices", "their jobs, [[said]] senior", "one longtime engineer [[said]]", "[[told]] the Ledger", "Tenney, whose sister is married to Brisco’s owner, [[denied]]", "Tenney [[said]] in a phone", "Vance, [[said in an emailed statement]]", "auditor’s office [[said]] investigators", "The auditor’s office [[said]] it does"],
contested=["Tenney, whose sister is married to Brisco’s owner, [[denied]]"],
not_contested=["“follows every applicable procurement rule”"],
not_anon=["Board member Howard Tenney", "Brisco Line Services", "By Dana Whitcombe"],
ambiguous=["invoices obtained by the Ledger and interviews with eleven current and former employees", "Records [[show]] otherwise", "Meeting minutes from March 2022 [[list]]", "Residents’ groups", "[[have called for]] an independent", "She did not say when"],
demands=[
 ("[[Residents’ groups]] have called for", ["an independent audit", "Tenney to step aside from the board while it is carried out"]),
],
)]
