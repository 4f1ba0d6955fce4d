"""Text from data lands in report.md inert: no tag, no entity, no link, no extra line — and still checks."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from writer.cli import app
from writer.markup import inert

WEEK = "2026-01-31"
# No digits in the payloads: a number in an event's text that its figures lack is the checker's business.
HOSTILE_TITLE = "发布文心5.0<script>alert(document.cookie)</script>"
HOSTILE_DETAIL = ("文心5.0正式上线，参数规模达2.4万亿 <img src=x onerror=alert(document.domain)> "
                  "[官网](javascript:alert(document.cookie)) &quot;")


def test_html_and_links_from_an_event_are_inert_in_the_report_and_the_report_checks(data_copy, tmp_path):
    events = data_copy / "weeks" / WEEK / "events.yaml"
    text = events.read_text(encoding="utf-8")
    text = text.replace("title: 发布文心5.0", f"title: '{HOSTILE_TITLE}'", 1)
    text = text.replace("- 文心5.0正式上线，参数规模达2.4万亿，采用原生全模态设计", f"- '{HOSTILE_DETAIL}'", 1)
    events.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", "--week", WEEK, "--data", str(data_copy), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    report = (tmp_path / "out" / WEEK / "report.md").read_text(encoding="utf-8")
    assert "<script>" not in report and "<img" not in report and "](javascript:" not in report and " &quot;" not in report
    assert "&lt;script&gt;" in report
    draft = json.loads((tmp_path / "out" / WEEK / "draft.json").read_text(encoding="utf-8"))
    assert draft["check"]["problems"] == []
    check = CliRunner().invoke(app, ["check", str(tmp_path / "out" / WEEK / "report.md"), "--week", WEEK,
                                     "--data", str(data_copy)])
    assert check.exit_code == 0, check.output


def test_inert_keeps_names_and_figures_and_removes_markup():
    assert inert("FLUX.2 [dev] 582B，+18%") == "FLUX.2 [dev] 582B，+18%"
    assert inert("a<b>c</b>") == "a&lt;b&gt;c&lt;/b&gt;"
    assert inert("[x](javascript:alert(1))") == "[x]\\(javascript:alert(1))"
    assert inert("AT&T &amp; &#58;") == "AT&T &amp;amp; &amp;#58;"
    assert inert("第一行\n* 第二行") == "第一行 * 第二行"
