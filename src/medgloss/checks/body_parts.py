"""Possessives before one's own body parts (MG116), as machine translation copies them from
English: « lavez vos mains », « il a cassé sa jambe », « levez votre bras », « j’ai mal à ma
tête », « une douleur dans votre dos ».

French names the owner of a body part with the definite article, and with a reflexive pronoun
when the subject acts on its own body (the rule and its sources: :mod:`medgloss.french.body_parts`).
A finding is made only where the owner is plain from the sentence — the subject of the verb
(the imperative's person, a subject pronoun, the one who « a mal ») is the possessive's person —
and the part is not qualified (« vos mains sales », « son bras qui »: the possessive stays, as
in « sa main gauche était enflée », « regardez vos mains », « montrez-moi votre bras »: no verb
of the lists, or the part is a subject).  The fix writes the article (gender, number, elision,
« au »/« aux »/« du »/« des ») and, for the verbs of care and injury, the reflexive pronoun in
its person and place: « lavez-vous les mains », « vous devez vous laver les mains », « vous vous
lavez les mains », « il s’est cassé la jambe » (the participle does not agree: the object comes
after).  Where the owner may be another person than the subject (an infinitive whose subject
is not written), the fix is offered but not applied unasked.

It reads words with Lexique383 (through ``french/``) and needs no parse; it must not judge
possessives before other nouns, nor parts that are the subject of their sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..findings.codes import CODES
from ..findings.model import Edit, Finding, Fix
from ..french import body_parts as bp
from ..french import lexicon
from ..i18n import _
from ..text.spans import SpanSet

if TYPE_CHECKING:
    from .engine import Checker

_TOKEN = re.compile(r"\w+[’']|\w+(?:-\w+)*|[^\w\s]")
# Where a clause starts: the words and signs after which a verb is an imperative.
_CLAUSE_START = frozenset({",", "et", "ou", "puis", "ensuite", "alors", "enfin", "-", "–", "—", "*", "(", "mais",
                           "donc", "aussi", "d’abord", "d'abord"})
_BOUNDARY = re.compile(r"[.!?;:\n•…()«»\"“”]")
_NEGATIONS = frozenset({"pas", "plus", "jamais", "point", "guère"})
# Adverbs that stand between a verb and its object without changing who owns the part.
_ADVERBS = frozenset("""bien soigneusement doucement lentement délicatement légèrement régulièrement toujours souvent
fréquemment correctement complètement immédiatement rapidement simplement encore également aussi fermement
déjà vite tout bien-sûr d’abord d'abord toujours-""".split())
_REFLEXIVE_WORDS = {"me": "1s", "m’": "1s", "m'": "1s", "te": "2s", "t’": "2s", "t'": "2s", "se": "3s", "s’": "3s",
                    "s'": "3s", "nous": "1p", "vous": "2p"}
_IMPERSONAL = frozenset({"faut", "fallait", "faudra", "faudrait", "est", "vaut", "suffit", "convient", "était"})
# The places of a part, named with « de » and the part's article: « le bas du dos », « l’arrière
# du genou », « le bout des doigts ».  Not « surface », « partie », « zone »: « toute la surface de
# vos mains » is written by careful writers (province.luxembourg.be), nor « au-dessus de votre
# tête » (rtl.fr), a preposition.
_PLACES = frozenset("""arrière avant haut bas côté côtés dos plante plantes paume paumes bout bouts intérieur extérieur
milieu centre creux pli plis coin coins pointe base""".split())
_PLACE_DETERMINERS = frozenset({"le", "la", "les", "l’", "l'", "au", "aux", "du", "des", "en"})
_FAIRE = frozenset("faire fait faits fais faites faisons font ferai feras fera ferez feront ferais ferait".split())
_CAUSATIVE = frozenset({"faire", "fait", "fais", "faites", "faisant", "laisser", "laisse", "laissez", "laissant"})
_PAIN_ADVERBS = frozenset({"très", "si", "vraiment", "souvent", "parfois", "tellement", "toujours", "beaucoup", "aussi",
                           "encore", "plus", "moins", "déjà", "un", "peu", "pas", "jamais"})
_SIDE = frozenset({"gauche", "droit", "droite", "gauches", "droits", "droites"})
_RELATIVES = frozenset({"qui", "que", "qu’", "qu'", "dont", "où", "lequel", "laquelle"})
# Nouns of a sensation felt in a part: « une douleur dans le dos », « des crampes aux jambes ».
_SENSATIONS = frozenset("""douleur douleurs crampe crampes démangeaison démangeaisons picotement picotements
fourmillement fourmillements raideur raideurs engourdissement engourdissements brûlure brûlures gêne
tiraillement tiraillements élancement élancements sensation sensations inconfort lourdeur lourdeurs faiblesse
pression oppression serrement spasme spasmes courbature courbatures contracture contractures bourdonnement
bourdonnements sifflement sifflements gonflement gonflements enflure saignement saignements""".split())
# Nouns of a sign, a lesion, a disease or an examination of a part, with « de »: « un gonflement
# du visage », « une fracture du poignet », « une IRM du genou ».  Not « état », « santé »,
# « soin »: « la santé de vos dents » is written by careful writers.
_SIGNS = frozenset("""gonflement gonflements enflure enflures œdème rougeur rougeurs raideur démangeaison démangeaisons
engourdissement jaunissement saignement saignements sécheresse irritation inflammation picotement picotements
fourmillement fourmillements faiblesse douleur douleurs crampe crampes ecchymose ecchymoses déformation
infection infections fracture fractures entorse entorses luxation arthrose arthrite tendinite cancer
radiographie radiographies radio radios échographie échographies irm scanner biopsie biopsies""".split())


@dataclass
class _Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def _tokens(text: str, lo: int, hi: int) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)]


def _clause_tokens(text: str, start: int) -> list[_Token]:
    """The words of the clause before ``start``, back to the sentence's start (160 characters at most)."""
    lo = max(0, start - 160)
    window = text[lo:start]
    cut = 0
    for m in _BOUNDARY.finditer(window):
        cut = m.end()
    return _tokens(text, lo + cut, start)


def _qualified(text: str, end: int) -> bool:
    """The part is qualified after it (an adjective, a participle, a relative clause), so the
    possessive may be needed: « vos mains mouillées », « son bras qui ».  « gauche », « droit »
    do not count (« levez le bras droit »)."""
    m = _TOKEN.match(text, _skip_space(text, end))
    if m is None:
        return False
    word = m.group().lower()
    if word in _SIDE:
        return False
    if word in _RELATIVES:
        return True
    readings = lexicon.analyses(word)
    cgrams = {e.cgram for e in readings}
    qualifying = "ADJ" in cgrams or any(e.is_past_participle for e in readings)
    # « tous », « pendant », « bien » are also pronouns, prepositions, adverbs, « est » a verb: not
    # a qualifier.
    other = any(c.startswith(("ADV", "PRE", "CON", "ART", "PRO", "ADJ:")) for c in cgrams)
    if readings and qualifying and not other:
        # « sales » (ADJ, and « saler ») qualifies; « est » (AUX first, ADJ rarely) does not.
        first = max(readings, key=lambda e: e.freq)
        return first.cgram == "ADJ" or first.is_past_participle
    return qualifying and not other


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


@dataclass
class _Proposal:
    start: int  # where the rewritten span starts (the verb, the subject, the preposition)
    prefix: str  # what replaces text[start:keep]
    keep: int  # text[keep:possessive] is kept as it is
    safe: bool = True


class _Detector:
    def __init__(self, text: str, path: str, apostrophe: str, parts: dict[str, bp.Part],
                 pattern: re.Pattern[str]) -> None:
        self.text, self.path, self.apostrophe, self.parts, self.pattern = text, path, apostrophe, parts, pattern
        # Possessive parts coordinated after a first one: « vos mains et vos bras ».
        self.coordinated = _coordination(pattern)

    def findings(self) -> list[Finding]:
        found: list[Finding] = []
        for m in self.pattern.finditer(self.text):
            finding = self._judge(m)
            if finding is not None:
                found.append(finding)
        return found

    # -- one possessive and its part -------------------------------------------------------

    def _judge(self, m: re.Match[str]) -> Finding | None:
        possessive, word = m.group(1), m.group(2)
        part = self.parts.get(word.lower())
        if part is None or (possessive[0].isupper() and m.start() == 0):
            return None
        owner, number = bp.POSSESSIVES[possessive.lower()]
        if _qualified(self.text, m.end()):
            return None
        tokens = _clause_tokens(self.text, m.start())
        if not tokens:
            return None
        pain = self._pain(tokens, owner, part, m)
        if pain is not None:
            return pain
        if not part.classes:
            return None
        return self._verb(tokens, owner, number, part, m)

    def _article(self, part: bp.Part, number: str) -> str:
        return bp.article(part, number, self.apostrophe)

    def _finding(self, start: int, end: int, replacement: str, safe: bool, reason: str) -> Finding:
        code = CODES["MG116"]
        found = self.text[start:end]
        message = _("{summary}: « {found} » → {proposal}").format(
            summary=_(code.summary), found=found, proposal=f"« {replacement} »") + f" ({reason})"
        fix = Fix((Edit(start, end - start, replacement),), safe=safe, title=f"Replace with « {replacement} »")
        finding = Finding(path=self.path, offset=start, length=end - start, rule=code.code, concept="",
                          severity=code.severity, message=message, found=found, replacements=[replacement],
                          name=code.name, fix=fix, certain=safe, provenance="Le Bon Usage § 611; OQLF BDL")
        finding.agreement = (None, None)
        return finding

    def _coordinated(self, end: int, owner: str, preposition: str | None) -> tuple[int, str]:
        """Possessive parts coordinated after the first (« vos mains et vos bras »), each with
        its article: the end of the last and the text that replaces text[end:that end]."""
        pattern = self.coordinated
        out = ""
        while True:
            m = pattern.match(self.text, end)
            if m is None:
                break
            other = self.parts.get(m.group(4).lower())
            if other is None or _qualified(self.text, m.end()):
                break
            prep = m.group(2)
            # After a verb the coordinated part has no preposition; after a pain, its own
            # (« au genou et à la cheville ») or none after « dans » (« dans le dos et les bras »).
            if (preposition is None and prep is not None) or (preposition not in (None, "dans") and prep is None):
                break
            other_owner, number = bp.POSSESSIVES[m.group(3).lower()]
            if other_owner != owner:
                break
            article = self._article(other, number)
            out += m.group(1) + (bp.with_preposition(prep, article) if prep else article) + m.group(4)
            end = m.end()
        return end, out

    # -- « avoir mal à sa tête », « une douleur dans votre dos », « un gonflement de votre visage »

    def _pain(self, tokens: list[_Token], owner: str, part: bp.Part, m: re.Match[str]) -> Finding | None:
        prep = tokens[-1]
        if prep.low not in ("à", "dans", "de"):
            return None
        i = len(tokens) - 2
        if i < 0:
            return None
        ok = False
        if prep.low == "à" and tokens[i].low == "mal":
            # « il a (très, souvent) mal à… »
            j = i - 1
            while j >= 0 and tokens[j].low in _PAIN_ADVERBS:
                j -= 1
            ok = j >= 0 and (self._has_pain(tokens, j, owner) or self._hurt_oneself(tokens, j, owner))
        if not ok and prep.low in ("à", "dans"):
            ok = self._after_noun(tokens, i, _SENSATIONS)
        if not ok and prep.low == "de":
            ok = self._after_noun(tokens, i, _SIGNS) or (
                i >= 1 and tokens[i].low == "niveau" and tokens[i - 1].low == "au") or (
                # « le bas de votre dos », « l’arrière de votre genou », « la plante de vos pieds »
                i >= 1 and tokens[i].low in _PLACES and tokens[i - 1].low in _PLACE_DETERMINERS)
        if not ok:
            return None
        _owner, number = bp.POSSESSIVES[m.group(1).lower()]
        replacement = bp.with_preposition(prep.text, self._article(part, number)) + m.group(2)
        end, tail = self._coordinated(m.end(), owner, prep.low)
        return self._finding(prep.start, end, replacement + tail, True,
                             _("French names the owner of a body part with the article"))

    @staticmethod
    def _after_noun(tokens: list[_Token], i: int, nouns: frozenset[str]) -> bool:
        """The word at ``i`` (or the one before an adjective there) is one of ``nouns``."""
        if tokens[i].low in nouns:
            return True
        if i >= 1 and tokens[i - 1].low in nouns:
            return any(e.cgram == "ADJ" for e in lexicon.analyses(tokens[i].low))
        return False

    @staticmethod
    def _hurt_oneself(tokens: list[_Token], j: int, owner: str) -> bool:
        """« se faire mal à… » at ``j`` (the form of « faire »), its reflexive of the owner's
        person: « je me suis fait mal à mon dos », « vous pouvez vous faire mal à votre genou »."""
        if tokens[j].low not in _FAIRE:
            return False
        k = j - 1
        while k >= 0 and (tokens[k].low in bp.ETRE_FORMS or tokens[k].low in _NEGATIONS):
            k -= 1
        return k >= 0 and tokens[k].low in _REFLEXIVE_WORDS and bp.same_owner(_REFLEXIVE_WORDS[tokens[k].low], owner)

    def _has_pain(self, tokens: list[_Token], j: int, owner: str) -> bool:
        """« avoir » at ``j`` (before « mal ») with a subject of the owner's person."""
        aux = tokens[j].low
        base, _sep, clitic = aux.partition("-")
        if clitic:  # « avez-vous mal à votre tête ? »
            person = bp.SUBJECTS.get(clitic.replace("t-", ""))
            return base in bp.AVOIR_PERSON and person is not None and bp.same_owner(person, owner)
        if aux not in bp.AVOIR_PERSON:
            return False
        if aux == "avoir":
            return True
        k = j - 1
        while k >= 0 and tokens[k].low in ("n’", "n'", "ne", "y", "en"):
            k -= 1
        subject = tokens[k].low if k >= 0 else ""
        person = bp.SUBJECTS.get(subject)
        if person is not None:
            return bp.same_owner(person, owner) and bp.same_owner(bp.AVOIR_PERSON[aux], person)
        # A noun subject (« votre enfant a mal à son ventre »): a third person.
        return owner[0] == "3" and bp.AVOIR_PERSON[aux][0] == "3"

    # -- a verb acting on the part ---------------------------------------------------------

    def _verb(self, tokens: list[_Token], owner: str, number: str, part: bp.Part, m: re.Match[str]) -> Finding | None:
        j = len(tokens) - 1
        while j >= 0 and (tokens[j].low in _ADVERBS or tokens[j].low in _NEGATIONS):
            j -= 1
        if j < 0:
            return None
        verb = tokens[j]
        base, _sep, clitic = verb.text.partition("-")
        form = bp.verb_form(base)
        if form is None or not bp.verb_classes(form.lemma) & part.classes:
            return None
        reflexive = form.verb_class in (bp.CARE, bp.INJURY)
        proposal = self._proposal(tokens, j, base, clitic.lower(), form, owner, reflexive)
        if proposal is None:
            return None
        end, tail = self._coordinated(m.end(), owner, None)
        kept = self.text[proposal.keep:m.start()]
        replacement = proposal.prefix + kept + self._article(part, number) + m.group(2) + tail
        reason = (_("French names the owner of a body part with the article, and with a reflexive pronoun "
                    "when the subject acts on its own body") if reflexive else
                  _("French names the owner of a body part with the article"))
        return self._finding(proposal.start, end, replacement, proposal.safe, reason)

    def _proposal(self, tokens: list[_Token], j: int, base: str, clitic: str, form: bp.VerbForm, owner: str,
                  reflexive: bool) -> _Proposal | None:
        verb = tokens[j]
        text = self.text
        article_only = _Proposal(verb.start, "", verb.start)
        if clitic:
            # « Lavez-vous vos mains »: the reflexive is there, the possessive is left over.
            person = {"vous": "2p", "toi": "2s", "nous": "1p", "moi": "1s"}.get(clitic)
            if not reflexive or person is None or not form.imperative(person if person != "1s" else "2s"):
                return None
            return article_only if person == owner or (person == "1s" and owner == "1s") else None
        prev = tokens[j - 1] if j >= 1 else None
        plow = prev.low if prev else ""
        # A participle after « avoir » (« il a cassé sa jambe ») or after a reflexive « être »
        # (« elle s’est tordu sa cheville »).
        if form.participle:
            k = j - 1
            while k >= 0 and (tokens[k].low in _ADVERBS or tokens[k].low in _NEGATIONS):
                k -= 1
            aux = tokens[k].low if k >= 0 else ""
            if aux in bp.ETRE_FORMS and k >= 1 and tokens[k - 1].low in _REFLEXIVE_WORDS:
                person = _REFLEXIVE_WORDS[tokens[k - 1].low]
                if not reflexive or not bp.same_owner(person, owner):
                    return None
                return self._agreed_participle(verb, form) or article_only
            if aux in bp.AVOIR_TO_ETRE:
                return self._compound(tokens, k, owner, form, reflexive)
            return None
        if form.infinitive or (form.gerund and plow == "en"):
            # « vous devez laver vos mains », « en pliant vos genoux »: the subject is the clause's.
            return self._infinitive(tokens, j, owner, reflexive)
        # A finite verb after its subject pronoun, a reflexive one between or not.
        k = j - 1
        negated = False
        if k >= 0 and tokens[k].low in ("ne", "n’", "n'"):
            negated, k = True, k - 1
        before = tokens[k].low if k >= 0 else ""
        if before in _REFLEXIVE_WORDS and k >= 1:
            subject = bp.SUBJECTS.get(tokens[k - 1].low)
            if subject is None and tokens[k - 1].low in ("ne", "n’", "n'") and k >= 2:
                subject = bp.SUBJECTS.get(tokens[k - 2].low)
            if subject is None or not reflexive or not form.finite(subject) or not bp.same_owner(subject, owner) or \
                    _REFLEXIVE_WORDS[before] != subject and not (subject[0] == "3" and before in ("se", "s’", "s'")):
                return None
            return article_only
        subject = bp.SUBJECTS.get(before)
        if subject is not None:
            if not form.finite(subject) or not bp.same_owner(subject, owner) or (
                    subject[0] == "3" and k >= 1 and tokens[k - 1].low in ("vous", "nous", "je", "tu")):
                return None
            if not reflexive:
                return article_only
            start = tokens[k].start
            subject_text = tokens[k].text
            if subject_text.lower() in ("j’", "j'"):
                subject_text = subject_text[0] + "e"
            middle = " ne " if negated else " "
            return _Proposal(start, subject_text + middle + bp.reflexive(subject, base, self.apostrophe), verb.start)
        # An imperative where a clause starts, affirmative or negative.
        start_index = j - 1 if negated else j
        if start_index == 0 or (start_index >= 1 and tokens[start_index - 1].low in _CLAUSE_START):
            if owner not in bp.ENCLITICS or not form.imperative(owner):
                return None
            if not reflexive:
                return article_only
            if negated:
                ne = tokens[j - 1]
                ne_text = ne.text[0] + "e"
                return _Proposal(ne.start, ne_text + " " + bp.reflexive(owner, base, self.apostrophe), verb.start)
            return _Proposal(verb.start, base + "-" + bp.ENCLITICS[owner], verb.end)
        return None

    def _agreed_participle(self, verb: _Token, form: bp.VerbForm) -> _Proposal | None:
        """« elle s’est cassée sa jambe »: the participle does not agree when its object comes after."""
        masculine = lexicon.inflect(form.lemma, lexicon.VERB, "m", "s", participle=True)
        if masculine is None or masculine.lower() == verb.low:
            return None
        readings = [e for e in lexicon.analyses(verb.low) if e.cgram == lexicon.VERB and e.is_past_participle]
        if not readings or all(e.gender in (None, "m") and e.number in (None, "s") for e in readings):
            return None
        return _Proposal(verb.start, masculine, verb.end)

    def _compound(self, tokens: list[_Token], k: int, owner: str, form: bp.VerbForm, reflexive: bool) -> _Proposal | None:
        """« il a cassé sa jambe » → « il s’est cassé la jambe »; « après avoir lavé vos mains »
        → « après vous être lavé les mains »; « il a levé son bras » → « il a levé le bras »."""
        aux = tokens[k]
        etre = bp.AVOIR_TO_ETRE[aux.low]
        if aux.low == "avoir":
            if not reflexive:
                return _Proposal(aux.start, "", aux.start)
            return _Proposal(aux.start, _case(aux.text, bp.reflexive(owner, etre, self.apostrophe) + etre), aux.end,
                             safe=owner[0] != "3")
        person = bp.AVOIR_PERSON[aux.low]
        s = k - 1
        negated = False
        if s >= 0 and tokens[s].low in ("ne", "n’", "n'"):
            negated, s = True, s - 1
        subject_token = tokens[s] if s >= 0 else None
        subject = bp.SUBJECTS.get(subject_token.low) if subject_token else None
        if subject is not None and subject_token is not None:
            if not bp.same_owner(subject, owner) or not bp.same_owner(subject, person):
                return None
            if subject[0] == "3" and s >= 1 and tokens[s - 1].low in ("vous", "nous", "je", "tu"):
                return None
            if not reflexive:
                return _Proposal(aux.start, "", aux.start)
            subject_text = subject_token.text
            if subject_text.lower() in ("j’", "j'"):
                subject_text = subject_text[0] + "e"
            middle = " ne " if negated else " "
            return _Proposal(subject_token.start,
                             subject_text + middle + bp.reflexive(subject, etre, self.apostrophe) + etre, aux.end)
        # A noun subject, or « qui »: only a third person, and only an injury (a nurse who
        # « a lavé ses mains » may have washed a patient's).
        if owner[0] != "3" or person[0] != "3" or form.verb_class != bp.INJURY:
            return None
        if subject_token is not None and subject_token.low in {*_REFLEXIVE_WORDS, "lui", "leur", "l’", "l'", "le", "la",
                                                               "les", "y", "en"}:
            return None
        start = tokens[k - 1].start if negated else aux.start
        prefix = ("ne " if negated else "") + bp.reflexive(person, etre, self.apostrophe) + etre
        return _Proposal(start, prefix, aux.end, safe=True)

    def _infinitive(self, tokens: list[_Token], j: int, owner: str, reflexive: bool) -> _Proposal | None:
        """« vous devez laver vos mains » → « vous devez vous laver les mains »; « se brosser
        ses dents » → « se brosser les dents »."""
        verb = tokens[j]
        prev = tokens[j - 1].low if j >= 1 else ""
        if prev in _CAUSATIVE:
            # « se faire couper ses cheveux » → « les cheveux »: the reflexive is the causative's;
            # without one (« faire couper ses cheveux »), the owner may be anyone.
            before = tokens[j - 2].low if j >= 2 else ""
            if before in _REFLEXIVE_WORDS and bp.same_owner(_REFLEXIVE_WORDS[before], owner):
                return _Proposal(verb.start, "", verb.start)
            return None
        if prev in _REFLEXIVE_WORDS:
            person = _REFLEXIVE_WORDS[prev]
            if not reflexive or not bp.same_owner(person, owner):
                return None
            return _Proposal(verb.start, "", verb.start)
        subject = self._governing_subject(tokens, j)
        if subject == "conflict":
            return None
        if subject is not None and not bp.same_owner(subject, owner):
            return None
        if subject is None and owner[0] == "3":
            # No subject written: the owner may be someone else (« il faut laver ses mains » is
            # generic, « aider à laver ses mains » is not).
            if any(t.low in ("lui", "leur", "aider", "aidez", "aide") for t in tokens[:j]):
                return None
        if any(t.low in ("lui", "leur") for t in tokens[max(0, j - 3):j]):
            return None
        if not reflexive:
            # A movement whose subject is not written is generic (« essayer de bouger son
            # pied »): careful writers keep the possessive there.
            return _Proposal(verb.start, "", verb.start) if subject is not None else None
        return _Proposal(verb.start, bp.reflexive(owner, verb.text, self.apostrophe), verb.start,
                         safe=subject is not None or owner[0] != "3")

    @staticmethod
    def _governing_subject(tokens: list[_Token], j: int) -> str | None:
        """The person of the nearest subject before the infinitive at ``j`` in its clause: a
        subject pronoun (not the impersonal « il faut »), an imperative where the clause
        starts; ``None`` if none is written."""
        for k in range(j - 1, -1, -1):
            low = tokens[k].low
            if low in bp.SUBJECTS and low not in ("nous", "vous"):
                if low == "il" and k + 1 < len(tokens) and tokens[k + 1].low in _IMPERSONAL:
                    return None
                return bp.SUBJECTS[low]
            if low in ("nous", "vous"):
                # A subject if a verb of its person follows (« vous devez »), else an object.
                nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
                if nxt.endswith("ez" if low == "vous" else "ons") or nxt in ("êtes", "sommes", "avez", "avons", "faites",
                                                                           "dites", "pouvez", "pouvons"):
                    return bp.SUBJECTS[low]
                continue
            base, _sep, clitic = tokens[k].text.partition("-")
            if k == 0 or tokens[k - 1].low in _CLAUSE_START:
                for entry in lexicon.analyses(base):
                    if entry.cgram == lexicon.VERB:
                        for person in ("2p", "2s", "1p"):
                            if f"imp:pre:{person}" in entry.infover and base.lower().endswith(
                                    {"2p": "ez", "2s": "", "1p": "ons"}[person]):
                                if person == "2s" and not base.lower().endswith(("e", "s", "x", "ds")):
                                    continue
                                return person
        return None


def _case(model: str, text: str) -> str:
    return text[0].upper() + text[1:] if model[:1].isupper() else text


def body_part_findings(checker: "Checker", text: str, path: str, covered: Sequence[tuple[int, int]],
                       apostrophe: str) -> list[Finding]:
    """MG116 findings of ``text`` outside the spans ``covered`` by other findings."""
    # Most texts hold no possessive followed by a word: neither the glossary's anatomy nor the
    # pattern of every part (4 ms to compile) is needed for them.
    if not _ANY_POSSESSIVE.search(text):
        return []
    parts = _parts(checker.glossary)
    pattern = _pattern(tuple(sorted(parts, key=len, reverse=True)))
    # The lexicon is opened only for a text with a possessive before a part.
    if not pattern.search(text) or not lexicon.available():
        return []
    detector = _Detector(text, path, apostrophe, parts, pattern)
    spans = SpanSet(covered)
    return [f for f in detector.findings() if not spans.overlaps(f.offset, f.end)]


_GLOSSARY_PARTS: dict[int, tuple[object, dict[str, bp.Part]]] = {}


def _parts(glossary: object) -> dict[str, bp.Part]:
    """The parts of :data:`medgloss.french.body_parts.PARTS`, and the nouns of the glossary's
    anatomy concepts (with their gender), which take the article after a pain (« une douleur
    dans la rate »)."""
    cached = _GLOSSARY_PARTS.get(id(glossary))
    if cached is not None and cached[0] is glossary:
        return cached[1]
    parts = dict(bp.PARTS)
    for concept in getattr(glossary, "concepts", {}).values():
        if concept.domain != "anatomy":
            continue
        for term in concept.terms:
            word = term.text.lower()
            if term.abbreviation or term.pos != "noun" or term.gender not in ("m", "f") or word in parts:
                continue
            number = term.number or ("" if word.endswith(("s", "x", "z")) else "s")
            parts[word] = bp.Part(word, term.gender, number, frozenset())
    _GLOSSARY_PARTS.clear()
    _GLOSSARY_PARTS[id(glossary)] = (glossary, parts)
    return parts


_POSSESSIVE_THEN_PART = r"(" + "|".join(bp.POSSESSIVES) + r")\s+({parts})(?![\w-])"
# What every match of _pattern begins with, whatever the parts.
_ANY_POSSESSIVE = re.compile(r"(?<![\w’'-])(" + "|".join(bp.POSSESSIVES) + r")\s+\w", re.IGNORECASE)


@lru_cache(maxsize=4)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A possessive and a part: « vos mains » (groups: the possessive, the part)."""
    return re.compile(r"(?<![\w’'-])" + _POSSESSIVE_THEN_PART.replace("{parts}", "|".join(map(re.escape, words))),
                      re.IGNORECASE)


@lru_cache(maxsize=4)
def _coordination(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """« , », « et » or « ou », a preposition maybe, a possessive and a part (groups: the
    separator, the preposition, the possessive, the part)."""
    return re.compile(r"(\s*(?:,|\bet\b|\bou\b)\s+)(?:(à|dans|de)\s+)?" + pattern.pattern[len(r"(?<![\w’'-])"):],
                      re.IGNORECASE)


__all__ = ["body_part_findings"]
