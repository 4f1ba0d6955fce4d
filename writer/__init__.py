"""writer: drafts the weekly LLM-leaderboard report and verifies every number in it.

The stages, in the order data flows through them: load (models, load, entities) → deltas →
facts and stories → draft (drafter; or prompting, llm, answers, drafting with an LLM) → verify
(claims, reading, wording, verify, findings) → render (render, weekly). `cli` is the edge.
"""
