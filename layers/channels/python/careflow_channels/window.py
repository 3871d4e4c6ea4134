"""WhatsApp's 24-hour customer-service window, as a pure function.

Meta accepts free-form messages only within 24 hours of the customer's last message to the
business; outside it only a pre-approved template may be sent (the send API answers error 131047
otherwise). Deciding before sending saves a failed call and lets the caller pick the tenant's
template. The boundary is exclusive: at exactly 24 hours the window is closed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

WINDOW = timedelta(hours=24)

ReplyMode = Literal["free_text", "template"]


def reply_mode(
    last_inbound_at: datetime | None, now: datetime, *, margin: timedelta = timedelta(0)
) -> ReplyMode:
    """``free_text`` inside the window, ``template`` outside it or when the patient never wrote.

    ``margin`` closes the window early (e.g. a minute) so a message queued just before the
    deadline is not refused on arrival. Both datetimes must be timezone-aware: a naive one is
    ambiguous across Lambda and database clocks, so it is refused rather than guessed.
    """
    if last_inbound_at is None:
        return "template"
    if last_inbound_at.tzinfo is None or now.tzinfo is None:
        raise ValueError("reply_mode needs timezone-aware datetimes")
    return "free_text" if now - last_inbound_at < WINDOW - margin else "template"
