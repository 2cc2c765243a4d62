"""The HTML report in a real headless Chromium: it renders, highlights sit on the found text,
and the rule/severity filters hide findings. Skipped when Chromium or its driver is absent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from medgloss.api import check_text
from medgloss.report import RENDERERS

CHROMIUM = "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"
TEXT = (
    "Une canule dans une veine du bras permet la perfusion.\n"
    "Le diagnostic est atteint après une prise de sang & un <examen>.\n"
    "Les corticoïdes servent à humidifier le système immunitaire.\n"
)

webdriver = pytest.importorskip("selenium.webdriver")
if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
    pytest.skip("Debian's chromium and chromium-driver are not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def test_report_renders_highlights_and_filters(browser, tmp_path) -> None:
    from selenium.webdriver.common.by import By

    findings = check_text(TEXT, path="notice <1>.txt")
    rules = {f.rule for f in findings}
    assert len(rules) >= 2, "the fixture should produce findings of two codes"
    page = tmp_path / "report.html"
    page.write_text(RENDERERS["html"](findings, 1, documents={"notice <1>.txt": TEXT}), encoding="utf-8")
    browser.get(page.as_uri())

    assert browser.find_element(By.TAG_NAME, "h2").text == "notice <1>.txt"
    assert "<examen>" in browser.find_element(By.CSS_SELECTOR, "pre.text").text
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.finding")
    assert [m.text for m in marks] == [f.found for f in sorted(findings, key=lambda f: f.offset)]
    assert [m.get_attribute("data-rule") for m in marks] == [f.rule for f in sorted(findings, key=lambda f: f.offset)]

    def hidden() -> int:
        return len(browser.find_elements(By.CSS_SELECTOR, "li.finding.hidden"))

    assert hidden() == 0
    rule = sorted(rules)[0]
    browser.find_element(By.CSS_SELECTOR, f'.filters input[name="rule"][value="{rule}"]').click()
    assert hidden() == sum(1 for f in findings if f.rule == rule)
    assert browser.find_element(By.ID, "shown").text == str(len(findings) - hidden())
    browser.find_element(By.CSS_SELECTOR, '.filters input[name="severity"][value="error"]').click()
    assert hidden() == sum(1 for f in findings if f.rule == rule or f.severity == "error")
