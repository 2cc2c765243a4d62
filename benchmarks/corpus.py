"""Build the benchmark corpus from real French text installed on this machine.

Sources are Debian's French manual pages (``manpages-fr``, rendered with groff) and the
French Debian Reference (``debian-reference-fr``, its plain-text edition).  Paragraphs are
unwrapped, and one sentence in fifty is one of the medical sentences below, written for
this benchmark (some correct, some with the mistranslations medgloss exists to catch).
The corpus is deterministic for a given set of installed packages.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PACKAGES = ("manpages-fr", "debian-reference-fr")
MAN_ROOT = Path("/usr/share/man/fr")
REFERENCE = Path("/usr/share/debian-reference/debian-reference.fr.txt.gz")

# Written for this benchmark; about half carry an error the bundled glossary knows.
MEDICAL = [
    "Le traitement par immunoglobulines commence dès qu’un diagnostic est atteint.",
    "L’immunoglobuline est administrée par perfusion à travers une canule dans une veine.",
    "Les perfusions sous-cutanées se font à domicile avec une pompe portable.",
    "Des médicaments biologiques peuvent humidifier le système immunitaire.",
    "Une greffe de moelle osseuse est proposée aux enfants les plus gravement atteints.",
    "La perfusion intraveineuse dure environ deux heures à l’hôpital de jour.",
    "Une réponse auto-immune peut être traitée avec des stéroïdes.",
    "Le médecin vérifie le type de tissu du donneur avant la greffe.",
    "Les antibiotiques préviennent les infections pulmonaires récidivantes.",
    "Le déficit immunitaire primitif est confirmé par un dosage des anticorps.",
    "Les IVIG sont préparées à partir du plasma de milliers de donneurs.",
    "Un traitement antifongique est parfois nécessaire pendant l’hiver.",
    "Le syndrome de carence en NEMO touche surtout les garçons.",
    "L’injection intra-veineuse doit être faite lentement par une infirmière.",
    "Les cellules souches sanguines sont prélevées chez un donneur compatible.",
    "Les corticoïdes freinent la réponse inflammatoire en quelques jours.",
    "Le patient reçoit ses immunoglobulines sous-cutanées chaque semaine.",
    "Le diagnostic est posé après plusieurs infections graves dans l’enfance.",
    "Un donneur sain remplace le système immunitaire défectueux du receveur.",
    "La pompe à perfusion sonne quand la seringue est vide.",
    "Les infirmières humidifiaient la réponse inflammatoire avec des biothérapies.",
    "Le conditionnement précède la greffe de cellules souches hématopoïétiques.",
    "Les anticorps manquants sont remplacés par des immunoglobulines humaines.",
    "Une canule est posée dans la veine du bras avant la perfusion.",
]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ«])")


def ensure_packages() -> None:
    """Install the French documentation packages with apt-get if they are missing."""
    if MAN_ROOT.is_dir() and REFERENCE.is_file():
        return
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        raise SystemExit(f"benchmark: install {' '.join(PACKAGES)} (apt-get install) first")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *PACKAGES], check=True, env=env, stdout=subprocess.DEVNULL)


def _render(page: Path) -> str:
    """A manual page as plain text (groff, no overstriking)."""
    source = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
    result = subprocess.run(
        ["groff", "-K", "utf8", "-mandoc", "-Tutf8", "-P-cbou", "-rLL=200n", "-rcR=1"],
        input=source, capture_output=True, check=False,
    )
    return result.stdout.decode("utf-8", "replace")


def _paragraphs(text: str) -> list[str]:
    """Unwrapped paragraphs: lines joined, indentation dropped, tables and headers skipped."""
    result = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines or any(line.startswith(("|", "+-")) for line in lines):
            continue
        paragraph = " ".join(lines)
        if len(paragraph.split()) >= 6:  # headings and option names are not prose
            result.append(paragraph)
    return result


def french_paragraphs() -> list[str]:
    """Every prose paragraph of the installed French documentation, in a stable order."""
    ensure_packages()
    pages = sorted(p for p in MAN_ROOT.glob("man*/*") if p.is_file())
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        rendered = list(pool.map(_render, pages))
    paragraphs: list[str] = []
    for text in rendered:
        paragraphs.extend(_paragraphs(text))
    paragraphs.extend(_paragraphs(gzip.decompress(REFERENCE.read_bytes()).decode("utf-8", "replace")))
    return paragraphs


def mix_medical(paragraphs: list[str], every: int = 50) -> list[str]:
    """Replace one sentence in ``every`` by a medical sentence (cycling through MEDICAL)."""
    count = 0
    used = 0
    mixed = []
    for paragraph in paragraphs:
        sentences = _SENTENCE_END.split(paragraph)
        for i in range(len(sentences)):
            count += 1
            if count % every == 0:
                sentences[i] = MEDICAL[used % len(MEDICAL)]
                used += 1
        mixed.append(" ".join(sentences))
    return mixed


# Raised whenever the corpus's text changes, so that a kept corpus of an older version is
# rebuilt (2: the man pages read as UTF-8; version 1 had two thirds of them as mojibake).
VERSION = "2"


def build(path: Path) -> Path:
    """Write the corpus to ``path`` (kept between runs, with its version beside it) and return it."""
    stamp = path.with_name(path.name + ".version")
    if path.is_file() and path.stat().st_size and stamp.is_file() and stamp.read_text().strip() == VERSION:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n\n".join(mix_medical(french_paragraphs())) + "\n"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    stamp.write_text(VERSION + "\n")
    return path
