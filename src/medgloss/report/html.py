"""``--format html``: a self-contained report page for translators.

Each document is shown with its findings highlighted; each highlight is explained (message,
replacements, rule, concept) and the page filters by rule and severity. Everything is inline
(no CDN, no network) and every piece of user text goes through :func:`html.escape`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape

from ..findings.codes import CODES
from ..findings.model import Finding
from ..i18n import N_, _, ngettext, translation
from .rule_docs import anchor, code_documentation

# Severities are data (« error »…) shown in the message language.
SEVERITY_LABELS = (N_("error"), N_("warning"), N_("info"))

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#234;color:#fff;padding:.8em 1.5em}header h1{margin:0;font-size:1.3em}
main{padding:1em 1.5em}.filters{display:flex;gap:2em;flex-wrap:wrap;margin-bottom:1em}
.filters fieldset{border:1px solid #ccc;border-radius:4px}
section.doc{background:#fff;border:1px solid #ddd;border-radius:4px;margin-bottom:1.5em;padding:0 1em 1em}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:14px/1.6 ui-monospace,monospace;background:#fdfdfd}
mark.finding{border-bottom:2px solid;padding:0 1px;cursor:help}
mark.error{background:#fdd;border-color:#c00}mark.warning{background:#ffc;border-color:#c90}
mark.info{background:#def;border-color:#36c}
.hidden{display:none}mark.finding.filtered{background:none;border:none}
ol.findings li{margin:.3em 0}.code{font-family:monospace;font-weight:bold}
.fix{color:#060;font-weight:bold}.muted{color:#666}
q{quotes:"\\00AB\\00A0" "\\00A0\\00BB"}
section.rules{background:#fff;border:1px solid #ddd;border-radius:4px;padding:0 1em 1em}
section.rules article{border-top:1px solid #eee;padding:.3em 0}section.rules h3{font-size:1em;margin:.4em 0}
"""

# Hiding a finding hides its list entry and un-highlights its text (the text itself stays).
_JS = """
(function(){
  function apply(){
    var off={};
    document.querySelectorAll('.filters input').forEach(function(box){
      if(!box.checked){off[box.name+':'+box.value]=true;}
    });
    document.querySelectorAll('[data-rule]').forEach(function(el){
      var hide=off['rule:'+el.dataset.rule]||off['severity:'+el.dataset.severity];
      el.classList.toggle(el.tagName==='MARK'?'filtered':'hidden',!!hide);
    });
    var shown=document.querySelectorAll('li.finding:not(.hidden)').length;
    document.getElementById('shown').textContent=shown;
  }
  document.querySelectorAll('.filters input').forEach(function(box){box.addEventListener('change',apply);});
  apply();
})();
"""


def _explain(f: Finding) -> str:
    text = f"{f.rule} {f.name}: {f.message}"
    if f.replacements:
        text += " → " + ", ".join(f.replacements)
    return text + f" [concept: {f.concept}]"


def _highlighted(text: str, findings: Sequence[Finding], ids: Mapping[int, str]) -> str:
    parts: list[str] = []
    position = 0
    for f in sorted(findings, key=lambda f: (f.offset, -f.length)):
        if f.offset < position or f.end > len(text):
            continue  # overlapping findings are listed but highlighted once
        parts.append(escape(text[position : f.offset]))
        parts.append(
            f'<mark class="finding {escape(f.severity)}" id="{ids[id(f)]}" data-rule="{escape(f.rule)}" '
            f'data-severity="{escape(f.severity)}" title="{escape(_explain(f))}">{escape(text[f.offset : f.end])}</mark>'
        )
        position = f.end
    parts.append(escape(text[position:]))
    return "".join(parts)


def _item(f: Finding, anchor_id: str) -> str:
    # The message already names the term found and its correction: each is shown once.
    code = CODES.get(f.rule)
    help_link = f' <a href="#{anchor(code)}">{escape(code.name)}</a>' if code else ""
    concept = _("concept: {id}").format(id=f.concept)
    return (
        f'<li class="finding" data-rule="{escape(f.rule)}" data-severity="{escape(f.severity)}">'
        f'<a href="#{anchor_id}">{f.line}:{f.column}</a> <span class="code">{escape(f.rule)}</span>{help_link} '
        f'<span class="severity">{escape(_(f.severity))}</span> — {escape(f.message)} '
        f'<span class="muted">{escape(concept)}</span></li>'
    )


def _rule_sections(findings: Sequence[Finding]) -> str:
    """The documentation of every code the page reports, where its links point."""
    articles = []
    for code_name in sorted({f.rule for f in findings}):
        code = CODES.get(code_name)
        if code is None:
            continue
        title, *paragraphs = code_documentation(code)
        body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
        articles.append(f'<article id="{anchor(code)}"><h3>{escape(title)}</h3>{body}</article>')
    if not articles:
        return ""
    heading = _("Checks reported")
    return f'<section class="rules"><h2>{escape(heading)}</h2>{"".join(articles)}</section>'


def _checkboxes(name: str, values: Counter[str], labels: Mapping[str, str]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" name="{name}" value="{escape(v)}" checked> '
        f"{escape(labels.get(v, v))} ({count})</label> "
        for v, count in sorted(values.items())
    )
    legend = {"rule": _("Rule"), "severity": _("Severity")}[name]
    return f"<fieldset><legend>{escape(legend)}</legend>{boxes}</fieldset>"


def render(findings: Sequence[Finding], files: int, documents: Mapping[str, str] | None = None) -> str:
    """The whole page; documents without their text show the findings list only."""
    documents = documents or {}
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    ids = {id(f): f"f{i}" for i, f in enumerate(findings)}
    sections = []
    for path in sorted(set(by_path) | set(documents)):
        found = by_path.get(path, [])
        body = ""
        if path in documents:
            body = f'<pre class="text">{_highlighted(documents[path], found, ids)}</pre>'
        none = _("No finding.")
        items = "".join(_item(f, ids[id(f)]) for f in found) or f'<li class="muted">{escape(none)}</li>'
        sections.append(
            f'<section class="doc"><h2>{escape(path)}</h2>{body}<ol class="findings">{items}</ol></section>'
        )
    rule_labels = {c: f"{c} {CODES[c].name}" for c in CODES}
    filters = _checkboxes("rule", Counter(f.rule for f in findings), rule_labels) + _checkboxes(
        "severity", Counter(f.severity for f in findings), {s: _(s) for s in ("error", "warning", "info")}
    )
    title = _("medgloss report")
    shown = ngettext("{shown} of {total} finding shown, {files} file checked.",
                     "{shown} of {total} findings shown, {files} files checked.", len(findings))
    shown = escape(shown).replace("{shown}", f'<span id="shown">{len(findings)}</span>', 1)
    summary = shown.format(total=len(findings), files=files)
    return (
        f'<!DOCTYPE html>\n<html lang="{_language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><p>{summary}</p></header>"
        f'<main><div class="filters">{filters}</div>{"".join(sections)}{_rule_sections(findings)}</main>'
        f"<script>{_JS}</script></body></html>\n"
    )


def _language() -> str:
    """The page's language: the one its interface is written in."""
    info = translation().info() if hasattr(translation(), "info") else {}
    return (info.get("language") or "en").split("_")[0] or "en"
