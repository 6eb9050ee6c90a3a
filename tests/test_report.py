"""Every export format opens with the tool a reader would use, and document text is escaped."""

from __future__ import annotations

import io
import json
from html.parser import HTMLParser

import openpyxl
import pandas as pd
import pytest

from analyser.cli import main
from analyser.compare import compare_all
from analyser.report import render, write
from analyser.store import Store
from tests.groundtruth import make_document
from tests.test_compare import SMALL

HOSTILE = "Incidents of domestic violence, <script>alert('x')</script> & \"quoted\" child's"


@pytest.fixture(scope="module")
def views() -> dict[str, pd.DataFrame]:
    frame = pd.concat([SMALL, SMALL.iloc[:1].assign(text=HOSTILE, level="B")], ignore_index=True)
    frame.loc[frame.index[-1], ["authority", "source"]] = ["Dale", "dale.pdf"]
    return compare_all(frame)


def test_json(views):
    data = json.loads(render(views, "json"))
    assert {"grid", "inconsistencies", "shared_sources", "statistics", "generated_at", "method"} <= set(data)
    group = data["inconsistencies"][0]
    assert {"issue", "descriptor", "spread", "members"} <= set(group)
    assert {"authority", "text", "level", "page", "source"} <= set(group["members"][0])
    gap = [c for c in data["grid"] if c["authority"] == "Avon" and c["issue"] == "housing"][0]
    assert gap["lowest"] is None and gap["count"] is None


def test_csv(views):
    frame = pd.read_csv(io.BytesIO(render(views, "csv")))
    assert list(frame.columns[:2]) == ["authority", "issue"]
    assert len(frame) == len(views["grid"])


def test_xlsx(views, tmp_path):
    path = write(views, "xlsx", tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)
    assert {"grid", "inconsistencies", "shared sources", "statistics", "method"} <= set(book.sheetnames)
    assert book["grid"].max_row == len(views["grid"]) + 1


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_and_escaped(views):
    page = render(views, "html").decode("utf-8")
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags  # the hostile text stayed text
    assert "link" not in parser.tags and "img" not in parser.tags and "src=" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot;" in page
    assert "@media print" in page and "table" in parser.tags
    assert "Identical situation, different response" in "".join(parser.text)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "html", "json"])
def test_compare_command(tmp_path, fmt):
    db = tmp_path / "c.db"
    with Store(db) as store:
        store.add_document(
            make_document("Avon", [("Incidents of domestic violence", "A"), ("Victim of bullying", "A")])
        )
        store.add_document(
            make_document(
                "Bray", [("Incidents of domestic violence", "D"), ("Bullying others", "B")], source="bray.pdf"
            )
        )
    out = tmp_path / f"report.{fmt}"
    assert main(["compare", "--db", str(db), "--format", fmt, "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    if fmt == "json":
        data = json.loads(out.read_text())
        assert data["inconsistencies"][0]["spread"] == {"A": 1, "D": 1}


# -- hostile document text: the injection fixture through every export ---------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def hostile_views(tmp_path_factory) -> dict[str, pd.DataFrame]:
    """The injection fixture extracted for real, and a copy placing every indicator two levels higher
    under another authority, so the hostile text also lands in the inconsistencies."""
    import copy

    from analyser.safe import extract_document
    from tests.conftest import FIXTURES

    document = extract_document(FIXTURES / "injection.pdf")
    shifted = copy.deepcopy(document)
    shifted.authority, shifted.sha256, shifted.source = "Dale", "0" * 64, "dale.pdf"
    for ind in shifted.indicators:
        ind.level = {"A": "C", "B": "D", "C": "A", "D": "B"}[ind.level]
    # enough text of its own that Dale's document is not taken for a copy of Westfold's
    for n in range(30):
        filler = copy.deepcopy(shifted.indicators[0])
        filler.text = f"A situation described only in Dale's document, number {n}"
        shifted.indicators.append(filler)
    with Store(tmp_path_factory.mktemp("inj") / "inj.db") as store:
        store.add_document(document)
        store.add_document(shifted)
        return compare_all(store.indicators_frame())


def test_injection_fixture_is_read_with_its_hostile_text(hostile_views):
    from corpus.fixtures import INJECTION_AUTHORITY, INJECTION_LEVELS

    texts = set(hostile_views["indicators"]["text"])
    for label, _, items in INJECTION_LEVELS:
        if "Universal" in label:  # a level of no additional needs: its item is a strength, set apart
            assert not set(items) & texts
            continue
        assert set(items) <= texts
    assert INJECTION_AUTHORITY in set(hostile_views["grid"]["authority"])


def test_inert_prefixes_only_what_a_spreadsheet_would_run():
    from analyser.report import inert

    assert inert('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert [inert(v) for v in ("+1", "-1", "@SUM(A1)", "\tx", "\rx")] == ["'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx"]
    assert inert("Child at risk") == "Child at risk" and inert(3) == 3 and inert(None) is None


@pytest.mark.parametrize("table", ["grid", "indicators"])
def test_csv_cells_never_start_a_formula(hostile_views, table):
    import csv

    rows = list(csv.reader(io.StringIO(render(hostile_views, "csv", table=table).decode("utf-8"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    assert '\'=HYPERLINK("http://evil.example/","Westfold")' in cells
    if table == "indicators":
        assert '\'=HYPERLINK("http://evil.example/","click") Experiencing bullying at school' in cells
        assert "'+cmd|' /C calc'!A0 Domestic violence in the home causing injury to the child" in cells
        assert "<script>alert('x')</script> Parents' arguments sometimes frighten the child" in cells


def test_xlsx_has_no_formula_cell(hostile_views, tmp_path):
    path = write(hostile_views, "xlsx", tmp_path / "hostile.xlsx")
    book = openpyxl.load_workbook(path)
    assert "indicators" in book.sheetnames
    values = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_START), (sheet.title, cell.coordinate, cell.value)
                    values.append(cell.value)
    assert "'@SUM(1+1) Child is often missing from school" in values
    assert '\'=HYPERLINK("http://evil.example/","Westfold")' in values


def test_html_report_keeps_hostile_text_as_text(hostile_views):
    page = render(hostile_views, "html").decode("utf-8")

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[tuple[str, list]] = []
            self.text: list[str] = []

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, attrs))

        def handle_data(self, data):
            self.text.append(data)

    parser = Tags()
    parser.feed(page)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "a", "iframe", "object", "link"}
    assert not [a for _, attrs in parser.tags for a, _ in attrs if a.startswith("on")]
    text = "".join(parser.text)
    assert "<script>alert('x')</script> Parents' arguments sometimes frighten the child" in text
    assert "<img src=x onerror=alert(1)> Overcrowded housing" in text
    assert '=HYPERLINK("http://evil.example/","Westfold")' in text


def test_json_keeps_the_text_exactly(hostile_views):
    data = json.loads(render(hostile_views, "json"))
    texts = {m["text"] for g in data["inconsistencies"] for m in g["members"]}
    assert "-2+3 Unexplained physical injury to a baby" in texts
