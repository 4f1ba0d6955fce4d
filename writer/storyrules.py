"""What counts as a story on a kind of board: the weights, thresholds and caps editors set.

`catalog.yaml` holds one `StoryRules` per board kind under `stories:`, and a board may override
any of them with its own `stories:` (only the keys it changes). `data/README.md` explains each.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class StoryRules(BaseModel):
    """How one kind of board weighs its changes and how many stories it tells."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_stories: int = Field(ge=0, description="At most this many stories per board and week.")
    min_weight: float = Field(ge=0, description="A change weighing less is not a story.")
    one_story_per_entity: bool = Field(False, description="An entity already told is not told again in another story.")
    swaps: bool = Field(False, description="Two entries trading adjacent places make one swap story.")
    swap: float = Field(0, description="Weight of a swap.")

    entry_base: float = Field(0, description="Weight of any entry into the list.")
    entry_per_place: float = Field(0, description="Added per place above the bottom of the list where it enters.")
    entry_high_rank: int = Field(0, description="An entry at this rank or better is a high entry...")
    entry_high_bonus: float = Field(0, description="...and weighs this much more.")
    reentry_bonus: float = Field(0, description="Added when it comes back after an earlier stay.")
    exit_base: float = Field(0, description="Weight of any exit from the list.")
    exit_per_place: float = Field(0, description="Added per place above the bottom it fell from.")
    per_week_listed: float = Field(0, description="Added to an exit (and a dethroned leader) per week it had been on the list.")
    weeks_listed_cap: int = Field(8, description="Weeks on the list count up to this many.")

    new_leader: float = Field(0, description="A change of leader: it leads the bullet and names the dethroned leader.")
    per_week_at_top: float = Field(0, description="Added to a change of leader per week the dethroned leader had held first place.")
    leader_collapse: float = Field(0, description="Added when the leader keeps first place but its figure falls by collapse_percent or more.")
    collapse_percent: float = Field(30, description="The fall (in %) that makes a leader's drop a collapse.")

    per_place: float = Field(0, description="Weight per place gained or lost.")
    relative_change: float = Field(0, description="Weight per percent of change in the main figure.")
    absolute_change: float = Field(0, description="Weight per percent of the leader's figure that the change amounts to (a big model's move).")
    growth_swing: float = Field(0, description="Weight per point of change in the published growth rate (usage boards).")
    share_points: float = Field(0, description="Weight per percentage point of share gained or lost (share boards).")
    doubling: float = Field(0, description="Added when the figure doubled (ratio ≥ doubling_ratio).")
    doubling_ratio: float = Field(1.9, description="What counts as doubling.")
    milestone: float = Field(0, description="Added when the figure passes a multiple of milestone_step for the first time in the weeks held.")
    milestone_step: float = Field(1e12, gt=0, description="The round figure whose multiples are milestones (1e12 = every trillion tokens).")
    streak: float = Field(0, description="Added when a share has fallen streak_weeks weeks running.")
    streak_weeks: int = Field(3, description="Length of a streak worth telling.")

    requests_first: float = Field(0, description="Throughput: added for the row with the most requests.")
    requests_second: float = Field(0, description="Throughput: added for the row with the second most requests.")
    fast_per_place: float = Field(0, description="Throughput: added per place within the three fastest.")
    requests_per_place: float = Field(0, description="Throughput: weight per place gained or lost by request volume.")

    score_changed: float = Field(0, description="Arenas and benchmarks: added when the score changed.")
    version_changed: float = Field(0, description="Benchmarks: added when the submission's version changed.")
    score_update_min: float = Field(20, description="Arenas and benchmarks: a move weighing this much is told as a score update.")

    pushed_down: float = Field(1, ge=0, le=1, description="Factor on the places lost in a slip caused only by others pushing in above (0 = noise)...")
    pushed_tolerance: float = Field(0, ge=0, description="...that is: as many others pushed in above as places lost, and its own figure fell by less than this (%).")
    small_size: float = Field(0, ge=0, le=1, description="A model below this fraction of the list's average figure counts as small...")
    small_factor: float = Field(1, ge=0, le=1, description="...and its move weighs this factor as much (a small model's big rebound is noise).")

    def merged(self, override: dict[str, Any] | None) -> "StoryRules":
        """These rules with a board's overrides applied (validated: an unknown key is an error)."""
        if not override:
            return self
        return StoryRules.model_validate({**self.model_dump(), **override})
