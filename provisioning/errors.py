"""The one error type of provisioning: environmental faults and refusals, with a stable key."""

from __future__ import annotations


class ProvisioningError(Exception):
    """Enrolment or installation cannot go on.

    Attributes:
        key: a stable key (``provisioning.*``) for the technician's screen and the audit log.
        detail: a short English explanation for the command line (never a secret).
    """

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail
