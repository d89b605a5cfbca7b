CASES = [dict(
id="h3-05",
text='''
Palworth Foods explores sale of frozen-meals unit

NEW YORK, June 11 - Palworth Foods is exploring a sale of its frozen-meals division that could value the business at about $3 billion, people familiar with the matter said, as the packaged-food maker looks to cut debt after a string of weak quarters.

The company has hired investment bank Oakridge Partners to sound out potential buyers, including private equity firms and at least one rival food group, two of the people said. They asked not to be identified because the deliberations are private.

No final decision has been made and Palworth could still choose to keep the unit, the people added.

Palworth said in a statement that it "regularly reviews its portfolio to create value for shareholders" and does not comment on market rumours. Oakridge declined to comment.

The frozen division, which makes the Hearthside and Little Supper brands, accounted for about 22 percent of Palworth's revenue last year. Its sales fell 6 percent in the first quarter as shoppers switched to cheaper store brands, according to the company's latest filing.

Any deal is likely to draw scrutiny from the Consumer Markets Commission if a rival bidder emerges. The regulator has previously challenged mergers in the frozen-food aisle, and a CMC spokesperson said the agency "looks closely at any transaction that could raise prices for consumers," without addressing Palworth specifically.

Activist investor Brennan Hale Capital, which owns about 4 percent of Palworth, has pushed the company to simplify its structure. In a letter to the board in March, the fund called for the sale of non-core brands and a review of executive pay, and urged directors to appoint two independent board members with food-retail experience.

"The frozen business has been a drag on returns for five years," Brennan Hale founder Simone Okafor said in an interview on Tuesday. "We are glad the board is finally listening."

Shares of Palworth rose 4.2 percent in after-hours trading following the report.
''',
anon=["[[people familiar with the matter]] said", "[[two of the people]] said", "[[the people]] added"],
named=["[[Palworth]] said in a statement", "founder [[Simone Okafor]]"],
cues=["matter [[said]], as", "two of the people [[said]]", "the people [[added]]", "Palworth [[said in a statement]]", "[[according to]] the company's", "CMC spokesperson [[said]]", "Okafor [[said]] in an interview"],
contested=[],
not_contested=["\"regularly reviews its portfolio to create value for shareholders\"", "\"looks closely at any transaction that could raise prices for consumers,\""],
not_anon=["Activist investor Brennan Hale Capital", "investment bank Oakridge Partners", "the Consumer Markets Commission"],
ambiguous=["They asked not to be identified", "the company's latest filing", "a CMC spokesperson", "does not comment on market rumours", "[[has pushed]] the company", "[[called for]] the sale", "[[urged]] directors", "Oakridge declined to comment"],
demands=[
 (["Activist investor [[Brennan Hale Capital]]", "the [[fund]] called for"], ["simplify its structure", "the sale of non-core brands", "a review of executive pay", "appoint two independent board members with food-retail experience"]),
],
)]
