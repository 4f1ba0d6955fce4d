"""What a problem says to an editor: one whole Chinese sentence, from the problem's fields.

The sentence names the figure as written, what is wrong with it, and what the data holds instead
— the entity, the board, the week, the value — with the data file and line it comes from. The
English `Problem.message` stays as the checker words it for the LLM's re-ask; `--lang en` shows it.
"""

from __future__ import annotations

from ..findings import Problem, ProblemKind, Verdict

_WHAT = {
    ProblemKind.wrong_value: "与数据不符",
    ProblemKind.wrong_entity: "不是句中所说实体的数字",
    ProblemKind.wrong_week: "的周次不对",
    ProblemKind.wrong_metric: "的指标不对",
    ProblemKind.direction: "前的涨跌用词与数据相反",
    ProblemKind.top_n: "与排名不符",
    ProblemKind.event_figure: "不是该事件记录的数字",
    ProblemKind.event_date: "不是该事件的日期",
    ProblemKind.table: "与榜单排名不符",
    ProblemKind.unlicensed: "无法核对：数据里没有能确认它的数字",
    ProblemKind.unreadable: "无法核对：读不出这个数字说的是哪个实体的哪项指标",
}


def chinese(problem: Problem) -> str:
    """The problem as one Chinese sentence for editors."""
    what = _WHAT.get(problem.kind, "未通过核对")
    if problem.verdict is Verdict.unchecked and problem.kind not in (ProblemKind.unlicensed, ProblemKind.unreadable):
        what = "无法核对"
    sentence = f"「{problem.quote}」{what}"
    source = problem.source
    if source is None:
        return sentence + "。"
    value = source.value.split(" ", 1)[-1] if source.value != "not listed" else "未上榜"
    week = source.week or ""
    if source.metric in ("figures", "date", "organisation"):
        holds = f"数据中{source.entity}的{_EVENT_LABELS.get(source.metric, source.metric)}为{value}"
    else:
        board = f"{source.board}上" if source.board else ""
        holds = f"数据中{board}{source.entity}{week}的{source.metric}为{value}"
    where = ""
    if source.file:
        where = f"（见 {source.file}" + (f" 第{source.line}行" if source.line else "") + "）"
    return f"{sentence}：{holds}{where}。"


_EVENT_LABELS = {"figures": "数字", "date": "日期", "organisation": "发布方"}
