"""The LLM loop fed faithful answers from the accuracy corpus, one cassette per scenario
(tests/cassettes/test_corpus_answers_cassettes/).

The answers are not the drafter's text: they are writer `wd`'s answers in the general corpus
(tests/corpus/general/wd/sample--2026-01-31.yaml, development split), written for the corpus
independently of the code, as a capable LLM answers our own section prompts for the sample week
(README, "Accuracy"). Every cassette here was recorded against the scripted server of
tests/scripted_openai.py replaying those answers: no model was called while recording. Unless a
scenario says otherwise, the n-th request of a section gets the section's n-th paraphrase in the
corpus (the overview, the events and the models board have two; the others repeat their only one).

The checker decides which answers pass, so what the recordings showed is pinned in one place:
ACCEPTED_FIRST_TIME and REJECTED_FIRST_TIME, by corpus text id. Every expectation of the scenarios
is derived from them. A change to the checker, the prompts or the facts breaks replay (requests
match on their body); re-record on purpose with

    .venv/bin/python -m pytest tests/test_corpus_answers_cassettes.py --record-mode=rewrite

and update those two constants from what the new recording shows (the failing assertion says it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from writer.cache import AnswerCache
from writer.drafting import LLMDraft, SectionEvent, SectionOutcome, draft_with_llm
from writer.llm import Endpoint, RetryPolicy
from writer.prompting import normalize_id, section_ids, section_plan
from writer.render import Author

from .scripted_openai import TEST_KEY, Asked, Reply, completion, llm_settings, section_of

pytest_plugins = ["tests.llm_cassettes"]

# What the recordings showed (recorded 2026-11-30 against the checker of commit be8a5da): the
# corpus answers that passed the checker on their first attempt, and for those it rejected, the
# figures its re-ask quoted («quote» without the brackets). Text ids of
# tests/corpus/general/wd/sample--2026-01-31.yaml; styles as its writer labelled them.
ACCEPTED_FIRST_TIME: list[str] = [
    "wd-sample-2026-01-31-01",  # overview, analytical
    "wd-sample-2026-01-31-02",  # overview, narrative
    "wd-sample-2026-01-31-03",  # events, narrative
    "wd-sample-2026-01-31-04",  # events, concise
    "wd-sample-2026-01-31-05",  # openrouter-models, concise
    "wd-sample-2026-01-31-06",  # openrouter-models, analytical (gaps, sums, points)
    "wd-sample-2026-01-31-07",  # openrouter-authors, analytical (shares, multiples)
    "wd-sample-2026-01-31-08",  # openrouter-throughput, narrative
    "wd-sample-2026-01-31-09",  # openrouter-programming, narrative
    "wd-sample-2026-01-31-10",  # lmarena-text-to-image, concise
    "wd-sample-2026-01-31-11",  # aa-image-editing, analytical
    "wd-sample-2026-01-31-12",  # aa-text-to-image, narrative
    "wd-sample-2026-01-31-13",  # gaia, concise
]
REJECTED_FIRST_TIME: dict[str, list[str]] = {}

# The planted error of the re-ask scenario: one of the errors the corpus lists for the models
# board's first (concise) answer, gpt-oss-120b's +4% written as DeepSeek V3.2's +27%.
PLANTED_TEXT = "wd-sample-2026-01-31-05"
PLANTED = {"find": "以272B、+4%", "replace": "以272B、+27%"}
PLANTED_QUOTE = "+27%"

CORPUS = Path(__file__).parent / "corpus" / "general"
ANSWERS = CORPUS / "wd" / "sample--2026-01-31.yaml"
CASSETTES = Path(__file__).parent / "cassettes" / "test_corpus_answers_cassettes"
MAX_REASKS = 2
"""The settings' default, which the scenarios run with."""


@dataclass
class Paraphrase:
    """One corpus answer: its id, the text its writer meant, the JSON answer, the errors listed for it."""

    id: str
    section: str
    text: str
    answer: str
    errors: list[dict[str, str]]


def development_split(path: Path) -> bool:
    """Whether a corpus file is in the development split (split.yaml lists the frozen test split)."""
    split = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
    dataset, week = path.stem.split("--")
    held = split["test_weeks"].get(dataset)
    return path.parent.name not in split["test_writers"] and held != "all" and not (isinstance(held, list) and week in held)


def paraphrases(ctx: Any) -> dict[str, list[Paraphrase]]:
    """Section id → the corpus's answers for it, in the corpus's order (the development split's file only)."""
    assert development_split(ANSWERS), f"{ANSWERS} is in the frozen test split"
    doc = yaml.safe_load(ANSWERS.read_text(encoding="utf-8"))
    found: dict[str, list[Paraphrase]] = {}
    for item in doc["texts"]:
        if item.get("kind") == "answer":
            section = normalize_id(ctx, item["section"])
            found.setdefault(section, []).append(Paraphrase(item["id"], section, item["text"].strip(),
                                                            item["answer"].strip(), list(item.get("errors") or [])))
    return found


def served(options: list[Paraphrase], first: Paraphrase | None = None) -> list[Paraphrase]:
    """What the server answers a section's first ask and each re-ask (see `replaying`)."""
    answers = [options[min(n, len(options) - 1)] for n in range(MAX_REASKS + 1)]
    return [first, *answers[1:]] if first else answers


def replaying(answers: dict[str, list[Paraphrase]], first: dict[str, Paraphrase] | None = None) -> Any:
    """A script: the n-th request of a section gets its n-th paraphrase (the last one once they run
    out); `first[section]`, when given, replaces the first."""

    def script(asked: Asked) -> Reply:
        sequence = served(answers[asked.section], (first or {}).get(asked.section))
        return completion(asked, sequence[min(asked.attempt, MAX_REASKS)].answer)

    return script


class Run:
    """One LLM draft of the sample week against a server, with its progress events and its requests."""

    def __init__(self, ctx: Any, url: str, cache: Path) -> None:
        self.ctx = ctx
        self.events: list[SectionEvent] = []
        settings = llm_settings(url)
        assert settings.max_reasks == MAX_REASKS
        endpoint = Endpoint(settings, policy=RetryPolicy.immediate(2, sleep=lambda s: None), cache=AnswerCache(cache))
        self.draft: LLMDraft = draft_with_llm(ctx, settings, progress=self.events.append, endpoint=endpoint)
        endpoint.close()

    def outcome(self, section: str) -> SectionOutcome:
        return next(o for o in self.draft.outcomes if o.id == section)

    def usage(self, section: str) -> tuple[int, int]:
        """(calls, re-asks) of one section."""
        usage = self.outcome(section).usage
        return usage.calls, usage.reasks

    def first_time(self) -> list[str]:
        """The sections written by the LLM from their first answer."""
        return [o.id for o in self.draft.outcomes if o.author is Author.llm and self.usage(o.id) == (1, 0)]

    def paragraphs(self, section: str) -> list[str]:
        return [p.text for p in self.outcome(section).paragraphs]

    def written_as(self, paraphrase: Paraphrase) -> list[str]:
        """The paragraphs a corpus answer becomes in the report: its bullets, or its text after the board's intro."""
        plan = section_plan(self.ctx, paraphrase.section)
        if plan.kind == "events":
            return [b["text"] for b in json.loads(paraphrase.answer)["bullets"]]
        return [plan.scope.intro + paraphrase.text]


def reasks(requests: Any, titles: dict[str, str], section: str) -> list[tuple[str, str]]:
    """(the answer quoted back, the re-ask's message) of every re-ask of a section, from the cassette's requests."""
    found = []
    for request in requests:
        body = json.loads(request.body)
        messages = body["messages"]
        if section_of(body, titles) == section and len(messages) > 2:
            found.append((messages[-2]["content"], messages[-1]["content"]))
    return found


def accepted(sequence: list[Paraphrase]) -> int | None:
    """Which answer of a sequence the checker accepts, by the recorded verdicts (None: none of them)."""
    return next((n for n, p in enumerate(sequence) if p.id in ACCEPTED_FIRST_TIME), None)


def assert_outcome(run: Run, sequence: list[Paraphrase], requests: Any, titles: dict[str, str]) -> None:
    """A section went as the recorded verdicts say: rejected answers re-asked with their figures
    named, then the first accepted answer written as the corpus has it, or the drafter's text."""
    section = sequence[0].section
    taken = accepted(sequence)
    for quoted_back, message in reasks(requests, titles, section):
        rejected = next(p for p in sequence if p.answer == quoted_back)
        named = REJECTED_FIRST_TIME[rejected.id]
        assert [q for q in named if f"「{q}」" in message] == named, (rejected.id, message)
    if taken is None:
        assert run.usage(section) == (MAX_REASKS + 1, MAX_REASKS), section
        assert run.outcome(section).author is Author.deterministic, section
        assert (run.outcome(section).fell_back or "").startswith(f"still failing after {MAX_REASKS} re-asks: "), section
    else:
        assert run.usage(section) == (taken + 1, taken), section
        assert run.outcome(section).author is Author.llm and run.outcome(section).fell_back is None, section
        assert run.paragraphs(section) == run.written_as(sequence[taken]), section
        assert all(text in run.draft.markdown for text in run.paragraphs(section)), section
        assert len(reasks(requests, titles, section)) == taken, section


@pytest.fixture
def answers(sample_week: Any) -> dict[str, list[Paraphrase]]:
    return paraphrases(sample_week)


def test_the_recorded_verdicts_cover_every_corpus_answer_of_every_llm_section(sample_week, answers):
    """The corpus answers each LLM section of the sample week, and each answer has one recorded verdict."""
    assert list(answers) == section_ids(sample_week)
    ids = [p.id for options in answers.values() for p in options]
    assert sorted(ACCEPTED_FIRST_TIME + list(REJECTED_FIRST_TIME)) == sorted(ids)
    assert all(REJECTED_FIRST_TIME.values())


@pytest.mark.vcr
def test_faithful_first_paraphrases_are_written_by_the_llm_as_the_checker_judges_them(sample_week, scripted, answers,
                                                                                      titles, vcr, tmp_path):
    """Recorded against the scripted server replaying wd's corpus answers (written for the corpus by an
    independent writer): each section first gets its first paraphrase and, re-asked, its next one.
    In the recording every first paraphrase passed with one call and no re-ask, and the report
    carries the corpus's text in place of the drafter's."""
    server = scripted(replaying(answers))
    run = Run(sample_week, server.url, tmp_path / "cache")

    assert run.first_time() == [s for s, options in answers.items() if options[0].id in ACCEPTED_FIRST_TIME]
    for options in answers.values():
        assert_outcome(run, served(options), vcr.requests, titles)
    assert run.draft.result.ok and run.draft.failure is None
    assert run.draft.draft.provenance.generator == "scripted"


@pytest.mark.vcr
def test_faithful_second_paraphrases_are_judged_alike(sample_week, scripted, answers, titles, vcr, tmp_path):
    """Recorded against the scripted server replaying wd's corpus answers (written for the corpus by an
    independent writer), with the overview, the events and the models board asked first with their
    second paraphrase (the narrative overview, the concise events, the analytical models board with
    its gaps and sums); the other boards answer their only one. In the recording every section
    passed with one call."""
    seconds = {section: options[1] for section, options in answers.items() if len(options) > 1}
    assert sorted(seconds) == ["boards/openrouter-models", "events", "overview"]
    server = scripted(replaying(answers, first=seconds))
    run = Run(sample_week, server.url, tmp_path / "cache")

    for section, options in answers.items():
        assert_outcome(run, served(options, seconds.get(section)), vcr.requests, titles)
    assert run.draft.result.ok


@pytest.mark.vcr
def test_a_planted_error_in_a_paraphrase_is_named_on_reask_and_the_original_is_accepted(sample_week, scripted, answers,
                                                                                        titles, vcr, tmp_path):
    """Recorded against the scripted server replaying wd's corpus answers (written for the corpus by an
    independent writer): the models board's first answer is its first paraphrase with one of the
    errors the corpus lists for it planted (gpt-oss-120b's +4% written as DeepSeek V3.2's +27%);
    re-asked, the server answers the paraphrase as written. Every other section answers its first
    paraphrase. In the recording the re-ask named 「+27%」 and said gpt-oss-120b's is +4%; the
    corrected answer was accepted."""
    original = next(p for options in answers.values() for p in options if p.id == PLANTED_TEXT)
    assert PLANTED in [{"find": e["find"], "replace": e["replace"]} for e in original.errors]
    assert original.answer.count(PLANTED["find"]) == 1
    planted = original.answer.replace(PLANTED["find"], PLANTED["replace"])

    def script(asked: Asked) -> Reply:
        if asked.section == original.section:
            return completion(asked, planted if asked.attempt == 0 else original.answer)
        return completion(asked, answers[asked.section][0].answer)

    server = scripted(script)
    run = Run(sample_week, server.url, tmp_path / "cache")

    assert run.usage(original.section) == (2, 1)
    [(quoted_back, message)] = reasks(vcr.requests, titles, original.section)
    assert quoted_back == planted and f"「{PLANTED_QUOTE}」" in message
    first_problem = next(e.detail for e in run.events if e.section == original.section and e.state == "reasking")
    assert first_problem.startswith(f"「{PLANTED_QUOTE}」：gpt-oss-120b ") and "+4%" in first_problem, first_problem
    assert run.outcome(original.section).author is Author.llm
    assert run.paragraphs(original.section) == run.written_as(original)
    assert PLANTED["replace"] not in run.draft.markdown and run.draft.result.ok
    others = [s for s, options in answers.items() if s != original.section and options[0].id in ACCEPTED_FIRST_TIME]
    assert run.first_time() == others


def test_corpus_answer_cassettes_hold_no_key():
    """No cassette of these scenarios contains the configured key or an Authorization header."""
    files = sorted(CASSETTES.glob("*.yaml"))
    assert [f.stem for f in files] == sorted([
        "test_a_planted_error_in_a_paraphrase_is_named_on_reask_and_the_original_is_accepted",
        "test_faithful_first_paraphrases_are_written_by_the_llm_as_the_checker_judges_them",
        "test_faithful_second_paraphrases_are_judged_alike",
    ])
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert TEST_KEY not in text and "authorization" not in text.lower(), path
        assert "!!binary" not in text and not re.search(r"\\u[4-9][0-9a-f]{3}", text), path
