"""Hypothesis budgets of the fuzz suite (tests/fuzz).

Every fuzz test is decorated with :func:`fuzz_settings`. The budget comes from the environment:

* default (``make test``): ``fuzz-quick``, ``QUICK_EXAMPLES`` examples per parser (scaled per
  test), no deadline: the whole suite adds well under a minute on two cores;
* ``HYPOTHESIS_PROFILE=fuzz`` (``make fuzz``): ``DEEP_FACTOR`` times as many examples.

The profiles are registered here, not loaded globally, so the rest of the test suite keeps its
own hypothesis settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings

QUICK_EXAMPLES = 150
DEEP_FACTOR = 30

_COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
    "derandomize": False,
}
settings.register_profile("fuzz-quick", max_examples=QUICK_EXAMPLES, **_COMMON)
settings.register_profile("fuzz", max_examples=QUICK_EXAMPLES * DEEP_FACTOR, **_COMMON)

F = TypeVar("F", bound=Callable[..., Any])


def deep() -> bool:
    """True when the long run was asked for (``HYPOTHESIS_PROFILE=fuzz``)."""
    return os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


def fuzz_settings(scale: float = 1.0) -> Callable[[F], F]:
    """The suite's settings; ``scale`` < 1 for tests whose examples are slow (loopback HTTP,
    SQLite files), so every parser gets a fair share of the time budget."""
    profile = settings.get_profile("fuzz" if deep() else "fuzz-quick")
    examples = max(10, int(profile.max_examples * scale))
    return settings(profile, max_examples=examples)
