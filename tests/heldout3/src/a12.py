CASES = [dict(
id="h3-12",
text='''
Residents fight plan for 14-storey tower on Fenwick Road car park

More than 600 people have signed a petition against plans for a 14-storey block of flats on the site of the Fenwick Road car park in Ashmereton, saying the building would overshadow homes and overwhelm the area's only GP surgery.

The Fenwick Residents' Association, which organised the petition, is calling for the height to be cut to six storeys, for at least 40 percent of the flats to be affordable and for a new health centre to be built before anyone moves in. It also wants the council to hold a public meeting before the planning committee votes on March 18.

"Nobody is against new homes. We're against a tower that blocks out the sun for half the street," said the association's chair, Margaret Oyelaran, 67, who has lived on Fenwick Road for 31 years.

Ashmereton Borough Council, which owns the car park and would receive a share of the sale price, said the scheme had been "designed to meet urgent housing need" and would include 30 percent affordable units. A council spokesperson said a public meeting was "not currently planned" but that all comments submitted through the planning portal would be considered.

Councillor Tom Reddy, the cabinet member for housing, rejected suggestions that the council had a conflict of interest. "The planning committee is independent of the council as landowner. That's the law," he said.

Some residents have alleged that the developer, Larkspur Homes, was given an early look at the site before it was put up for tender. Larkspur said in a statement that it had "followed the same process as every other bidder." Council documents released under freedom of information show that Larkspur staff attended a site visit in August 2022, two months before the tender opened; other bidders were invited in October.

Opposition councillor Fiona Marsh said the documents raised "serious questions" and urged the council to pause the sale until an independent review had been completed.

A decision is expected next month.
''',
anon=["[[Some residents]] have alleged"],
named=["[[Ashmereton Borough Council]], which owns", "association's chair, [[Margaret Oyelaran]]", "Councillor [[Tom Reddy]]", "[[he]] said.\n\nSome", "[[Larkspur]] said in a statement", "Opposition councillor [[Fiona Marsh]]"],
cues=["[[saying]] the building", "[[said]] the association's chair", "share of the sale price, [[said]]", "A council spokesperson [[said]]", "[[rejected suggestions]]", "he [[said]].\n\nSome", "[[have alleged]]", "Larkspur [[said in a statement]]", "Fiona Marsh [[said]]"],
contested=["[[have alleged]]", "[[rejected suggestions]]"],
not_contested=["\"designed to meet urgent housing need\"", "\"not currently planned\"", "\"serious questions\"", "\"followed the same process as every other bidder.\""],
not_anon=["Councillor Tom Reddy", "Opposition councillor Fiona Marsh", "the developer, Larkspur Homes"],
ambiguous=["[[A council spokesperson]] said", "More than 600 people have signed a petition", "[[is calling for]] the height", "[[also wants]] the council", "[[urged]] the council", "Council documents released under freedom of information [[show]]"],
demands=[
 (["[[The Fenwick Residents' Association]], which organised", "[[It]] also wants"], ["the height to be cut to six storeys", "at least 40 percent of the flats to be affordable", "a new health centre to be built before anyone moves in", "the council to hold a public meeting before the planning committee votes on March 18"]),
 ("Opposition councillor [[Fiona Marsh]]", ["pause the sale until an independent review had been completed"]),
],
)]
