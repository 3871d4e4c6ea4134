"""The 24-hour customer-service window rule."""

from datetime import UTC, datetime, timedelta

import pytest

from careflow_channels.window import reply_mode

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("ago", "mode"),
    [
        (timedelta(0), "free_text"),
        (timedelta(hours=1), "free_text"),
        (timedelta(hours=23, minutes=59, seconds=59), "free_text"),
        (timedelta(hours=24), "template"),  # the boundary is closed
        (timedelta(hours=24, seconds=1), "template"),
        (timedelta(days=30), "template"),
        (-timedelta(minutes=2), "free_text"),  # clock skew: a message "from the future"
    ],
)
def test_window(ago, mode):
    assert reply_mode(NOW - ago, NOW) == mode


def test_never_wrote_means_template():
    assert reply_mode(None, NOW) == "template"


def test_margin_closes_the_window_early():
    last = NOW - timedelta(hours=23, minutes=58)
    assert reply_mode(last, NOW) == "free_text"
    assert reply_mode(last, NOW, margin=timedelta(minutes=5)) == "template"


def test_other_timezones_compare_by_instant():
    istanbul = datetime(2026, 5, 4, 14, 0, tzinfo=UTC).astimezone()  # same instant
    assert reply_mode(istanbul - timedelta(hours=2), NOW) == "free_text"


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        reply_mode(datetime(2026, 5, 4, 11, 0), NOW)
    with pytest.raises(ValueError):
        reply_mode(NOW, datetime(2026, 5, 4, 13, 0))
