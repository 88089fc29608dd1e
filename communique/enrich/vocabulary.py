"""Closed word lists that mark what a capitalised phrase is: titles, organisation heads, stop words.

These are grammar of the register (how official texts name people, bodies and
places), not knowledge about particular people; the gazetteer holds the rest.
All words are lower case; lookups lower-case the token first.
"""

from __future__ import annotations

# Capitalised words that start sentences or headings but never start a name.
STOP_WORDS = frozenset("""
a about above according after afterwards again against all almost also although always am among
an and another any anyhow anyone anything anyway anywhere are around as at back be because been
before beforehand being below beside besides between beyond both but by can cannot could dear
despite did do does doing done down due during each either else elsewhere enough especially even
ever every everybody everyone everything everywhere except few first for formerly from further
furthermore given good great had has have having he hello hence her here hereby herein hers herself
him himself his how however i if in indeed instead into is it its itself just last late later
least less let like likewise many may maybe me meanwhile might mine more moreover most mostly
much must my myself namely neither never nevertheless new next no nobody none nonetheless noone
nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours
ourselves out over overall own particularly perhaps please plus quite rather really regarding
same second secondly see several she should since so some somebody someone something sometimes
somewhere still such than thank thanks that the their theirs them themselves then thence there
thereafter thereby therefore therein these they third this those though through throughout thus
to today together tomorrow too toward towards under unless unlike until up upon us very via
was we well were what whatever when whenever where whereas wherever whether which while who
whoever whole whom whose why will with within without would yes yesterday yet you your yours
yourself yourselves ok okay oh ladies gentlemen friends colleagues question answer remark reply
response applause laughter translation retranslated end note notes photo video see read also
certainly clearly naturally obviously unfortunately fortunately finally firstly lastly today's
let's it's that's there's here's what's i'm i've we're we've we'll you're they're don't can't
won't isn't aren't wasn't didn't doesn't incidentally speaking look listen yeah sure right
excellency excellencies majesty highness holiness sincerely respectfully regards best wishes
january february march april june july august september october november december
western eastern northern southern central fourth fifth sixth seventh eighth ninth tenth
take imagine remember consider tell ask give make keep
monday tuesday wednesday thursday friday saturday sunday
""".split())

# Stop words that can still begin a name ("New Zealand", "Great Britain", "First Lady").
NAME_STARTERS = frozenset("new great good first second third last late united all".split())

# Words that stand before a person's name as a title or form of address.
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir madam madame mister monsieur "
                       "herr frau lord lady comrade his her majesty holiness highness excellency "
                       "royal".split())
TITLE_WORDS = frozenset("""
president vice prime minister deputy first chancellor federal king queen emir amir sheikh sultan
crown prince princess patriarch pope metropolitan archbishop bishop cardinal mufti imam ayatollah
governor mayor senator congressman congresswoman ambassador chairman chairwoman chair director
general head speaker colonel admiral marshal lieutenant captain commander professor academician
doctor secretary foreign defence defense finance economy interior justice health education
culture transport energy acting supreme leader chief state editor-in-chief ceo grand duke
duchess premier presidential aide spokesman spokeswoman press envoy representative
plenipotentiary editor commissioner chairperson co-chair commander-in-chief secretary-general
director-general prime-minister vice-president deputy-chairman
""".split()) | HONORIFICS
# Title words that only qualify a title ("Foreign" Minister, "Acting" President): a phrase
# made of these alone ("Foreign States", "Presidential Address") is no title.
TITLE_MODIFIERS = frozenset("""
vice prime deputy first federal foreign defence defense finance economy interior justice health
education culture transport energy acting supreme chief state grand crown press presidential
special general his her royal
""".split())

# Titles that can be held by one person per country at a time: a later "the President of
# Russia" then means the person the statement already introduced with that title.
ROLE_HEADS = frozenset("president premier chancellor king queen emir sultan patriarch pope "
                       "prime minister".split())

# "X of Y" joins into one name when X ends with one of these words.
OF_HEADS = frozenset("""
president minister chancellor king queen emir sultan prince princess patriarch pope metropolitan
archbishop governor mayor head chairman chairwoman secretary speaker ambassador commander chief
director republic kingdom federation union emirate emirates sultanate state states commonwealth
islands island isle gulf sea bay cape lake city province region principality duchy ministry
department council committee commission bank office agency academy university institute court
chamber organisation organization association board service fund party order museum church
league assembly parliament cabinet government house palace cathedral monastery hero cabinet
bureau centre center foundation school college society inspectorate directorate prosecutor
procurator hall theatre theater administration
""".split())

# A capitalised phrase ending with one of these words names an organisation.
ORG_TAILS = frozenset("""
ministry service foundation fund council committee commission agency bank corporation company
party parliament duma assembly academy university institute organisation organization association
society centre center court office administration government bureau directorate inspectorate
chamber board church cabinet congress senate secretariat railways airlines holding authority
alliance coalition movement club museum theatre theater orchestra hospital union federation
group league guard procuracy prosecutor's troops police navy army school college
""".split())
# ... or starting with one of these, followed by "of"/"for" ("Ministry of Defense").
ORG_HEADS = frozenset("""
ministry department council committee commission bank office agency academy university
institute court chamber union organisation organization association board service fund party
league assembly federation secretariat government cabinet house
""".split())

# A capitalised phrase ending with one of these words names a place.
PLACE_TAILS = frozenset("""
region territory republic oblast krai kray province district governorate county prefecture
okrug island islands peninsula mountains river sea lake gulf bay strait
""".split())

# A phrase "<head> of <name>" with one of these heads names a place ("Republic of Mari El").
PLACE_HEADS = frozenset("republic kingdom principality emirate sultanate region province "
                        "island isle city".split())

# First words that make a place's name ("Port Lessa", "Mount Elbrus", "Lake Baikal").
PLACE_FIRST_WORDS = frozenset("port fort mount lake cape gulf".split())

# Words after a bare name that say it is a place ("Kalbadjar district", "the city of Shusha").
PLACE_AFTER = frozenset("district districts region regions city province village villages town "
                        "settlement settlements highway road airport direction mountains".split())
PLACE_BEFORE = ("city of ", "cities of ", "town of ", "towns of ", "village of ", "villages of ",
                "region of ", "district of ", "province of ", "settlement of ", "capital of ",
                "island of ", "port of ", "outskirts of ")
# Prepositions that, before an otherwise unknown name in mid-sentence, suggest a place.
PLACE_PREPOSITIONS = ("in ", "to ", "from ", "near ", "towards ", "through ")

# Endings of East Slavic patronymics ("Vladimirovich", "Ivanovna").
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna", "inichna", "ych")

# Acronyms that name no organisation (measures, things, diseases).
NON_ORG_ACRONYMS = frozenset("gdp gnp vat ceo cfo tv covid aids hiv it ai lng lpg uav uavs mw gw "
                             "kw km pm am ok faq pdf usb gps dna rna vip".split())

# Speaker labels that are not names.
NON_NAMES = frozenset("question answer remark reply response comment moderator host "
                      "interviewer correspondent journalist audience voice voices participant "
                      "participants representative translation".split())
