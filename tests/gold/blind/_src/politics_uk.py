from mk import C, write
cases = [
C("""The Chancellor, Rebecca Ashdown, told MPs on Wednesday that the government would not borrow to fund day-to-day spending. “Those rules are not up for negotiation,” she said.""",
  named=["[[The Chancellor, Rebecca Ashdown]]", "[[she]] said."],
  cues=["Ashdown, [[told]] MPs", "she [[said]]."],
  not_anon=["The Chancellor, Rebecca Ashdown"]),
C("""No 10 sources said the prime minister was “relaxed” about the rebellion and expected fewer than 30 Labour backbenchers to vote against the bill.
A Downing Street spokesman later said the government was confident of winning the vote.""",
  anon=["No 10 sources"],
  cues=["sources [[said]] the prime", "spokesman later [[said]] the government"],
  not_contested=["“relaxed”"],
  ambiguous=["A Downing Street spokesman"]),
C("""The shadow home secretary, Graham Pellow, has claimed that more than 10,000 migrants were released from detention without checks last year. Home Office figures published in February show 1,140 releases from detention in that period, all of them subject to reporting conditions.""",
  named=["[[The shadow home secretary, Graham Pellow]]"],
  cues=["Pellow, [[has claimed]]"],
  ambiguous=["[[Home Office figures]]", "February [[show]]"],
  contested=["Pellow, [[has claimed]]"],
  not_anon=["The shadow home secretary, Graham Pellow"]),
C("""Backbench Conservatives have set out three demands in return for backing the planning bill:
1. a guarantee that green belt land will not be reclassified;
2. a local veto on developments of more than 500 homes;
3. a review of housing targets within two years.
Ministers are understood to be willing to concede the third point but not the first two.""",
  demands=[("Backbench Conservatives", ["a guarantee that green belt land will not be reclassified", "a local veto on developments of more than 500 homes", "a review of housing targets within two years"])],
  ambiguous=["[[have set out three demands]]", "Ministers [[are understood]]"]),
C("""A cabinet minister, speaking on condition of anonymity because they were not authorised to discuss the talks, said the coalition partners were “a long way apart” on immigration.
The minister added that a deal before the summer recess looked unlikely.""",
  anon=["A cabinet minister", "The minister added"],
  cues=["talks, [[said]] the coalition", "minister [[added]]"],
  not_contested=["“a long way apart”"],
  ambiguous=["[[on condition of anonymity]]"]),
C("""The Liberal Democrats are calling for an independent inquiry into the contract and the suspension of the minister involved while it takes place. The party's leader, Fiona McAra, told the BBC: “The public deserves to know who signed this off.”""",
  named=["[[The party's leader, Fiona McAra]]"],
  cues=["McAra, [[told]] the BBC"],
  not_anon=["The party's leader, Fiona McAra", "the BBC"],
  demands=[("The Liberal Democrats", ["an independent inquiry into the contract", "the suspension of the minister involved while it takes place"])],
  ambiguous=["[[are calling for]]"]),
C("""Allies of the former prime minister have pushed the claim that the leadership contest was rigged against him. The party's returning officer, an independent solicitor, published the full count and found no irregularities, and none of the candidates lodged a formal complaint.""",
  anon=["Allies of the former prime minister"],
  cues=["[[have pushed the claim]]"],
  contested=["[[have pushed the claim]]"],
  not_anon=["The party's returning officer, an independent solicitor"]),
C("""Whitehall insiders say the Treasury has blocked a plan to scrap the two-child benefit cap, arguing it would cost £3.4bn a year.
The Treasury said it did not comment on leaks.""",
  anon=["Whitehall insiders"],
  named=["[[The Treasury]] said"],
  cues=["insiders [[say]]", "[[arguing]] it", "Treasury [[said]] it"],
  not_anon=["[[The Treasury]] said"]),
C("""The Commons voted by 312 to 245 on Tuesday night to approve the second reading of the Rail Services Bill. The bill now moves to committee stage, where MPs will examine it line by line.""")
,
C("""Speaking to the Commons liaison committee, the Prime Minister, Owen Treharne, said the government “will not be bounced” into a second referendum. He told MPs the party had been elected on a clear promise and that he intended to keep it.
Opposition MPs dismissed his remarks as evasive.""",
  named=["[[the Prime Minister, Owen Treharne]]", "[[He]] told MPs"],
  cues=["Treharne, [[said]] the", "He [[told]] MPs", "MPs [[dismissed]]"],
  not_anon=["the Prime Minister, Owen Treharne"],
  not_contested=["“will not be bounced”"],
  ambiguous=["[[Opposition MPs]] dismissed", "[[dismissed his remarks as evasive]]"]),
]
write("politics_uk", cases)
