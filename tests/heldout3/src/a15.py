CASES = [dict(
id="h3-15",
text='''
Veltrane shares slide as chipmaker cuts outlook, blames customer delays

Shares of Veltrane Semiconductor fell 11 percent in early trading on Thursday after the company cut its full-year revenue forecast, saying two large customers had postponed orders for its power-management chips.

Veltrane now expects revenue of $4.1 billion to $4.3 billion for the year, down from an earlier forecast of $4.6 billion to $4.8 billion. Second-quarter revenue rose 3 percent to $1.02 billion, slightly below the $1.05 billion analysts had expected, according to data compiled by MarketLens.

"This is a timing issue, not a demand issue," chief executive Alana Reyes told analysts on a conference call. "The orders have moved, not disappeared. We expect most of them to land in the first half of next year." She declined to name the customers.

Several analysts on the call pressed Reyes on whether Veltrane was losing ground to cheaper Asian rivals. Bernard Lau of Fairhaven Securities asked whether the delays were linked to a customer switching suppliers, and Reyes said there was "no evidence of that whatsoever."

Not everyone was convinced. "Management keeps saying the orders are just delayed, but we've heard that for three quarters now," said Priya Chandran, an analyst at Northfield Capital, who cut her price target to $62 from $75. Two other analysts who cover the company, speaking on condition of anonymity because their firms restrict public comments, said they believed at least one customer had qualified a rival's chips.

Chief financial officer Mark Ostby said Veltrane would cut capital spending by $200 million this year and pause hiring outside its research teams. He said gross margin would fall to about 44 percent from 47 percent in the third quarter.

Veltrane also said it had bought back $300 million of its own shares during the quarter and would keep its dividend unchanged.

The company's shares have fallen 28 percent this year, compared with a 9 percent rise in the benchmark semiconductor index.
''',
anon=["Two other analysts who cover the company"],
named=["[[the company]] cut its full-year", "chief executive [[Alana Reyes]]", "and [[Reyes]] said there", "[[Priya Chandran]], an analyst", "Chief financial officer [[Mark Ostby]]", "[[He]] said gross", "[[Veltrane]] also said"],
cues=["[[saying]] two large", "[[according to]] data", "Reyes [[told]] analysts", "Reyes [[said]] there was", "[[said]] Priya Chandran", "public comments, [[said]]", "Ostby [[said]]", "He [[said]] gross", "Veltrane also [[said]]"],
contested=[],
not_contested=["\"no evidence of that whatsoever.\""],
not_anon=["[[Several analysts]] on the call", "Bernard Lau of Fairhaven Securities", "data compiled by MarketLens", "Chief financial officer Mark Ostby"],
ambiguous=["the $1.05 billion [[analysts]] had expected", "[[blames]] customer delays", "[[asked]] whether the delays", "[[pressed]] Reyes", "[[Management]] keeps saying", "Management keeps saying the orders are just delayed, but we've heard that for three quarters now", "[[declined to name]] the customers"],
demands=[],
)]
