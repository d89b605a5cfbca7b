CASES = [dict(
id="h3-19",
text='''
Brightwater Rail to add 40 new trains, promises fewer cancellations

Rail operator Brightwater Rail will introduce 40 new electric trains on its Coastway routes by the end of next year, the company announced on Monday, in what it described as "the biggest upgrade to the network in a generation."

The £620 million order, placed with manufacturer Hollins Rolling Stock, will replace diesel trains that are on average 34 years old. Brightwater said the new fleet would add 9,000 seats a day at peak times and cut journey times between Saltmere and Kellbridge by up to eight minutes.

"Our passengers have been patient with us, and they deserve better," managing director Fiona Gallagher said in a press release. "These trains are quieter, greener and far more reliable. We expect cancellations caused by train faults to fall by more than 60 percent."

The company said the trains would be built at Hollins's factory in Wrexley, supporting around 300 jobs. Hollins chief executive Dev Patel said the contract would "secure the future of the site for the next decade."

The release did not mention that Brightwater has the worst punctuality record of any operator in the region. Figures from the Office of Rail Performance show that 7.8 percent of its services were cancelled in the year to March, against a regional average of 3.1 percent.

Passenger group Coastway Commuters welcomed the announcement but said the company had promised new trains twice before, in 2016 and 2019. The group is calling for compensation to be paid automatically for delays of more than 15 minutes and for Brightwater to publish monthly cancellation figures for each route.

The Coastway Transport Authority, which approved the funding, said in a statement that the investment would be "repaid through higher fares revenue over the life of the franchise," but did not say whether ticket prices would rise.

Brightwater said the first new trains would enter service in the spring.
''',
anon=[],
named=["the [[company]] announced", "[[it]] described as", "[[Brightwater]] said the new fleet", "managing director [[Fiona Gallagher]]", "[[The company]] said the trains", "Hollins chief executive [[Dev Patel]]", "Passenger group [[Coastway Commuters]]", "[[The Coastway Transport Authority]], which approved", "[[Brightwater]] said the first"],
cues=["company [[announced]]", "it [[described]] as", "Brightwater [[said]] the new fleet", "Gallagher [[said in a press release]]", "The company [[said]] the trains", "Dev Patel [[said]]", "announcement but [[said]]", "[[said in a statement]] that the investment", "Brightwater [[said]] the first"],
contested=[],
not_contested=["\"the biggest upgrade to the network in a generation.\"", "\"secure the future of the site for the next decade.\"", "\"repaid through higher fares revenue over the life of the franchise,\""],
not_anon=["manufacturer Hollins Rolling Stock", "the Office of Rail Performance"],
ambiguous=["[[promises]] fewer", "Figures from the Office of Rail Performance [[show]]", "The release did not mention", "[[is calling for]] compensation", "[[welcomed]] the announcement", "did not say whether ticket prices would rise"],
demands=[
 ("[[The group]] is calling for", ["compensation to be paid automatically for delays of more than 15 minutes", "Brightwater to publish monthly cancellation figures for each route"]),
],
)]
