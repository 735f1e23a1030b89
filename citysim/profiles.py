"""Server profiles: the variance deployed back ends show, reproduced by citysim.

Our own friendly servers agree with the kiosk by construction. A profile makes one citysim
service behave like a class of deployed servers (paged listings, moderation, a skewed clock,
an ILS that sends other fee formats...). Each service module registers its profiles here with
the options its app reads; tests and ``bench/crash.py --profile NAME`` run against every one.
This module knows no server: the package ``citysim`` imports every service module, so all their
profiles are registered once ``citysim`` is imported (importing ``citysim.profiles`` imports it
first).

    CitySim(profile="open311-paged100")    # only Open311 deviates; the rest stays default
    names("sip2")                          # every SIP2 profile, for parametrised tests

``docs/backends.md`` says, for each profile, which deployed systems behave so and where that
comes from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

DEFAULT = "default"


@dataclass(frozen=True)
class Profile:
    """One named behaviour of one service (``service`` is "open311", "sip2", "gateway" or "all").

    ``options`` are read by that service's app; other services run their default behaviour.
    """

    name: str
    service: str
    summary: str
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def for_service(self, service: str) -> Mapping[str, Any]:
        """The options ``service`` must apply (empty unless this profile is about it)."""
        if self.service in (service, "all"):
            return self.options
        return MappingProxyType({})


_PROFILES: dict[str, Profile] = {
    DEFAULT: Profile(DEFAULT, "all", "the friendly demo city: every service as the kiosk expects"),
}


def register(profile: Profile) -> Profile:
    """Add a profile (at import of the module that implements it). Names are unique."""
    if profile.name in _PROFILES and _PROFILES[profile.name] != profile:
        raise ValueError(f"citysim profile {profile.name!r} registered twice")
    _PROFILES[profile.name] = profile
    return profile


def get(name: str) -> Profile:
    try:
        return _PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(_PROFILES))
        raise ValueError(f"unknown citysim profile {name!r} (known: {known})") from None


def names(service: str | None = None, *, include_default: bool = True) -> list[str]:
    """Profile names, optionally only those about ``service`` (plus "default")."""
    return [
        p.name
        for p in _PROFILES.values()
        if (include_default or p.name != DEFAULT)
        and (service is None or p.service == service or p.name == DEFAULT)
    ]
