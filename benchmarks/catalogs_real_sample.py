"""Write the curated sample of real catalog entries that tests/test_catalogs_real.py checks.

    python benchmarks/catalogs_real_sample.py [--mirror /work/.mirror]

The entries named in ``tests/data/catalogs_real/judgements.yaml`` are taken, with their
comments and flags, from the catalogs of :data:`catalogs_mirrors.CATALOGS` (read from the
mirrors at the recorded commits) and written, in their catalog's order, to
``tests/data/catalogs_real/<catalog>.fr.po`` with a header naming the repository, path,
commit and licence.  Only these few hundred entries are committed, as short quotations of
free software.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import polib
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from catalogs_mirrors import CATALOGS, read_catalog  # noqa: E402

DATA = HERE.parent / "tests" / "data" / "catalogs_real"
LICENCES = {
    "alwindoss/gnuhealth": "GNU GPL v3 or later (GNU Health, a GNU package; https://www.gnuhealth.org)",
    "ncqgm/gnumed": "GNU GPL v2 or later (GNUmed; https://www.gnumed.de)",
    "dhis2/capture-app": "BSD 3-Clause (DHIS2 capture-app; https://github.com/dhis2/capture-app)",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args(argv)
    judged = yaml.safe_load((DATA / "judgements.yaml").read_text(encoding="utf-8"))["entries"]
    wanted: dict[str, set[tuple[str | None, str]]] = {}
    for item in judged:
        wanted.setdefault(item["catalog"], set()).add((item["msgctxt"], item["msgid"]))
    for repo, commit, path, name in CATALOGS:
        if name not in wanted:
            continue
        text = read_catalog(args.mirror, repo, commit, path)
        if text is None:
            print(f"{name}: no mirror of {repo}; its sample is left as it is")
            continue
        source = polib.pofile(text)
        sample = polib.POFile(wrapwidth=78)
        sample.header = (
            f"Sample of the French catalog of {repo}, {path} at commit {commit}.\n"
            f"Licence: {LICENCES[repo]}.\n"
            "Copyright of the entries: their authors and translators (see the repository).\n"
            "Curated for medgloss's regression test of issue 18; judgements in judgements.yaml.")
        sample.metadata = dict(source.metadata)
        found = 0
        for entry in source:
            if (entry.msgctxt, entry.msgid) in wanted[name] and not entry.obsolete:
                sample.append(entry)
                found += 1
        out = DATA / f"{name}.fr.po"
        sample.save(str(out))
        print(f"{out.name}: {found} of {len(wanted[name])} judged entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
