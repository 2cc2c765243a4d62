"""Cost of MG118 (literal renderings): checks with and without it, in the same run.

    python benchmarks/literal_renderings.py [paragraphs]   # default 3000 of benchmarks/run.py's corpus

Prints the best of two alternated rounds of each case and their ratio, on the paragraphs of
the benchmark corpus (man pages mixed with medical French), then on a worst case: one
indexed word (« sang », which fills hundreds of slots) repeated, against a word that fills none.
"""
import sys, time
sys.path.insert(0, "benchmarks")
from pathlib import Path
import corpus as corpus_mod
import medgloss
from medgloss.api import check_text
path = corpus_mod.build(Path("benchmarks/.cache/corpus.txt")) if not Path("benchmarks/.cache/corpus.txt").exists() else Path("benchmarks/.cache/corpus.txt")
text = path.read_text(encoding="utf-8")
chunks = [c for c in text.split("\n\n") if c.strip()]
n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
chunks = chunks[:n]
words = sum(len(c.split()) for c in chunks)
g = medgloss.default_glossary()
check_text(chunks[0], glossary=g)
from medgloss.glossary.literal_index import literal_index
literal_index(g)
best = {}
for rnd in range(2):
    for label, ignore in (("without MG118", ["MG118"]), ("with MG118", [])):
        t = time.perf_counter()
        found = 0
        for c in chunks:
            found += sum(1 for f in check_text(c, glossary=g, ignore=ignore) if f.rule == "MG118")
        best[label] = min(best.get(label, 1e9), time.perf_counter() - t)
        if rnd == 1: print(label, f"{best[label]:.2f} s", "MG118 findings", found)
print(f"{len(chunks)} paragraphs, {words} words; ratio {best['with MG118']/best['without MG118']:.3f}")
worst = {}
for label, word in (("one indexed word", "sang"), ("a word of no slot", "greffe")):
    t = time.perf_counter()
    check_text((word + " ") * 2000 + "après la greffe.", glossary=g, select=["MG118"])
    worst[label] = time.perf_counter() - t
    print(f"{label} × 2000: {worst[label]:.2f} s")
print(f"worst case ratio {worst['one indexed word'] / worst['a word of no slot']:.1f}")
