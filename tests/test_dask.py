"""The Dask integration, run on Dask's local distributed cluster."""

from __future__ import annotations

import pytest

from medgloss.api import check_file, check_text

distributed = pytest.importorskip("distributed")
db = pytest.importorskip("dask.bag")

from medgloss.dask import check_paths, check_texts  # noqa: E402

TEXTS = {
    "a.txt": "Une canule est posée dans la veine du bras avant la perfusion.\n",
    "b.txt": "Le fichier de configuration est relu au démarrage.\n",
    "c.txt": "Des médicaments biologiques peuvent humidifier le système immunitaire.\n",
}


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            yield client


def test_bag_of_paths_gives_cli_findings(client, tmp_path) -> None:
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    (tmp_path / "bad.txt").write_bytes("Une canule, été.\n".encode("latin-1"))
    paths.append(str(tmp_path / "bad.txt"))
    results = check_paths(db.from_sequence(paths, npartitions=2)).compute()
    expected = [f.to_dict() for p in paths[:-1] for f in check_file(p)]
    assert [r for r in results if "error" not in r] == expected
    assert {r["rule"] for r in expected} == {"MG103"}
    errors = [r for r in results if "error" in r]
    assert len(errors) == 1 and errors[0]["path"].endswith("bad.txt")


def test_bag_of_texts(client) -> None:
    bag = db.from_sequence(sorted(TEXTS.items()), npartitions=3)
    results = check_texts(bag, select=["MG103"]).compute()
    expected = [f.to_dict() for name, text in sorted(TEXTS.items()) for f in check_text(text, path=name)]
    assert results == expected and len(results) == 2
