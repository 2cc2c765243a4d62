"""The negation and short adverbs after a verb go inside a replacing verb phrase."""

from medgloss.french.verb_particles import phrase_around


def test_negation_goes_after_the_verb() -> None:
    text = "Les cellules ne mûrissent pas normalement."
    end = text.index("mûrissent") + len("mûrissent")
    assert phrase_around("arrivent à maturité", text, end) == (text.index("pas") + 3, "arrivent pas à maturité")


def test_adverb_goes_after_the_verb() -> None:
    text = "Les cellules souches mûrissent mal."
    end = text.index("mûrissent") + len("mûrissent")
    assert phrase_around("arrivent à maturité", text, end) == (text.index("mal") + 3, "arrivent mal à maturité")


def test_nothing_to_move() -> None:
    text = "Les cellules mûrissent dans le thymus."
    end = text.index("mûrissent") + len("mûrissent")
    assert phrase_around("arrivent à maturité", text, end) is None
    assert phrase_around("fonctionnent", "Elles ne travaillent pas.", 21) is None


def test_article_or_pronoun_left_alone() -> None:
    text = "Il ne décide pas vite."
    assert phrase_around("prend une décision", text, text.index(" pas")) is None
    assert phrase_around("se dissipe vite", "L’effet ne passe pas.", 16) is None
