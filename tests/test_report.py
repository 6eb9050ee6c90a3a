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
