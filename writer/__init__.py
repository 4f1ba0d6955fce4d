"""writer: drafts the weekly LLM-leaderboard report and verifies every number in it.

The stages, in the order data flows through them: load (models, load, entities, rules, limits) →
deltas → facts and stories → draft (drafter; or prompting, llm, answers, drafting with an LLM) →
verify (figures, vocabulary, the verify package, findings) → render (render, weekly, drafts,
footer, review, charts, publish). `cli` is the edge.
"""
