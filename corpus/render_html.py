"""Render a spec as HTML + CSS and print it with WeasyPrint, like web-published guidance.

Running header/footer come from @page margin boxes, the contents page from target-counter(),
the matrix header row from <thead> (repeated on every page) and hyphenation from
`hyphens: auto` with lang="en-GB".
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from weasyprint import HTML

from corpus import content
from corpus.spec import Indicator, Level, Spec

_CSS = """
@page { size: A4 %(orient)s; margin: 2.2cm 1.8cm 2cm 1.8cm;
  font-family: "Liberation Sans", "DejaVu Sans", sans-serif;
  @top-left { content: "%(partnership)s"; font-size: 8pt; color: #2B4A6F; font-weight: bold; }
  @top-right { content: "%(title)s"; font-size: 8pt; color: #2B4A6F; }
  @bottom-left { content: "%(footer)s"; font-size: 8pt; color: #444; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }
}
@page :first { @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt;
  color: #1b1b1b; line-height: 1.35; }
h1 { color: #2B4A6F; font-size: 17pt; margin: 0.6em 0 0.4em; break-after: avoid; }
h2 { font-size: 13pt; margin: 0.9em 0 0.3em; padding: 3pt 6pt; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0.7em 0 0.2em; break-after: avoid; }
.title-page { page-break-after: always; padding-top: 6cm; }
.title-page .partnership { font-size: 14pt; color: #2B4A6F; }
.title-page .title { font-size: 34pt; font-weight: bold; color: #2B4A6F; margin: 0.3em 0; }
.title-page .subtitle { font-size: 15pt; margin-bottom: 1.5em; }
.title-page .version { font-size: 12pt; }
.contents { page-break-after: always; }
.contents a { color: inherit; text-decoration: none; }
.contents li { list-style: none; margin: 0.25em 0; }
.contents li.d0 { font-weight: bold; }
.contents li.d1 { margin-left: 1.5em; }
.contents a::after { content: leader('.') target-counter(attr(href), page); }
.indicators { page-break-before: always; }
ul.b, ol.b { margin: 0.2em 0 0.5em 0; padding-left: 1.4em; }
ul.b li, ol.b li { break-inside: avoid; margin: 0.1em 0; }
ul.b { list-style-type: "%(bullet)s  "; }
ol.b.lettered { list-style: none; counter-reset: item; padding-left: 1.6em; }
ol.b.lettered li { counter-increment: item; }
ol.b.lettered li::before { content: counter(item, lower-alpha) ")"; display: inline-block;
  width: 1.6em; margin-left: -1.6em; }
.lead { font-weight: bold; margin: 0.5em 0 0.2em; }
.two { columns: 2; column-gap: 0.9cm; }
table { border-collapse: collapse; width: 100%%; margin: 0.4em 0 1em; }
th, td { border: 0.75pt solid #7a7a7a; padding: 4pt 5pt; vertical-align: top; text-align: left; }
tr { break-inside: avoid; }
table.matrix { font-size: 8pt; hyphens: auto; }
table.matrix th.row { width: 16%%; background: #EEF2F7; }
table.matrix ul.b { padding-left: 1.1em; }
table.tpl td.ind { width: 56%%; }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _css(spec: Spec) -> str:
    def q(text: str) -> str:
        return text.replace("\\", "\\\\").replace('"', '\\"')

    bullet = spec.bullet if spec.bullet not in ("1.", "a)") else "•"
    return _CSS % {
        "orient": spec.orientation,
        "partnership": q(spec.partnership),
        "title": q(spec.title),
        "footer": q(content.footer_left(spec)),
        "bullet": q(bullet),
    }


def _list(spec: Spec, texts: list[str], start: int = 0) -> str:
    """A bullet list using the spec's glyph; numbered and lettered lists use <ol>."""
    items = "".join(f"<li>{_e(t)}</li>" for t in texts)
    if spec.bullet == "1.":
        return f'<ol class="b" start="{start + 1}">{items}</ol>'
    if spec.bullet == "a)":
        return f'<ol class="b lettered" style="counter-reset: item {start}">{items}</ol>'
    return f'<ul class="b">{items}</ul>'


def _texts(items: list[Indicator]) -> list[str]:
    return [i.text for i in items]


def _anchor(title: str) -> str:
    return "s-" + "".join(c if c.isalnum() else "-" for c in title.lower())


def _band(level: Level, tag: str = "h2", anchor: bool = True) -> str:
    """A level heading; a coloured band when the level has a colour."""
    style = ""
    if level.colour:
        style = f' style="background:{level.colour}; color:{content.text_colour(level.colour)}"'
    ident = f' id="{_anchor(level.heading)}"' if anchor else ""
    return f"<{tag}{ident}{style}>{_e(level.heading)}</{tag}>"


def _front(spec: Spec) -> str:
    agreed = ""
    if len(spec.authorities) > 1:
        agreed = "<p>Agreed by " + _e(", ".join(spec.authorities[:-1])) + " and " + _e(spec.authorities[-1]) + "</p>"
    entries = "".join(f'<li class="d{d}"><a href="#{_anchor(t)}">{_e(t)}</a></li>' for d, t in content.contents(spec))
    return (
        f'<section class="title-page"><div class="partnership">{_e(spec.partnership)}</div>'
        f'<div class="title">{_e(spec.title)}</div>'
        f'<div class="subtitle">{_e(spec.subtitle)}</div>'
        f'<div class="version">{_e(spec.version_line)}</div>{agreed}</section>'
        f'<section class="contents"><h1>Contents</h1><ul>{entries}</ul></section>'
    )


def _h1(title: str) -> str:
    return f'<h1 id="{_anchor(title)}">{_e(title)}</h1>'


def _levels_section(spec: Spec) -> str:
    out = [
        _h1(content.INTRO_TITLE),
        *[f"<p>{_e(p)}</p>" for p in spec.intro],
        _h1(content.LEVELS_TITLE),
        f"<p>{_e(spec.levels_intro)}</p>",
    ]
    for lv in spec.levels:
        out += [f"<h3>{_e(lv.heading)}</h3>", f"<p>{_e(lv.description)}</p>"]
    return "".join(out)


def _strengths(spec: Spec, lv: Level) -> str:
    items = spec.strengths.get(lv.label)
    if not items:
        return ""
    return f'<p class="lead">{_e(content.STRENGTHS_LEAD)}</p>' + _list(spec, items)


def _level_first(spec: Spec) -> str:
    out = []
    for lv in spec.levels:
        out += [_band(lv), _strengths(spec, lv)]
        for domain, items in content.domain_groups(spec, lv):
            if domain:
                out.append(f"<h3>{_e(domain)}</h3>")
            out.append(_list(spec, _texts(items)))
    return "".join(out)


def _domain_first(spec: Spec) -> str:
    if not spec.domains:
        return _level_first(spec)
    out = []
    for n, domain in enumerate(spec.domains):
        brk = ' style="break-before: page"' if n else ""
        out.append(f'<h1 id="{_anchor(domain)}"{brk}>{_e(domain)}</h1>')
        for lv in spec.levels:
            items = spec.indicators_at(lv.label, domain)
            strengths = _strengths(spec, lv) if n == 0 else ""
            if items or strengths:
                out += [_band(lv, anchor=False), strengths, _list(spec, _texts(items))]
    return "".join(out)


def _table_per_level(spec: Spec) -> str:
    out = []
    for lv in spec.levels:
        fill = lv.colour or "#D9E2F3"
        ink = content.text_colour(fill)
        head = "".join(f'<th style="background:{fill}; color:{ink}">{_e(h)}</th>' for h in content.TPL_HEADERS)
        rows = content.chunks(content.level_items(spec, lv))
        body, done = [], 0
        for n, chunk in enumerate(rows):
            merged = ""
            if n == 0:
                merged = (
                    f'<td rowspan="{len(rows)}">{_e(lv.action or "")}</td>'
                    f'<td rowspan="{len(rows)}">{_e(lv.services or "")}</td>'
                )
            body.append(f'<tr><td class="ind">{_list(spec, _texts(chunk), done)}</td>{merged}</tr>')
            done += len(chunk)
        out += [
            _band(lv),
            _strengths(spec, lv),
            f'<table class="tpl"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>',
        ]
    return "".join(out)


def _matrix(spec: Spec) -> str:
    head = ["<th></th>"]
    for lv in spec.levels:
        style = ""
        if lv.colour:
            style = f' style="background:{lv.colour}; color:{content.text_colour(lv.colour)}"'
        head.append(f"<th{style}>{_e(lv.heading)}</th>")
    body = []
    for row in content.matrix_rows(spec):
        cells = "".join(f"<td>{_list(spec, _texts(row.cells[lv.label]))}</td>" for lv in spec.levels)
        body.append(f'<tr><th class="row">{_e(row.label)}</th>{cells}</tr>')
    return f'<table class="matrix"><thead><tr>{"".join(head)}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def to_html(spec: Spec) -> str:
    """The whole document as one HTML string."""
    layouts = {"matrix": _matrix, "table_per_level": _table_per_level, "domain_first": _domain_first}
    indicators = layouts.get(spec.layout, _level_first)(spec)
    if spec.layout == "two_column":
        indicators = f'<div class="two">{indicators}</div>'
    closing = ""
    if spec.closing:
        closing = _h1(content.CLOSING_TITLE) + "".join(f"<p>{_e(p)}</p>" for p in spec.closing)
    created = spec.version_date.isoformat()
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>{_e(spec.title)}</title>"
        f'<meta name="author" content="{_e(spec.partnership)}">'
        f'<meta name="description" content="{_e(spec.subtitle)}">'
        f'<meta name="generator" content="{_e(spec.partnership)}">'
        f'<meta name="dcterms.created" content="{created}">'
        f'<meta name="dcterms.modified" content="{created}">'
        f"<style>{_css(spec)}</style></head><body>"
        f"{_front(spec)}{_levels_section(spec)}"
        f'<section class="indicators">{_h1(content.indicators_title(spec))}{indicators}'
        f"</section>{closing}</body></html>"
    )


def render(spec: Spec, out: Path) -> None:
    """Write spec as a WeasyPrint PDF at `out` (fixed dates and identifier: reproducible)."""
    HTML(string=to_html(spec), base_url=str(spec.path.parent)).write_pdf(
        str(out), pdf_identifier=spec.slug.encode(), uncompressed_pdf=False
    )
