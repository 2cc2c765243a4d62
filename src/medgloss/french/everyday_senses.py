"""The everyday senses of English words that health writing uses in another sense.

"Stool" is a stool to sit on before it is faeces, "delivery" a parcel's before a birth's,
"tablet" a slate's before a pill's.  Machine translation takes the everyday sense inside a term
French knows, and writes « échantillon de tabouret » for "stool sample", « livraison par
césarienne », « tablette pelliculée ».  This table gives, for such an English word, the French
nouns of its senses outside health: the equivalents a general bilingual dictionary (Larousse,
Robert & Collins, the English Wiktionary's translation tables) lists under the word's other
headings, each with its gender.  FreeDict's eng-fra (:mod:`medgloss.french.freedict`) holds a
few of them; most are missing from its 9,000 headwords.

Only nouns that are nonsense in health writing are listed: a sense that is a medical word too
(« tension » for "strain", « goutte » for "drip", « croissance » for "growth"), a French
synonym of the medical one (« proportion » for "rate"), or one that professionals write
(« formule infantile », the makers' word for "infant formula"), or one that makes French
with the term's complements (« tarif de perfusion », « filtrage du cholestérol ») is left out,
since replacing the right word by it may be French.  It does not say how French medicine names anything: that is the
glossary's job.

It knows words only: never the glossary or the checks.
"""

from __future__ import annotations

# English word (lower case, singular) → (French noun, gender) of its everyday senses.
EVERYDAY_SENSES: dict[str, tuple[tuple[str, str], ...]] = {
    "bite": (("bouchée", "f"),),
    "bottle": (("bouteille", "f"),),
    "brace": (("accolade", "f"),),
    "bypass": (("contournement", "m"), ("rocade", "f")),
    "calf": (("veau", "m"),),
    "cast": (("distribution", "f"), ("casting", "m")),
    "chest": (("coffre", "m"),),
    "coil": (("bobine", "f"),),
    "cord": (("corde", "f"),),
    "corn": (("maïs", "m"),),
    "count": (("comte", "m"),),
    "course": (("cours", "m"),),
    "cramp": (("crampon", "m"),),
    "decay": (("pourriture", "f"),),
    "delivery": (("livraison", "f"),),
    "discharge": (("décharge", "f"), ("licenciement", "m")),
    "dressing": (("vinaigrette", "f"), ("habillage", "m")),
    "drug": (("drogue", "f"),),
    "failure": (("échec", "m"),),
    "fall": (("automne", "m"),),
    "gown": (("robe", "f"),),
    "gum": (("gomme", "f"),),
    "hive": (("ruche", "f"),),
    "hives": (("ruche", "f"),),
    "joint": (("joint", "m"),),
    "kidney": (("rognon", "m"),),
    "labor": (("main-d’œuvre", "f"),),
    "labour": (("main-d’œuvre", "f"),),
    "lid": (("couvercle", "m"),),
    "lining": (("doublure", "f"),),
    "lump": (("morceau", "m"),),
    "marrow": (("courge", "f"),),
    "match": (("allumette", "f"),),
    "mole": (("taupe", "f"),),
    "murmur": (("murmure", "m"),),
    "nail": (("clou", "m"),),
    "organ": (("orgue", "m"),),
    "pack": (("paquet", "m"),),
    "palm": (("palmier", "m"),),
    "period": (("période", "f"),),
    "piles": (("pile", "f"),),
    "plate": (("assiette", "f"),),
    "pupil": (("élève", "m"),),
    "record": (("disque", "m"),),
    "relief": (("relief", "m"),),
    "scan": (("balayage", "m"),),
    "scope": (("portée", "f"),),
    "seizure": (("saisie", "f"),),
    "shingles": (("bardeau", "m"),),
    "shot": (("tir", "m"),),
    "slide": (("toboggan", "m"),),
    "sling": (("fronde", "f"),),
    "spell": (("sort", "m"),),
    "staff": (("bâton", "m"),),
    "stage": (("scène", "f"),),
    "stone": (("pierre", "f"),),
    "stool": (("tabouret", "m"),),
    "strain": (("souche", "f"),),
    "stroke": (("caresse", "f"),),
    "stye": (("porcherie", "f"),),
    "swab": (("tampon", "m"),),
    "tablet": (("tablette", "f"),),
    "tear": (("larme", "f"),),
    "temple": (("temple", "m"),),
    "tenderness": (("tendresse", "f"),),
    "theatre": (("théâtre", "m"),),
    "thrush": (("grive", "f"),),
    "tissue": (("mouchoir", "m"),),
    "tract": (("tract", "m"),),
    "trial": (("procès", "m"),),
    "vessel": (("navire", "m"), ("récipient", "m")),
    "walker": (("marcheur", "m"),),
    "ward": (("quartier", "m"),),
}

# Nouns FreeDict's eng-fra gives these words that make French phrases in health writing, though
# the glossary does not use them: never a wrong sense (« apoplexie » is an old name of the
# stroke, « stupéfiants sur ordonnance », « jugement clinique », « date de remise » are French).
NOT_WRONG = frozenset({"apoplexie", "stupéfiant", "infirmité", "ampoule", "haleine", "poil", "cheveu",
                       "jugement", "remise", "transmission", "relation", "rapport", "piste"})

# Senses that an adjective of the term fits in their own sense too: « quartier hospitalier »
# is a part of a town, « théâtre opératoire » a theatre of war, « des périodes douloureuses »
# a hard time, « balayage radiologique » a technique.  They are replaced only where a complement
# follows them (« quartier de maternité »), never before an adjective.
ADJECTIVE_FITS = frozenset({"quartier", "théâtre", "période", "balayage"})

# Senses that are nonsense inside a term but French alone in health writing, whatever the words
# around them: getting dressed (« aide à l’habillage »), a digital tablet for a health app, a
# container and its lid, an intramedullary nail (« clou centromédullaire »), the sweep of an
# ultrasound probe (« balayage »), a paper handkerchief, a bottle of water, a piece of tissue
# (« un morceau de tissu est prélevé »), offal in a diet (« évitez les rognons »), a dismissal in
# occupational health, a leaflet (« tract »), a parent's tenderness.  Never a one-word trigger
# (:mod:`medgloss.glossary.sense_words`); inside a term they still are.
NOT_ALONE = frozenset({"habillage", "tablette", "récipient", "couvercle", "clou", "balayage", "mouchoir", "bouteille",
                       "morceau", "rognon", "licenciement", "tract", "tendresse"})
