"""The package layering of ARCHITECTURE.md holds: no module imports from a higher layer.

The contract is the import-linter one in pyproject.toml; this test reads it and checks every
import statement of the source (function-level imports included), so that it runs without
import-linter and cannot drift from what ``lint-imports`` checks.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def _layers() -> list[list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    return [[name.strip() for name in line.split("|")] for line in contract["layers"]]


def _module_name(path: Path, src: Path = SRC) -> tuple[str, bool]:
    parts = list(path.relative_to(src).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if is_package else parts), is_package


def _imports(path: Path, src: Path = SRC) -> list[tuple[int, str]]:
    """(line, absolute module) of every medgloss import in ``path``."""
    module, is_package = _module_name(path, src)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "medgloss":  # ``from medgloss import x``: x is what is imported
                found += [(node.lineno, f"medgloss.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, target))
    return [(line, name) for line, name in found if name.startswith("medgloss.")]


def _top(module: str) -> str:
    return module.split(".")[1]


def test_every_package_has_a_layer() -> None:
    ranked = {name for layer in _layers() for name in layer}
    tops = {_top(_module_name(p)[0]) for p in SRC.rglob("*.py") if _module_name(p)[0] != "medgloss"}
    assert tops - {"__main__"} <= ranked, f"packages missing from the layers contract: {tops - ranked}"


def _violations(src: Path) -> list[str]:
    rank = {name: index for index, layer in enumerate(_layers()) for name in layer}
    violations = []
    for path in sorted(src.rglob("*.py")):
        module, _ = _module_name(path, src)
        if module == "medgloss" or _top(module) == "__main__":
            continue
        mine = _top(module)
        for line, target in _imports(path, src):
            other = _top(target)
            if other == mine or other == "__version__":
                continue
            if rank[other] <= rank[mine]:
                violations.append(f"{path.relative_to(src)}:{line}: {mine} imports {target}")
    return violations


def test_no_import_goes_up_or_sideways() -> None:
    violations = _violations(SRC)
    assert not violations, "imports against the layers:\n" + "\n".join(violations)


def test_the_check_sees_upward_sideways_and_lazy_imports(tmp_path: Path) -> None:
    package = tmp_path / "medgloss"
    (package / "checks").mkdir(parents=True)
    (package / "checks" / "bad.py").write_text(
        "from ..catalog import build\n"            # up
        "from ..matching import scan\n"            # down: allowed
        "def later():\n    from medgloss import api\n"  # up, lazily
    )
    (package / "report").mkdir()
    (package / "report" / "side.py").write_text("from ..workspace import config\n")  # sideways
    found = _violations(tmp_path)
    assert found == [
        "medgloss/checks/bad.py:1: checks imports medgloss.catalog",
        "medgloss/checks/bad.py:4: checks imports medgloss.api",
        "medgloss/report/side.py:1: report imports medgloss.workspace",
    ]


@pytest.mark.parametrize("library, allowed", [
    ("spacy", {"french/parse.py", "spacy_component.py"}),
    ("babel", {"catalog/build.py", "catalog/extract.py"}),
    ("verbecc", {"french/verbs.py"}),
    ("ahocorasick", {"matching/compiled.py", "matching/cache.py"}),
])
def test_heavy_libraries_stay_in_their_modules(library: str, allowed: set[str]) -> None:
    users = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(n == library or n.startswith(library + ".") for n in names):
                users.add(path.relative_to(SRC / "medgloss").as_posix())
    assert users <= allowed, f"{library} imported outside {sorted(allowed)}: {sorted(users - allowed)}"


def test_architecture_page_names_every_package() -> None:
    page = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    packages = {p.parent.name for p in (SRC / "medgloss").glob("*/__init__.py")}
    missing = sorted(name for name in packages if f"`{name}/`" not in page)
    assert not missing, f"ARCHITECTURE.md does not describe: {missing}"
