"""Date expressions resolved against the publication date (2021-02-12 is a Friday)."""
import pytest

from analysis.dates import normalize

PUB = "2021-02-12"


@pytest.mark.parametrize("text, expected", [
    ("this week", ("2021-02-08", "week")),
    ("last week", ("2021-02-01", "week")),
    ("next week", ("2021-02-15", "week")),
    ("May of last year", ("2020-05-01", "month")),
    ("January 20", ("2021-01-20", "day")),
    ("December 26", ("2020-12-26", "day")),  # nearest to publication: the December before
    ("7 October", ("2020-10-07", "day")),
    ("June 2021", ("2021-06-01", "month")),
    ("October 27, 2019", ("2019-10-27", "day")),
    ("Saturday, Sept. 7, 2019", ("2019-09-07", "day")),
    ("2015", ("2015-01-01", "year")),
    ("the 1990s", ("1990-01-01", "decade")),
    ("today", ("2021-02-12", "day")),
    ("yesterday", ("2021-02-11", "day")),
    ("Wednesday", ("2021-02-10", "day")),
    ("early Friday", ("2021-02-12", "day")),
    ("next Monday", ("2021-02-15", "day")),
    ("last month", ("2021-01-01", "month")),
    ("earlier this year", ("2021-01-01", "year")),
    ("last December", ("2020-12-01", "month")),
    ("November", ("2020-11-01", "month")),
    ("three years ago", ("2018-01-01", "year")),
    ("two weeks ago", ("2021-01-29", "week")),
])
def test_resolves_against_publication(text, expected):
    assert normalize(text, PUB) == expected


@pytest.mark.parametrize("text", ["six months", "25-year", "annual", "years", "the past 18 months", "the day"])
def test_durations_are_not_points_in_time(text):
    assert normalize(text, PUB) is None


def test_relative_dates_need_a_publication_date_absolute_ones_do_not():
    assert normalize("this week", "") is None
    assert normalize("June 2021", "") == ("2021-06-01", "month")
    assert normalize("this week", "2021-02") == ("2021-02-01", "week")  # month-only date anchors on the 1st
