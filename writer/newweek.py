"""`writer new-week`: start next week's folder from the last one, and say what to fill in.

Each board's file starts as a copy of last week's rows (the editor overwrites the figures), and
`events.yaml` starts empty with a commented example. An existing week folder is never touched.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError
from .load import EVENTS_FILE, WEEKS_DIR, Dataset
from .models import BoardKind

WEEK_LENGTH = dt.timedelta(days=7)

EVENTS_TEMPLATE = """\
# 本周（{start} 至 {end}）的重点事件，用编辑自己的话写（不要粘贴公告或往期周报）。
# details 里的每个数字（包括日期和"两项"这样的中文数字）都要在 figures 里列出；格式见 data/README.md。
# 示例（去掉行首的 # 即可使用）：
#
# events:
#   - id: example-model-launch         # 本文件内唯一：小写字母、数字、. - _
#     date: {end}                 # 事件发生的日期
#     org: 百度                          # entities.yaml 里的任一写法
#     title: 发布某某模型
#     details:
#       - 新模型参数规模达2.4万亿
#     figures:
#       参数规模: 2.4万亿
#     entities: [文心5.0]                 # 事件提到的产品和模型（须在 entities.yaml 里）
#     source: https://example.com/news   # 可选
events: []
"""

# What each kind of board asks the editor to redo, beyond "replace last week's rows".
_KIND_NOTES = {
    BoardKind.usage: "每行的 tokens 和 growth（growth = 相对上周 tokens 的周增长率，整数百分比）",
    BoardKind.author_share: "每行的 tokens，并按新的合计重算每一行（含 Others）的 share",
    BoardKind.model_share: "每行的 tokens，并按新的合计重算每一行（含 Others）的 share",
    BoardKind.throughput: "每行的 speed、price 和 requests",
    BoardKind.arena: "每行的 score 和 preliminary（按 score 从高到低排名）",
    BoardKind.benchmark: "每行的 score 和 version（按 score 从高到低排名）",
}


@dataclass
class NewWeek:
    """The folder written, the week it was started from, and the editor's to-do list."""

    folder: Path
    source: dt.date
    todo: list[str]


def start_week(dataset: Dataset, week: dt.date | None = None) -> NewWeek:
    """Create weeks/<week>/ from the latest week before it; refuse if the folder exists."""
    dates = dataset.week_dates()
    if not dates:
        raise UsageError(f"no week folders under {dataset.root / WEEKS_DIR} to start from")
    week = week or dates[-1] + WEEK_LENGTH
    folder = dataset.root / WEEKS_DIR / week.isoformat()
    if folder.exists():
        raise UsageError(f"{folder} 已经存在：new-week 从不覆盖已有的周，请直接编辑它，或换一个 --week。")
    earlier = [d for d in dates if d < week]
    if not earlier:
        raise UsageError(f"no week before {week} to start from (the first week is {dates[0]})")
    source = earlier[-1]
    source_folder = dataset.root / WEEKS_DIR / source.isoformat()
    boards = [b for b in dataset.catalog.boards if (source_folder / f"{b.id}.csv").is_file()]
    staging = Path(tempfile.mkdtemp(prefix=f".{week.isoformat()}.", dir=folder.parent))
    try:
        for board in boards:
            shutil.copyfile(source_folder / f"{board.id}.csv", staging / f"{board.id}.csv")
        start = week - WEEK_LENGTH + dt.timedelta(days=1)
        (staging / EVENTS_FILE).write_text(EVENTS_TEMPLATE.format(start=start, end=week), encoding="utf-8")
        os.rename(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    todo = [f"{folder / (board.id + '.csv')}：{board.title}，用本周的榜单替换上周的行，更新{_KIND_NOTES[board.kind]}。"
            for board in boards]
    missing = [b for b in dataset.catalog.boards if b not in boards]
    if missing:
        todo.append(f"上周没有的榜单（{'、'.join(b.id for b in missing)}）：本周有数据的话，按 data/README.md 的列新建 <榜单>.csv。")
    todo.append(f"{folder / EVENTS_FILE}：写下本周的重点事件（{start} 至 {week}），每个数字都列进 figures。")
    todo.append("新出现的模型或公司：加到 entities.yaml（或作为已有实体的别名）。")
    todo.append(f"填完后运行 writer validate --week {week}，改到没有错误为止，再运行 writer draft --week {week}。")
    return NewWeek(folder=folder, source=source, todo=todo)
