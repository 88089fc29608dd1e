"""Closed word lists that mark what a capitalised phrase is: titles, organisation heads, stop words.

These are grammar of the register (how official texts name people, bodies and
places), not knowledge about particular people; the gazetteer holds the rest.
All words are lower case; lookups lower-case the token first.
"""

from __future__ import annotations

from typing import NamedTuple

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
PLACE_PREPOSITIONS = ("in ", "to ", "from ", "near ", "towards ", "through ", "into ", "within ")

# Small words inside names ("Charles de Gaulle", "Lula da Silva", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("al el ad ash bin ibn abu de da di du van von der den le la dos del"
                           .split())

# Name particles that mean "of" ("de", "von"): in every language they join a name.
OF_PARTICLES = frozenset("de d' du di del da do dos van von".split())

# Endings of East Slavic patronymics ("Vladimirovich", "Ivanovna").
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna", "inichna", "ych",
                      "ович", "евич", "овна", "евна", "ична", "івна")

# Acronyms that name no organisation (measures, things, diseases).
NON_ORG_ACRONYMS = frozenset("gdp gnp vat ceo cfo tv covid aids hiv it ai lng lpg uav uavs mw gw "
                             "kw km pm am ok faq pdf usb gps dna rna vip".split())

# Speaker labels that are not names.
NON_NAMES = frozenset("question answer remark reply response comment moderator host "
                      "interviewer correspondent journalist audience voice voices participant "
                      "participants representative translation".split())


class Conventions(NamedTuple):
    """How one language writes names around them: its words for the English lists above.

    Each field is a space-separated list of lower-case words (``name_key`` form, diacritics
    kept: lookups fold them), or of phrases where a field says so.
    """

    function: str  # articles, pronouns, conjunctions that start sentences and never a name
    articles: str  # articles and "of" words a title runs through ("le Président de la ...")
    titles: str  # titles and forms of address before a name
    honorifics: str  # forms of address: no part of a person's office
    unknown_preps: tuple[str, ...]  # before a name no list knows: a place
    place_preps: tuple[str, ...]  # before a town's name that is also a word: a place
    place_before: tuple[str, ...]  # "the city of": a place follows
    title_endings: tuple[str, ...] = ()  # compounds ending so are titles ("Bundespräsidentin")
    nouns_capitalised: bool = False  # every noun has a capital: capitals alone name nothing
    place_heads: str = ""  # "<head> of <name>" names a place ("République de Veloria")
    inflected: bool = False  # names change with case ("w Ostrawie"): a bare form is unsure


# English is the base every language adds to (English names of bodies and places appear in
# every official text); these are what the other languages add.
CONVENTIONS = {
    "fr": Conventions(
        "le la les l' un une des du au aux à en de d' et ou mais donc car ni nous vous ils elles "
        "il elle je on ce cet cette ces mon ma mes notre nos votre vos leur leurs son sa ses qui "
        "que quoi dont où quand comme si pour par sur sous dans avec sans entre depuis vers chez "
        "selon après avant pendant aussi enfin alors ainsi puis oui non merci bonjour chers "
        "chères mesdames messieurs question réponse",
        "le la les l' de d' du des",
        "président présidente premier première ministre ministres chancelier chancelière roi "
        "reine prince princesse ambassadeur ambassadrice maire gouverneur secrétaire général "
        "générale porte-parole sénateur sénatrice député députée chef monsieur madame "
        "mademoiselle",
        "monsieur madame mademoiselle",
        ("à ", "en "), ("à ", "en ", "au ", "vers ", "depuis ", "près de "),
        ("ville de ", "ville d'", "région de ", "province de ", "village de ", "port de ",
         "port d'", "capitale "),
        place_heads="république royaume principauté émirat région province île ville"),
    "de": Conventions(
        "der die das den dem des ein eine einen einem einer eines und oder aber doch denn "
        "wir ihr sie er es ich du man mein meine unser unsere ihre sein seine dieser diese "
        "dieses jener wer was wo wann wie wenn als für mit von bei nach aus zu im am vom zum "
        "zur auf an in über unter vor hinter zwischen seit heute hier dort auch nur noch schon "
        "ja nein danke sehr liebe lieber geehrte geehrter damen herren frage antwort ihnen ihrer "
        "ihrem ihren laut gemäß",
        "der die das den dem des von",
        "präsident präsidentin bundespräsident bundespräsidentin kanzler kanzlerin minister "
        "ministerin premierminister premierministerin botschafter botschafterin bürgermeister "
        "bürgermeisterin könig königin prinz prinzessin sprecher sprecherin herr frau dr",
        "herr frau",
        (), ("in ", "nach ", "aus ", "bei "),
        ("stadt ", "hauptstadt ", "hafenstadt ", "region ", "provinz ", "dorf ", "gemeinde "),
        # Names of offices are compounds: "Bundespräsidentin", "Außenminister".
        ("präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin",
         "meister", "meisterin", "botschafter", "botschafterin", "sekretär", "sekretärin"),
        nouns_capitalised=True),
    "es": Conventions(
        "el la los las lo un una unos unas en a de y o pero ni que quien como cuando donde si por "
        "para con sin sobre entre desde hacia según tras durante nosotros vosotros ellos ellas él "
        "ella yo usted ustedes su sus nuestro nuestra este esta estos estas ese esa también así "
        "hoy sí no gracias señoras señores pregunta respuesta al del",
        "el la los las de del",
        "presidente presidenta ministro ministra primer primera canciller rey reina príncipe "
        "princesa embajador embajadora alcalde alcaldesa gobernador gobernadora secretario "
        "secretaria portavoz senador senadora diputado diputada jefe jefa señor señora don doña",
        "señor señora don doña",
        ("en ", "desde "), ("en ", "desde ", "a ", "hacia ", "cerca de "),
        ("ciudad de ", "región de ", "provincia de ", "pueblo de ", "puerto de ", "capital "),
        place_heads="república reino principado emirato región provincia isla ciudad"),
    "it": Conventions(
        "il lo la i gli le l' un uno una un' in a secondo e ed o ma né che chi come quando dove "
        "se per con su tra fra da di del dello della dei degli delle al allo alla ai agli alle "
        "nel nella noi voi loro lui lei io suo sua suoi nostro nostra questo questa quello quella "
        "anche oggi sì no grazie signore signori signora domanda risposta",
        "il lo la l' i gli le di del dello della dei degli delle",
        "presidente presidentessa ministro ministra primo prima cancelliere re regina principe "
        "principessa ambasciatore ambasciatrice sindaco sindaca governatore segretario "
        "segretaria portavoce senatore senatrice deputato deputata capo signor signore "
        "signora onorevole",
        "signor signore signora onorevole",
        ("in ",), ("in ", "a ", "da ", "verso ", "presso "),
        ("città di ", "regione ", "provincia di ", "paese di ", "porto di ", "capitale "),
        place_heads="repubblica regno principato emirato regione provincia isola città"),
    "pt": Conventions(
        "o a os as um uma uns umas de segundo e ou mas nem que quem como quando onde se por para "
        "com sem sobre entre desde até durante nós vós eles elas ele ela eu você seu sua seus "
        "nosso nossa este esta isto esse essa também hoje sim não obrigado obrigada senhoras "
        "senhores pergunta resposta ao aos do da dos das no na nos nas em",
        "o a os as de do da dos das",
        "presidente presidenta ministro ministra primeiro primeira chanceler rei rainha "
        "príncipe princesa embaixador embaixadora prefeito prefeita governador governadora "
        "secretário secretária porta-voz senador senadora deputado deputada chefe senhor "
        "senhora dom dona",
        "senhor senhora dom dona",
        ("em ",), ("em ", "no ", "na ", "desde ", "para "),
        ("cidade de ", "região de ", "província de ", "vila de ", "porto de ", "capital "),
        place_heads="república reino principado emirado região província ilha cidade"),
    "pl": Conventions(
        "i a ale lub albo czy że który która które kto co jak gdy gdzie jeśli dla z ze w we "
        "na do od po przez przy o u za nad pod przed między my wy oni one on ona ja "
        "państwo nasz nasza ten ta to te także dziś dzisiaj tak nie dziękuję szanowni "
        "szanowny szanowna pytanie odpowiedź",
        "",
        "prezydent prezydentka premier minister ministra kanclerz król królowa książę "
        "ambasador ambasadorka burmistrz prezydentowa marszałek wojewoda sekretarz rzecznik "
        "rzeczniczka senator poseł posłanka pan pani",
        "pan pani",
        # Polish inflects names after prepositions ("w Ostrawie"): no unknown name is read so.
        (), (), (), inflected=True),
    # No titles for Russian and Ukrainian: a title takes the name after it as a person, and
    # without given names in Cyrillic the rest of an inflected title would join the name.
    "ru": Conventions(
        "а и но или да нет не ни в во на с со к ко о об от из у за под над при до по после "
        "для без через я мы вы ты он она оно они это этот эта эти тот та те то как что кто "
        "где когда если чтобы также уже ещё вот все всё наш наша наше наши ваш ваша ваше "
        "ваши его её их мой моя моё мои свой сегодня здесь там спасибо вопрос ответ "
        "уважаемый уважаемая уважаемые дорогие друзья коллеги господин госпожа господа дамы",
        "", "", "", (), (), (), inflected=True),
    "uk": Conventions(
        "а і й та але або чи так ні не в у на з із зі к о об від до по після для без через "
        "я ми ви ти він вона воно вони це цей ця ці той та ті те як що хто де коли якщо "
        "також вже ще ось всі все наш наша наше наші ваш ваша ваше ваші його її їх мій моя "
        "моє мої свій сьогодні тут там дякую питання відповідь шановний шановна шановні "
        "дорогі друзі колеги пан пані панове",
        "", "", "", (), (), (), inflected=True),
}

# The articles of every language above ("le", "el", "der"): no name starts with one and
# ends with a title, whatever language a text is read in.
ARTICLES = frozenset(word for conventions in CONVENTIONS.values()
                     for word in conventions.articles.split()) - OF_PARTICLES
