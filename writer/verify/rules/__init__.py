"""Rules per claim kind, layered so that each builds on the ones before it: events and the
calendar, places, derived figures, counts, then the verifier that dispatches a sentence's claims."""

from .claims import ClaimVerifier
from .outcome import ROLE_LABELS, Outcome

__all__ = ["ROLE_LABELS", "ClaimVerifier", "Outcome"]
