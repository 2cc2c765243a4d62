"""Agreement benchmark: is every fix of the bundled glossary grammatical in every construction?

    python benchmarks/agreement.py            # counts per construction
    python benchmarks/agreement.py --show 5   # and up to 5 failures of each

Every rule whose replacement is a noun, and every forbidden or deprecated noun term, is put in
generated sentences in both numbers of the replaced noun, with each kind of dependent:
determiner (with elision and contraction), adjective before, adjective after (and two
coordinated), participle used as an adjective, attribute with « être », passive participle,
participle after « avoir » with the object first.  Verb rules are put in every verb form:
infinitive, gerund, present, passive participle agreeing with a feminine and a plural subject,
participle used as an adjective.

The fix is applied and the corrected sentence compared with the one the template gives for the
replacement (its gender from the glossary, else from Lexique383; dependents inflected by
Lexique383).  A fix counts as grammatical when the two are equal; a *safe* fix that is not is
the figure that must be zero.  Rules are applied whatever their French context (as the
bilingual checks do), so that every rule is exercised in every construction.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import medgloss  # noqa: E402
from medgloss.api import checker_for  # noqa: E402
from medgloss.findings.codes import CODES, code_for_rule_kind  # noqa: E402
from medgloss.fixing.apply import apply_fixes  # noqa: E402
from medgloss.french import lexicon  # noqa: E402
from medgloss.french.inflect import apostrophe_style  # noqa: E402
from medgloss.french.nominal import pluralise  # noqa: E402
from medgloss.french.verbs import UnknownVerbError, conjugate  # noqa: E402
from medgloss.matching.scanner import scan  # noqa: E402

_VOWEL = "aeiouyàâäéèêëîïôöùûüœh"


def _vowel(word: str) -> bool:
    return word[:1].lower() in _VOWEL and not word.lower().startswith(("haut", "hanche", "hernie", "handicap"))


def _det(kind: str, gender: str, number: str, nxt: str) -> str:
    """The determiner, written independently of the code under test."""
    if number == "p":
        return {"def": "les", "ind": "des", "dem": "ces", "de": "des", "pos": "ses"}[kind] + " "
    if kind == "def":
        return "l’" if _vowel(nxt) else ("le " if gender == "m" else "la ")
    if kind == "ind":
        return "un " if gender == "m" else "une "
    if kind == "dem":
        return ("cet " if _vowel(nxt) else "ce ") if gender == "m" else "cette "
    if kind == "pos":
        return "son " if gender == "m" or _vowel(nxt) else "sa "
    return "de l’" if _vowel(nxt) else ("du " if gender == "m" else "de la ")


def _adj(lemma: str, gender: str, number: str) -> str:
    form = lexicon.inflect(lemma, lexicon.ADJ, gender, number)
    assert form, lemma
    return form


def _part(verb: str, gender: str, number: str) -> str:
    form = lexicon.inflect(verb, lexicon.VERB, gender, number, participle=True)
    assert form, verb
    return form


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# Noun constructions: (name, template). {N} is the noun (phrase), g/n its features.
def _noun_sentences(noun: str, g: str, n: str) -> dict[str, str]:
    verb_n = "sont" if n == "p" else "est"
    return {
        "determiner": "On observe " + _det("def", g, n, noun) + noun + " chez ce patient.",
        "determiner (indefinite)": "On observe " + _det("ind", g, n, noun) + noun + " chez ce patient.",
        "determiner (demonstrative)": "On observe " + _det("dem", g, n, noun) + noun + " chez ce patient.",
        "determiner (possessive)": "On note " + _det("pos", g, n, noun) + noun + " depuis hier.",
        "contraction (du, de la, des)": "Le médecin parle " + _det("de", g, n, noun) + noun + " avec la famille.",
        "adjective before": _cap(_det("ind", g, n, _adj("petit", g, n))) + _adj("petit", g, n) + " " + noun
        + (" apparaissent." if n == "p" else " apparaît."),
        "adjective after": "On observe " + _det("ind", g, n, noun) + noun + " " + _adj("important", g, n) + " chez ce patient.",
        "coordinated adjectives": "On observe " + _det("ind", g, n, noun) + noun + " " + _adj("important", g, n)
        + " et " + _adj("prolongé", g, n) + " chez ce patient.",
        "participle as adjective": "On retrouve " + _det("def", g, n, noun) + noun + " " + _part("décrire", g, n) + " hier.",
        "attribute (être)": _cap(_det("def", g, n, noun)) + noun + f" {verb_n} " + _adj("important", g, n) + " ici.",
        "passive participle": _cap(_det("def", g, n, noun)) + noun + (" ont" if n == "p" else " a") + " été "
        + _part("signaler", g, n) + " par le médecin.",
        "verb after the noun (left alone)": _cap(_det("def", g, n, noun)) + noun + (" durent" if n == "p" else " dure")
        + " toute la journée.",
        "complement's adjective (left alone)": "On observe " + _det("def", g, n, noun) + noun + " de la semaine dernière.",
        "adverb and attribute": _cap(_det("def", g, n, noun)) + noun + f" {verb_n} très " + _adj("important", g, n) + " ici.",
        "participle after avoir (object first)": "C’est " + _det("def", g, n, noun) + noun + " que le médecin a "
        + _part("signaler", g, n) + " hier.",
    }


def _verb_sentences(verb_forms: dict[str, str]) -> dict[str, str]:
    return {
        "verb: infinitive": "Ce traitement sert à " + verb_forms["inf"] + " la réponse immunitaire.",
        "verb: gerund": "Le traitement agit en " + verb_forms["ger"] + " la réponse immunitaire.",
        "verb: present": "Le traitement " + verb_forms["pres3s"] + " la réponse immunitaire.",
        "verb: passive, feminine subject": "La réponse immunitaire a été " + verb_forms["ppfs"] + " par le traitement.",
        "verb: passive, plural subject": "Les réponses immunitaires ont été " + verb_forms["ppmp_f"] + " par le traitement.",
        "verb: participle as adjective": "Une réponse immunitaire " + verb_forms["ppfs"] + " protège mal.",
    }


def _verb_forms(verb: str) -> dict[str, str] | None:
    head, _, rest = verb.partition(" ")
    try:
        table = conjugate(head)
    except UnknownVerbError:
        return None
    found: dict[str, str] = {}
    for text, (mood, tense, person, number, gender) in table:
        key = None
        if mood == "infinitif":
            key = "inf"
        elif tense == "participe-présent":
            key = "ger"
        elif mood == "indicatif" and tense == "présent" and person == "3" and number == "s":
            key = "pres3s"
        elif tense == "participe-passé" and gender == "f" and number == "s":
            key = "ppfs"
        elif tense == "participe-passé" and gender == "f" and number == "p":
            key = "ppmp_f"
        if key and key not in found:
            found[key] = text + (f" {rest}" if rest else "")
    return found if len(found) == 5 else None


def _gender_of(text: str, given: str | None) -> str | None:
    if given:
        return given
    read = lexicon.gender_number(text.split()[0])
    return read[0] if read else None


def _cases(glossary):
    """(label, kind, found text, found gender, target text, target gender, target pos, owner)."""
    for rule in glossary.rules.values():
        targets = list(rule.replace) or [glossary.concepts[rule.concept].preferred]
        target = targets[0]
        for trigger in rule.match:
            if trigger.pos in (None, "noun") and target.pos in (None, "noun") and not trigger.text.isupper():
                yield ("rule", rule.id, trigger.text, _gender_of(trigger.text, trigger.gender),
                       target.text, _gender_of(target.text, target.gender), "noun", trigger.number)
            elif trigger.pos == "verb" and target.pos == "verb":
                yield ("rule", rule.id, trigger.text, None, target.text, None, "verb", None)
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if not term.status.is_wrong or term.abbreviation or term.pos not in (None, "noun"):
                continue
            correction = concept.correction_for(term)
            model = next((t for t in concept.terms if t.text == correction), None)
            if model is not None and model.pos not in (None, "noun"):
                continue
            if correction.isupper() or term.text.isupper():
                continue
            yield ("term", concept.id, term.text, _gender_of(term.text, term.gender), correction,
                   _gender_of(correction, model.gender if model else None), "noun", term.number)


def _finding(checker, kind: str, owner: str, sentence: str, start: int, end: int):
    if kind == "term":
        for finding in checker.check(sentence).findings:
            if finding.offset == start and finding.end == end:
                return finding
        return None
    for hit in scan(sentence, checker.compiled):
        if hit.start == start and hit.end == end:
            rule = checker.glossary.rules[owner]
            return checker.rule_finding_at(sentence, "<bench>", hit, owner, code_for_rule_kind(rule.kind))
    return None


def run(show: int) -> int:
    glossary = medgloss.default_glossary()
    checker = checker_for(glossary)
    totals: dict[str, Counter] = defaultdict(Counter)
    failures: dict[str, list[str]] = defaultdict(list)
    for kind, owner, found, found_g, target, target_g, pos, fixed_number in _cases(glossary):
        if pos == "noun":
            if not found_g or not target_g:
                continue
            for n in ("s", "p") if fixed_number is None else (fixed_number,):
                found_n = pluralise(found) if n == "p" and fixed_number is None else found
                target_n = pluralise(target) if n == "p" and fixed_number is None else target
                wrong = _noun_sentences(found_n, found_g, n)
                right = _noun_sentences(target_n, target_g, n)
                for construction, sentence in wrong.items():
                    _judge(checker, kind, owner, construction, sentence, found_n, right[construction], totals, failures)
        else:
            wrong_forms, right_forms = _verb_forms(found), _verb_forms(target)
            if wrong_forms is None or right_forms is None:
                continue
            right = _verb_sentences(right_forms)
            for (construction, sentence), key in zip(_verb_sentences(wrong_forms).items(),
                                                     ("inf", "ger", "pres3s", "ppfs", "ppmp_f", "ppfs")):
                _judge(checker, kind, owner, construction, sentence, wrong_forms[key], right[construction], totals, failures)
    _print(totals, failures, show)
    return 0


def _judge(checker, kind, owner, construction, sentence, found, expected, totals, failures) -> None:
    start = sentence.lower().find(found.lower())
    counts = totals[construction]
    counts["cases"] += 1
    finding = _finding(checker, kind, owner, sentence, start, start + len(found)) if start >= 0 else None
    if finding is None or finding.fix is None:
        counts["not flagged"] += 1
        failures[construction].append(f"not flagged: {sentence}  [{owner}]")
        return
    fixed = apply_fixes(sentence, [finding], unsafe=True).text
    # The fix must write the sentence's own apostrophe (the glossary's may differ).
    style = apostrophe_style(sentence)
    expected = expected.replace("’", style).replace("'", style)
    good = fixed == expected
    counts["grammatical"] += good
    counts["safe"] += finding.fix.safe
    counts["safe and grammatical"] += finding.fix.safe and good
    if finding.fix.safe and not good:
        counts["SAFE BUT WRONG"] += 1
    if not good:
        failures[construction].append(f"{'SAFE ' if finding.fix.safe else ''}{sentence} → {fixed}  (want {expected})  [{owner}]")


def _print(totals, failures, show: int) -> None:
    columns = ("cases", "not flagged", "grammatical", "safe", "safe and grammatical", "SAFE BUT WRONG")
    width = max(len(c) for c in totals) + 2
    print("construction".ljust(width) + "".join(c.rjust(len(c) + 2) for c in columns))
    grand: Counter = Counter()
    for construction, counts in totals.items():
        grand.update(counts)
        print(construction.ljust(width) + "".join(str(counts[c]).rjust(len(c) + 2) for c in columns))
    print("all".ljust(width) + "".join(str(grand[c]).rjust(len(c) + 2) for c in columns))
    flagged = grand["cases"] - grand["not flagged"]
    if flagged:
        print(f"grammatical fixes: {grand['grammatical'] / flagged:.2f} of flagged; "
              f"safe fixes that are wrong: {grand['SAFE BUT WRONG']}")
    if show:
        for construction, lines in failures.items():
            print(f"\n## {construction}")
            for line in lines[:show]:
                print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N failures per construction")
    return run(parser.parse_args().show)


if __name__ == "__main__":
    raise SystemExit(main())
