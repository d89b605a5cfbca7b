CASES = [dict(
id="h3-09",
text='''
Fitness app Strydr denies breach as users' data appears on hacking forum

Personal details of what appears to be more than 2 million users of the fitness app Strydr have been posted for sale on a cybercrime forum, according to two independent security researchers who examined a sample of the data.

The sample, seen by TechLine, includes names, email addresses, dates of birth and GPS traces of running routes, some of which begin and end at users' home addresses. Security researcher Mia Lindqvist, who runs the threat-intelligence firm Blackfen Labs, said the records contained internal user IDs that "would be very hard to fake."

Strydr denied that its systems had been compromised. "We have found no evidence of unauthorised access to our infrastructure," the company said in a statement on Friday, adding that the data may have been "scraped from public profiles or compiled from older, unrelated leaks."

But a second researcher, who asked not to be named because he regularly works with law-enforcement agencies, said several of the email addresses in the sample had been created only last month and could not have come from older leaks. He said the GPS files were stored in a format used only by Strydr's own servers.

The seller, who uses the handle "ghostlap", has claimed on the forum that the data was taken through an exposed cloud storage bucket. The claim has not been verified. Strydr chief technology officer Ravi Menon told TechLine on Saturday that the company's storage "has always been locked down," and suggested, without providing evidence, that a competitor had assembled the files to damage Strydr.

Privacy campaigners at the group OpenLedger Rights called for Strydr to notify every affected user and to switch off location sharing by default. The Data Protection Board said it was "making enquiries" with the company.

Users worried about their accounts should change their passwords and review privacy settings, Lindqvist said. Strydr's app is built partly on open-source software, and the company publishes some of its source code on GitHub.
''',
anon=["two independent security researchers", "a second researcher, who asked not to be named", "[[He]] said the GPS"],
named=["[[Strydr]] denies breach", "Security researcher [[Mia Lindqvist]]", "[[Strydr]] denied that", "[[the company]] said in a statement", "officer [[Ravi Menon]]", "[[The Data Protection Board]] said", "[[Lindqvist]] said. Strydr"],
cues=["Strydr [[denies]] breach", "[[according to]] two", "Blackfen Labs, [[said]]", "Strydr [[denied]] that", "the company [[said in a statement]]", "[[adding]] that the data", "law-enforcement agencies, [[said]]", "He [[said]] the GPS", "[[has claimed]] on the forum", "Menon [[told]] TechLine", "and [[suggested]], without", "Protection Board [[said]]", "Lindqvist [[said]]. Strydr"],
contested=["Strydr [[denied]] that", "[[has claimed]] on the forum", "Strydr [[denies]] breach", "[[without providing evidence]]"],
not_contested=["\"would be very hard to fake.\"", "\"has always been locked down,\"", "\"making enquiries\""],
not_anon=["open-source software", "source code", "Security researcher Mia Lindqvist", "the group OpenLedger Rights"],
ambiguous=["[[The seller, who uses the handle \"ghostlap\"]], has claimed", "[[has not been verified]]", "[[called for]] Strydr", "\"scraped from public profiles or compiled from older, unrelated leaks.\""],
demands=[
 ("[[Privacy campaigners at the group OpenLedger Rights]]", ["notify every affected user", "switch off location sharing by default"]),
],
)]
