"""The French of one's own body: parts of the body, the verbs that act on them, and the
determiners, reflexive pronouns and auxiliaries that French uses where English says « your ».

French marks the owner of a body part with the definite article, and with a reflexive pronoun
when the subject acts on its own body: « se laver les mains », « il s’est cassé la jambe »,
« levez le bras », « j’ai mal à la tête ».  Sources of the rule and of the lists below:

- Grevisse & Goosse, *Le Bon Usage*, the definite article « de possession » (§ 611 in the
  16th edition) and the possessive determiner before the names of body parts (§ 615);
- Office québécois de la langue française, Banque de dépannage linguistique, « Déterminant
  possessif et article défini devant les parties du corps »;
- Grammaire du français langue étrangère of the University of Jyväskylä, § 106 « Le possessif
  devant des noms désignant une partie du corps » (http://research.jyu.fi/grfle/106.html):
  the article « si la relation de possession est évidente », the possessive « si le nom est
  modifié par un adjectif », or when the part is the subject;
- G. Wyler, « Article défini – actions dirigées sur des possessions »
  (http://gabrielwyler.com/page016.html): possessor subject, voluntary act (« il lève la
  main »), involuntary effect, possessor as indirect object (« lui peigner les cheveux »).

The verbs come in three classes: care of one's own body (« se laver les mains »), injuries to
it (« se casser la jambe »), both reflexive; and movements of one's own body (« lever le bras »),
which take no reflexive pronoun.  The body parts are everyday names (the Wiktionary French
anatomy vocabulary and the glossary's anatomy concepts, which the check adds to the nouns of
pain).  Genders and numbers are written here and checked against Lexique383 by the tests.

This module knows words only: it never decides whether a sentence is wrong (that is
``checks/body_parts.py``) and never reads the glossary.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .inflect import starts_with_vowel_sound

CARE = "care"
INJURY = "injury"
MOVEMENT = "movement"

# Verb lemmas by class.  Care and injury take the reflexive (« se brosser les dents »,
# « se tordre la cheville »); movement does not (« ouvrir la bouche », « plier les genoux »).
VERBS: dict[str, str] = {
    # Care of one's own body (BDL: « se laver les mains, se brosser les dents »; jyu.fi § 106).
    **dict.fromkeys(
        "laver relaver rincer brosser sécher essuyer frotter gratter masser raser épiler peigner "
        "coiffer limer nettoyer mouiller savonner désinfecter moucher frictionner maquiller "
        "toucher teindre couvrir boucher".split(), CARE),
    # Injuries (Le Bon Usage § 611: « il s’est cassé la jambe »; mamiehiou: « je me suis tordu
    # le pied », « il s’est cassé le fémur »).
    **dict.fromkeys(
        "casser fracturer briser tordre fouler luxer déboîter démettre couper brûler écorcher "
        "égratigner cogner froisser pincer mordre coincer érafler".split(), INJURY),
    # Movements of one's own body (jyu.fi § 106: « il a tourné la tête », « l’élève a levé la
    # main », « baisser les bras »).  Not « bouger », « remuer », « détendre », « rentrer »,
    # « allonger », « étirer »: careful writers use them with the possessive too (« si vous ne
    # pouvez pas bouger votre pied », mapagebienetre.com; « détendez vos épaules »).
    **dict.fromkeys(
        "lever relever soulever baisser abaisser ouvrir fermer tendre plier replier fléchir "
        "tourner hausser croiser décroiser pencher incliner cligner".split(), MOVEMENT),
}


# Verbs of two classes: « se couper le doigt » (an injury), « se couper les ongles » (care).
ALSO: dict[str, str] = {"couper": CARE}


def verb_classes(lemma: str) -> frozenset[str]:
    """The classes of the verb ``lemma`` (empty if it is none of :data:`VERBS`)."""
    found = {VERBS[lemma]} if lemma in VERBS else set()
    if lemma in ALSO:
        found.add(ALSO[lemma])
    return frozenset(found)


@dataclass(frozen=True)
class Part:
    """A body part as written: its gender and number, and the verb classes it goes with
    (a set of :data:`CARE`, :data:`INJURY`, :data:`MOVEMENT`; empty: only with pain)."""

    word: str
    gender: str
    number: str
    classes: frozenset[str]


_C, _I, _M = frozenset({CARE}), frozenset({INJURY}), frozenset({MOVEMENT})
_CI, _CM, _IM, _CIM = _C | _I, _C | _M, _I | _M, _C | _I | _M
_PAIN: frozenset[str] = frozenset()

# (singular, plural or None, gender, classes)
_PARTS: tuple[tuple[str, str | None, str, frozenset[str]], ...] = (
    ("main", "mains", "f", _CIM), ("bras", None, "m", _CIM), ("avant-bras", None, "m", _IM),
    ("jambe", "jambes", "f", _CIM), ("pied", "pieds", "m", _CIM), ("tête", "têtes", "f", _IM),
    ("cou", "cous", "m", _CIM), ("épaule", "épaules", "f", _IM), ("genou", "genoux", "m", _IM),
    ("coude", "coudes", "m", _IM), ("doigt", "doigts", "m", _CIM), ("orteil", "orteils", "m", _IM),
    ("poignet", "poignets", "m", _IM), ("cheville", "chevilles", "f", _IM), ("hanche", "hanches", "f", _IM),
    ("bouche", "bouches", "f", _CM), ("œil", "yeux", "m", _CM), ("paupière", "paupières", "f", _M),
    ("poing", "poings", "m", _M), ("paume", "paumes", "f", _CM), ("dos", None, "m", _CIM), ("menton", "mentons", "m", _M),
    ("mâchoire", "mâchoires", "f", _IM), ("langue", "langues", "f", _IM), ("nuque", "nuques", "f", _CM),
    ("visage", "visages", "m", _CI), ("figure", None, "f", _C), ("cheveux", None, "m", _C),
    ("dent", "dents", "f", _CI), ("nez", None, "m", _CI), ("oreille", "oreilles", "f", _C),
    ("ongle", "ongles", "m", _CI), ("barbe", None, "f", _C), ("aisselle", "aisselles", "f", _C),
    ("lèvre", "lèvres", "f", _CIM), ("gencive", "gencives", "f", _C), ("clavicule", "clavicules", "f", _I),
    ("pouce", "pouces", "m", _CIM), ("talon", "talons", "m", _IM), ("mollet", "mollets", "m", _M),
    ("cuisse", "cuisses", "f", _M), ("sourcil", "sourcils", "m", _M), ("bassin", None, "m", _M),
    ("ventre", "ventres", "m", _M), ("fesse", "fesses", "f", _M), ("buste", None, "m", _M),
    ("torse", None, "m", _M), ("fémur", None, "m", _I), ("tibia", None, "m", _I), ("poitrine", None, "f", _PAIN),
    # Parts named mostly with pain (« avoir mal à la gorge », « une douleur dans la poitrine »).
    ("gorge", None, "f", _PAIN), ("estomac", None, "m", _PAIN), ("abdomen", None, "m", _PAIN),
    ("thorax", None, "m", _PAIN), ("articulation", "articulations", "f", _PAIN), ("muscle", "muscles", "m", _PAIN),
    ("rein", "reins", "m", _PAIN), ("sein", "seins", "m", _PAIN), ("côté", None, "m", _PAIN),
    ("bas-ventre", None, "m", _PAIN), ("vessie", None, "f", _PAIN), ("tempe", "tempes", "f", _PAIN),
    ("côte", "côtes", "f", _PAIN), ("os", None, "m", _PAIN),
    ("colonne", None, "f", _PAIN), ("front", None, "m", _PAIN),
    ("joue", "joues", "f", _PAIN), ("crâne", None, "m", _PAIN), ("pénis", None, "m", _PAIN),
    ("anus", None, "m", _PAIN), ("rectum", None, "m", _PAIN), ("foie", None, "m", _PAIN),
    ("cœur", None, "m", _PAIN), ("poumon", "poumons", "m", _PAIN), ("sinus", None, "m", _PAIN),
    ("peau", None, "f", _PAIN),
)


_PLURAL_ONLY = frozenset({"cheveux"})


def _table() -> dict[str, Part]:
    table: dict[str, Part] = {}
    for singular, plural, gender, classes in _PARTS:
        # « bras », « dos », « nez »: one form for both numbers (the possessive's says which);
        # « cheveux »: plural only.
        if singular in _PLURAL_ONLY:
            number = "p"
        elif plural is None and singular.endswith(("s", "x", "z")):
            number = ""
        else:
            number = "s"
        forms = [(singular, number), *([(plural, "p")] if plural else [])]
        for word, number in forms:
            previous = table.get(word)
            if previous is not None:
                classes = classes | previous.classes
            table[word] = Part(word, gender, number, classes)
    return table


PARTS: dict[str, Part] = _table()

# Possessive determiner → (owner's person, number of the noun, "" when either).  The owner's
# person is 1s 2s 3s 1p 2p 3p.
POSSESSIVES: dict[str, tuple[str, str]] = {
    "mon": ("1s", "s"), "ma": ("1s", "s"), "mes": ("1s", "p"),
    "ton": ("2s", "s"), "ta": ("2s", "s"), "tes": ("2s", "p"),
    "son": ("3s", "s"), "sa": ("3s", "s"), "ses": ("3s", "p"),
    "notre": ("1p", "s"), "nos": ("1p", "p"),
    "votre": ("2p", "s"), "vos": ("2p", "p"),
    "leur": ("3p", "s"), "leurs": ("3p", "p"),
}

# Subject pronouns → person; the reflexive pronoun of each person (before a consonant, before
# a vowel); the imperative's enclitic.
SUBJECTS: dict[str, str] = {"je": "1s", "j’": "1s", "j'": "1s", "tu": "2s", "il": "3s", "elle": "3s", "on": "3s",
                            "nous": "1p", "vous": "2p", "ils": "3p", "elles": "3p"}
REFLEXIVES: dict[str, tuple[str, str]] = {"1s": ("me", "m"), "2s": ("te", "t"), "3s": ("se", "s"),
                                          "1p": ("nous", "nous"), "2p": ("vous", "vous"), "3p": ("se", "s")}
ENCLITICS: dict[str, str] = {"2s": "toi", "1p": "nous", "2p": "vous"}


def same_owner(a: str, b: str) -> bool:
    """True if persons ``a`` and ``b`` may name the same owner (« il » and « leur »: a third
    person either way, « on » and « nos » in speech are not counted)."""
    return a == b or (a[0] == "3" and b[0] == "3")


def reflexive(person: str, before: str, apostrophe: str) -> str:
    """The reflexive pronoun of ``person`` before the word ``before`` (« s’ » before « est »)."""
    full, elided = REFLEXIVES[person]
    if elided != full and starts_with_vowel_sound(before):
        return elided + apostrophe
    return full + " "


# « avoir » → « être », form by form, for the compound tenses of a pronominal verb.
AVOIR_TO_ETRE: dict[str, str] = {
    "ai": "suis", "as": "es", "a": "est", "avons": "sommes", "avez": "êtes", "ont": "sont",
    "avais": "étais", "avait": "était", "avions": "étions", "aviez": "étiez", "avaient": "étaient",
    "aurai": "serai", "auras": "seras", "aura": "sera", "aurons": "serons", "aurez": "serez", "auront": "seront",
    "aurais": "serais", "aurait": "serait", "aurions": "serions", "auriez": "seriez", "auraient": "seraient",
    "aie": "sois", "ait": "soit", "ayons": "soyons", "ayez": "soyez", "aient": "soient", "eut": "fut",
    "avoir": "être",
}
# The person each form of « avoir » agrees with ("" for the infinitive).
AVOIR_PERSON: dict[str, str] = {
    "ai": "1s", "as": "2s", "a": "3s", "avons": "1p", "avez": "2p", "ont": "3p",
    "avais": "1s", "avait": "3s", "avions": "1p", "aviez": "2p", "avaient": "3p",
    "aurai": "1s", "auras": "2s", "aura": "3s", "aurons": "1p", "aurez": "2p", "auront": "3p",
    "aurais": "1s", "aurait": "3s", "aurions": "1p", "auriez": "2p", "auraient": "3p",
    "aie": "1s", "ait": "3s", "ayons": "1p", "ayez": "2p", "aient": "3p", "eut": "3s", "avoir": "",
}
ETRE_FORMS = frozenset({"suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étiez",
                        "étaient", "serai", "seras", "sera", "serons", "serez", "seront", "serais", "serait",
                        "serions", "seriez", "seraient", "sois", "soit", "soyons", "soyez", "soient", "être", "fut"})


def article(part: Part, number: str, apostrophe: str) -> str:
    """The definite article of ``part`` in ``number`` (the possessive's), elided where French
    elides it: « la main », « l’épaule », « les yeux »."""
    if part.number == "p" or (number == "p" and part.number != "s"):
        return "les "
    if starts_with_vowel_sound(part.word):
        return "l" + apostrophe
    return "le " if part.gender == "m" else "la "


def with_preposition(preposition: str, article_text: str) -> str:
    """« à » or « de » and the article, contracted (« à le » → « au », « de les » → « des »);
    other prepositions as they are (« dans la »)."""
    low = preposition.lower()
    table = {("à", "le "): "au ", ("à", "les "): "aux ", ("de", "le "): "du ", ("de", "les "): "des "}
    contracted = table.get((low, article_text))
    if contracted is not None:
        return (contracted[0].upper() + contracted[1:]) if preposition[:1].isupper() else contracted
    return preposition + " " + article_text


@dataclass(frozen=True)
class VerbForm:
    """What a verb form is, as far as this check needs: its lemma, class, and the analyses
    Lexique gives it (``imp:pre:2p``, ``inf``, ``par:pas``, ``ind:pre:3s``…)."""

    lemma: str
    verb_class: str
    analyses: frozenset[str]

    def imperative(self, person: str) -> bool:
        """True if the form may be the imperative of ``person`` (2s, 1p, 2p)."""
        return f"imp:pre:{person}" in self.analyses

    def finite(self, person: str) -> bool:
        """True if the form may be a finite form of ``person`` (indicative, subjunctive,
        conditional; ``3s`` and ``3p`` where the owner is a third person)."""
        return any(a.endswith(":" + person) and not a.startswith("imp:") for a in self.analyses)

    @property
    def infinitive(self) -> bool:
        """True if the form may be the infinitive."""
        return "inf" in self.analyses

    @property
    def gerund(self) -> bool:
        """True if the form may be the present participle (« en lavant »)."""
        return "par:pre" in self.analyses

    @property
    def participle(self) -> bool:
        """True if the form may be the past participle."""
        return "par:pas" in self.analyses


# Regular endings of the first group (« -er » verbs), for the forms Lexique383 lacks: it lists
# the forms its corpora attest, and « fracturez », « foulé », « savonnez » are not all there.
_FIRST_GROUP: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ant", ("par:pre",)), ("ez", ("imp:pre:2p", "ind:pre:2p")), ("ons", ("imp:pre:1p", "ind:pre:1p")), ("er", ("inf",)),
    ("ées", ("par:pas",)), ("és", ("par:pas",)), ("ée", ("par:pas",)), ("é", ("par:pas",)),
    ("ent", ("ind:pre:3p",)), ("es", ("ind:pre:2s",)), ("e", ("imp:pre:2s", "ind:pre:1s", "ind:pre:3s")),
)


def _first_group(word: str) -> tuple[str, set[str]] | None:
    low = word.lower()
    for ending, analyses in _FIRST_GROUP:
        if low.endswith(ending):
            lemma = low[: -len(ending)] + "er"
            if VERBS.get(lemma) is not None:
                return lemma, set(analyses)
    return None


def verb_form(word: str) -> VerbForm | None:
    """The reading of ``word`` as a form of one of :data:`VERBS`, or ``None`` (Lexique383, and
    the regular endings of the first group where Lexique lacks the form)."""
    analyses: set[str] = set()
    found: tuple[str, str] | None = None
    regular = _first_group(word)
    if regular is not None:
        found = (regular[0], VERBS[regular[0]])
        analyses.update(regular[1])
    for entry in lexicon.analyses(word):
        if entry.cgram != lexicon.VERB:
            continue
        lemma = entry.lemma.replace("oe", "œ")
        verb_class = VERBS.get(lemma)
        if verb_class is None:
            continue
        if found is None:
            found = (lemma, verb_class)
        if found[0] == lemma:
            analyses.update(entry.infover)
    if found is None:
        return None
    return VerbForm(found[0], found[1], frozenset(analyses))


__all__ = [
    "ALSO", "AVOIR_PERSON", "AVOIR_TO_ETRE", "CARE", "ENCLITICS", "ETRE_FORMS", "INJURY", "MOVEMENT", "PARTS", "POSSESSIVES",
    "Part", "REFLEXIVES", "SUBJECTS", "VERBS", "VerbForm", "article", "reflexive", "same_owner", "verb_classes",
    "verb_form", "with_preposition",
]
