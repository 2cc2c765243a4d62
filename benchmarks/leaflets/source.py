"""Source of leaflets.jsonl: four patient leaflets written by the project in the style of
machine translation from English, with planted errors (run to regenerate the JSONL)."""
import json
from pathlib import Path

# (id, sentence, [(span, class, correct, english), ...]); the span is found in the sentence
# (its first occurrence, or its n-th with "span#n").
L = [
 ("cgd01", "La maladie granulomateuse chronique (CGD) est une condition héréditaire rare dans laquelle certains globules blancs ne peuvent pas tuer les bactéries et les champignons.",
  [("CGD", "acronym", "MGC", "CGD"), ("condition", "false friend", "maladie", "condition")]),
 ("cgd02", "Les enfants avec la CGD attrapent des infections graves des poumons, de la peau et des ganglions lymphatiques.",
  [("avec", "false friend", "atteints de", "with"), ("CGD", "acronym", "MGC", "CGD"), ("attrapent", "false friend", "contractent", "catch")]),
 ("cgd03", "La condition est causée par un défaut dans un des gènes qui font la NADPH oxydase.",
  [("condition", "false friend", "maladie", "condition"), ("font", "wrong word", "codent", "make")]),
 ("cgd04", "Environ deux tiers des cas sont hérités d'une manière liée à l'X, ce qui signifie que la plupart des patients sont des garçons.",
  [("hérités d'une manière liée à l'X", "calque", "transmis selon un mode lié à l'X", "inherited in an X-linked manner")]),
 ("cgd05", "Le diagnostic est confirmé par le test de la dihydrorhodamine (DHR), qui mesure le éclatement respiratoire des neutrophiles.",
  [("le éclatement respiratoire", "calque", "l'explosion oxydative", "respiratory burst")]),
 ("cgd06", "Les patients doivent prendre des antibiotiques et des antifongiques tous les jours pour prévenir les infections, une approche appelée prophylaxie.", []),
 ("cgd07", "L'interféron gamma est parfois administré par injection sous-cutanée trois fois par semaine.", []),
 ("cgd08", "Une greffe de cellules souches sanguines d'un donneur apparié peut guérir la maladie.",
  [("cellules souches sanguines", "calque", "cellules souches hématopoïétiques", "blood stem cells"), ("donneur apparié", "calque", "donneur compatible", "matched donor")]),
 ("cgd09", "Les complications incluent des granulomes qui peuvent bloquer l'estomac ou la vessie.",
  [("bloquer", "wrong word", "obstruer", "block")]),
 ("cgd10", "Si votre enfant développe une fièvre, contactez votre équipe soignante immédiatement.",
  [("développe une fièvre", "false friend", "a de la fièvre", "develops a fever")]),
 ("cgd11", "Il est important de rapporter tout nouveau symptôme à votre médecin.",
  [("rapporter", "false friend", "signaler", "report")]),
 ("cgd12", "Avec un traitement approprié, la plupart des personnes avec la CGD vivent maintenant bien dans l'âge adulte.",
  [("avec la CGD", "false friend", "atteintes de MGC", "with CGD"), ("vivent maintenant bien dans l'âge adulte", "calque", "atteignent aujourd'hui l'âge adulte en bonne santé", "live well into adulthood")]),
 ("igr01", "La thérapie de remplacement d'immunoglobuline fournit les anticorps que votre corps ne peut pas faire lui-même.",
  [("thérapie de remplacement d'immunoglobuline", "calque", "traitement substitutif par immunoglobulines", "immunoglobulin replacement therapy"), ("faire", "wrong word", "produire", "make")]),
 ("igr02", "Les immunoglobulines peuvent être administrées dans une veine (IVIG) toutes les trois à quatre semaines, ou sous la peau (SCIG) chaque semaine.",
  [("IVIG", "acronym", "IgIV", "IVIG"), ("SCIG", "acronym", "IgSC", "SCIG")]),
 ("igr03", "Les infusions sous-cutanées peuvent être faites à la maison après une formation par une infirmière.",
  [("infusions", "false friend", "perfusions", "infusions")]),
 ("igr04", "Vous pouvez ressentir des maux de tête, de la fatigue ou une rougeur au site d'infusion.",
  [("site d'infusion", "calque", "point de perfusion", "infusion site")]),
 ("igr05", "Ces effets secondaires sont habituellement doux et s'en vont en un jour ou deux.",
  [("doux", "false friend", "légers", "mild"), ("s'en vont", "calque", "disparaissent", "go away")]),
 ("igr06", "Votre niveau d'IgG sera vérifié régulièrement pour s'assurer que la dose est juste.",
  [("niveau d'IgG", "calque", "taux d'IgG", "IgG level"), ("juste", "wrong word", "adaptée", "right")]),
 ("igr07", "Gardez le produit au réfrigérateur et laissez-le atteindre la température ambiante avant utilisation.", []),
 ("igr08", "N'utilisez pas le produit si la solution est nuageuse ou contient des particules.",
  [("nuageuse", "false friend", "trouble", "cloudy")]),
 ("igr09", "Si vous manquez une dose, parlez-en à votre fournisseur de soins de santé.",
  [("manquez une dose", "calque", "oubliez une dose", "miss a dose"), ("fournisseur de soins de santé", "calque", "professionnel de santé", "healthcare provider")]),
 ("igr10", "Les réactions graves comme l'anaphylaxie sont rares mais requièrent une attention médicale immédiate.",
  [("attention médicale", "calque", "prise en charge médicale", "medical attention")]),
 ("igr11", "Le traitement est généralement à vie, car le corps ne se met pas à produire ses propres anticorps.", []),
 ("was01", "Le syndrome de Wiskott-Aldrich (WAS) est un désordre génétique rare qui touche principalement les garçons.",
  [("WAS", "acronym", "SWA", "WAS"), ("désordre génétique", "false friend", "maladie génétique", "genetic disorder")]),
 ("was02", "Il cause un compte de plaquettes bas, de l'eczéma et des infections récurrentes.",
  [("compte de plaquettes bas", "calque", "nombre de plaquettes bas (thrombopénie)", "low platelet count")]),
 ("was03", "Les plaquettes sont aussi plus petites que la normale, ce qui entraîne des saignements faciles et des ecchymoses.",
  [("saignements faciles", "calque", "une tendance aux saignements", "easy bleeding")]),
 ("was04", "Les patients ont un risque accru de maladies auto-immunes et de certains cancers comme le lymphome.", []),
 ("was05", "Le seul traitement curatif est une greffe de moelle osseuse, idéalement d'un frère ou d'une sœur assorti.",
  [("assorti", "calque", "compatible", "matched")]),
 ("was06", "La thérapie génique est actuellement étudiée dans des essais cliniques et a donné des résultats prometteurs.", []),
 ("was07", "L'eczéma peut être géré avec des crèmes hydratantes et des stéroïdes topiques.",
  [("géré", "false friend", "traité", "managed"), ("stéroïdes topiques", "calque", "corticoïdes locaux", "topical steroids")]),
 ("was08", "Une splénectomie, ou l'enlèvement de la rate, augmente le compte de plaquettes mais élève le risque d'infection.",
  [("l'enlèvement de la rate", "calque", "l'ablation de la rate", "removal of the spleen"), ("compte de plaquettes", "calque", "nombre de plaquettes", "platelet count")]),
 ("was09", "Les enfants doivent recevoir des vaccins inactivés, mais pas de vaccins vivants, jusqu'à ce que leur système immunitaire soit reconstitué.", []),
 ("sci01", "L'immunodéficience combinée sévère (SCID) est la forme la plus sérieuse d'immunodéficience primaire.",
  [("immunodéficience combinée sévère", "calque", "déficit immunitaire combiné sévère", "severe combined immunodeficiency"), ("SCID", "acronym", "DICS", "SCID"), ("sérieuse", "false friend", "grave", "serious"), ("immunodéficience primaire", "calque", "déficit immunitaire primitif", "primary immunodeficiency")]),
 ("sci02", "Sans traitement, les bébés avec SCID meurent généralement d'infections dans leur première année.",
  [("avec SCID", "false friend", "atteints de DICS", "with SCID")]),
 ("sci03", "Le criblage néonatal pour le SCID utilise une goutte de sang séché prise du talon du bébé.",
  [("criblage néonatal", "calque", "dépistage néonatal", "newborn screening"), ("SCID", "acronym", "DICS", "SCID"), ("prise du talon", "wrong word", "prélevée au talon", "taken from the heel")]),
 ("sci04", "Le test mesure les TRECs, de petits morceaux d'ADN produits quand les cellules T mûrissent dans le thymus.",
  [("cellules T", "calque", "lymphocytes T", "T cells"), ("mûrissent", "wrong word", "se différencient", "mature")]),
 ("sci05", "Un résultat anormal ne signifie pas que votre bébé a définitivement un SCID ; d'autres examens sont nécessaires.",
  [("définitivement", "false friend", "forcément", "definitely"), ("SCID", "acronym", "DICS", "SCID")]),
 ("sci06", "Les bébés diagnostiqués avec un SCID sont gardés en isolement pour éviter d'attraper des germes.",
  [("diagnostiqués avec", "calque", "chez qui on a diagnostiqué", "diagnosed with"), ("SCID", "acronym", "DICS", "SCID"), ("attraper des germes", "false friend", "contracter des infections", "catch germs")]),
 ("sci07", "La greffe de cellules souches hématopoïétiques avant l'âge de trois mois donne les meilleurs résultats.", []),
 ("sci08", "Ils ne doivent pas recevoir le vaccin rotavirus ni le BCG, qui contiennent des germes vivants.",
  [("le vaccin rotavirus", "calque", "le vaccin contre le rotavirus", "rotavirus vaccine")]),
 ("sci09", "Une histoire familiale de décès inexpliqués de nourrissons peut faire suspecter un SCID.",
  [("histoire familiale", "calque", "antécédents familiaux", "family history"), ("SCID", "acronym", "DICS", "SCID")]),
]

def write(sentences: list, name: str, page=lambda ident: ident[:3]) -> None:
    """Annotate each span with its offset and write ``name`` beside this file."""
    out = []
    for ident, sentence, errors in sentences:
        annotated = []
        for span, cls, correct, english in errors:
            offset = sentence.find(span)
            assert offset >= 0, (ident, span)
            annotated.append({"span": span, "offset": offset, "class": cls, "correct": correct, "english": english})
        out.append({"id": ident, "page": page(ident), "url": "", "sentence": sentence, "negative": not errors, "errors": annotated})
    Path(__file__).with_name(name).write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(len(out), "sentences,", sum(len(o["errors"]) for o in out), "errors")


if __name__ == "__main__":
    write(L, "leaflets.jsonl")
