"""The README's pre-commit set-up, run by pre-commit itself on a sample repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BAD = "Votre enfant recevra une perfusion d’immunoglobine chaque mois.\n"
GOOD = "Votre enfant recevra une perfusion d’immunoglobuline chaque mois.\n"


def _readme_local_config() -> dict:
    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    config = next(yaml.safe_load(b) for b in blocks if "repo: local" in b)
    return config


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture()
def sample_repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "notice.txt").write_text(BAD, encoding="utf-8")
    (repo / "consignes.md").write_text(GOOD, encoding="utf-8")
    (repo / "script.py").write_text("# immunoglobine, hors des fichiers du hook\n", encoding="utf-8")
    return repo


def _pre_commit(repo: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"  # medgloss, pre-commit
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env.pop("PRE_COMMIT_COLOR", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", *args, "--color", "never"], cwd=repo, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_readme_local_hook_matches_the_published_hooks():
    manifest = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    (local,) = _readme_local_config()["repos"][0]["hooks"]
    published = manifest[local["id"]]
    # The same command on the same files as the hook pre-commit installs from the repository.
    assert local["entry"] == published["entry"] and local["files"] == published["files"]
    assert manifest["medgloss-fix"]["entry"] == published["entry"] + " --fix"


def test_readme_local_hook_runs_on_a_sample_repository(sample_repo, tmp_path):
    pytest.importorskip("pre_commit")
    config = _readme_local_config()
    (sample_repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(sample_repo, "add", "-A")
    done = _pre_commit(sample_repo, tmp_path, "run", "--all-files")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "notice.txt:1:38: MG102" in done.stdout
    assert "consignes.md" not in done.stdout and "script.py" not in done.stdout
    # The fixing hook, as the README says: the same entry with --fix.
    config["repos"][0]["hooks"][0].update(id="medgloss-fix", entry="medgloss check --fix")
    (sample_repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(sample_repo, "add", "-A")
    fixed = _pre_commit(sample_repo, tmp_path, "run", "--all-files")
    assert fixed.returncode == 1 and "files were modified by this hook" in fixed.stdout
    assert (sample_repo / "notice.txt").read_text(encoding="utf-8") == GOOD
    _git(sample_repo, "add", "-A")
    assert _pre_commit(sample_repo, tmp_path, "run", "--all-files").returncode == 0
