"""The verbs that agreement patterns step through between a subject and what agrees with it.

« être » and the verbs whose complement is an attribute of the subject (« la plaie reste
ouverte »), « avoir » before « été » (« a été posée »), and the verbs that take such an
infinitive (« peut devenir douloureuse »), by their third-person finite forms, the ones a
subject noun phrase stands before.  One table for :mod:`medgloss.french.phrase` (the agreement
of a fix) and :mod:`medgloss.checks.agreement_errors` (MG114), so that both read the same
sentence alike.

This module lists words; it must not decide what agrees with what, nor read Lexique383.
"""

from __future__ import annotations

# The third-person forms of each verb that the patterns know, by tense as far as they go.
_COPULA_FORMS = {
    "être": "est sont était étaient sera seront serait seraient soit soient fut furent",
    "rester": "reste restent restait restaient",
    "sembler": "semble semblent semblait semblaient",
    "devenir": "devient deviennent devenait devenaient",
    "paraître": "paraît paraissent",
    "demeurer": "demeure demeurent",
}
_AVOIR_FORMS = "a ont avait avaient aura auront aurait auraient ait aient"
# « sembler » takes an infinitive too (« semble être », « semblent devenir »).
_MODAL_FORMS = {
    "pouvoir": "peut peuvent pouvait pouvaient pourra pourront pourrait pourraient",
    "devoir": "doit doivent devait devaient devra devront devrait devraient",
    "aller": "va vont",
    "sembler": "semble semblent",
}

#: Finite forms of « être » and of the verbs whose complement is an attribute of the subject.
COPULAS = frozenset(form for forms in _COPULA_FORMS.values() for form in forms.split())
#: Their infinitives, the copula after a modal (« peut devenir douloureuse »).
COPULA_INFINITIVES = frozenset(_COPULA_FORMS)
#: Finite forms of « avoir ».
AVOIR = frozenset(_AVOIR_FORMS.split())
#: Finite forms of the verbs that take the infinitive of a copula (« doit être », « va rester »).
MODALS = frozenset(form for forms in _MODAL_FORMS.values() for form in forms.split())

__all__ = ["AVOIR", "COPULAS", "COPULA_INFINITIVES", "MODALS"]
