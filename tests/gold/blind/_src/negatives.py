from mk import C, write
cases = [
C("""Demand for copper rose 4% in the second quarter as grid operators in Asia and Europe expanded their networks, pushing prices to a two-year high.""")
,
C("""Wind and solar remain the fastest-growing energy sources in the region, while coal's share of generation fell below 20% for the first time.""",
  not_anon=["[[energy sources]] in"]),
C("""The construction of the ring road is proceeding according to plan, and the first section is due to open in October.""")
,
C("""Officers stopped the said vehicle on the A38 at about 11pm and found 3kg of cannabis in the boot. The driver, a 31-year-old man from Plympton, was arrested at the scene.""")
,
C("""Two Ferranian journalists were denied entry at Kessel airport on Sunday and put on a return flight after being held for nine hours.""",
  not_contested=["[[denied entry]]"]),
C("""Lena Hartigan has worked as a claims adjuster for a motor insurer for 11 years. Most of the claims she handles involve minor collisions in car parks.""",
  not_contested=["a [[claims adjuster]]", "the [[claims]] she handles"]),
C("""Finance Minister Tomas Ekholm said on Monday that inflation had fallen to 2.4% in October and that the government expected it to stay close to the central bank's target next year.
“The worst is behind us,” Ekholm told reporters in Valdenmark.""",
  named=["[[Finance Minister Tomas Ekholm]] said", "[[Ekholm]] told reporters"],
  cues=["Ekholm [[said]] on Monday", "Ekholm [[told]] reporters"],
  not_anon=["Finance Minister Tomas Ekholm"]),
C("""The project relies on open-source software and public data sources, and its source code is published on a public repository.""",
  not_anon=["[[open-source]] software", "public data [[sources]]", "its [[source code]]"]),
C("""Strong demand for air travel over the summer lifted the airline's revenue to a record, and the company said bookings for the autumn were running ahead of last year.""",
  named=["[[the company]] said"],
  cues=["company [[said]] bookings"]),
C("""The village was denied funding for a new sports hall in 2019, and again last year. The parish council will apply for a third time in the spring.""",
  not_contested=["[[was denied funding]]"]),
C("""Health Secretary Naomi Fairbairn told the Commons on Tuesday that waiting lists had fallen for the fourth month in a row. She said 7.1 million treatments were outstanding at the end of September, down from 7.3 million in June.""",
  named=["[[Health Secretary Naomi Fairbairn]]", "[[She]] said 7.1"],
  cues=["Fairbairn [[told]] the Commons", "She [[said]] 7.1"],
  not_anon=["Health Secretary Naomi Fairbairn"]),
C("""The new bridge was opened on condition that heavy goods vehicles are restricted to a single lane until load tests are completed in March.""",
  ambiguous=["[[on condition that]]"]),
C("""A source of pride for the town, the restored bandstand will host free concerts every Sunday in August. The alleged ghost of the old bandmaster has, so far, failed to appear.""",
  not_anon=["A [[source]] of pride"],
  ambiguous=["[[alleged ghost]]"]),
]
write("negatives", cases)
