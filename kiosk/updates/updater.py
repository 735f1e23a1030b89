"""The updater: one pass of "is there a version to install, and may it be installed now?".

``kiosk update run`` (the ``kiosk-update.service`` oneshot, started at boot and by its timer, and
at once when the kiosk records a new target: ``kiosk-update.path``) calls :meth:`Updater.run_once`:

1. clean what an interrupted run left (:meth:`~kiosk.updates.releases.ReleaseStore.cleanup`) and
   finish an attempt the journal says was under way (a power cut during the switch or the gate);
2. read the target the kiosk was told last (:func:`~kiosk.updates.state.read_target`), checking
   the operator's signature again; nothing to do when it runs already or failed its gate before;
3. download and unpack the release beside the running one (the kiosk keeps serving);
4. wait for the site's maintenance window and for no resident session for ``idle_s`` (read from
   the kiosk's status line): otherwise stop here, ``pending`` — the next run tries again;
5. stop the kiosk (its session wipe runs), note the queue's schema revision and which devices
   were working, switch ``current`` atomically, start the kiosk;
6. the **health gate**: within ``health_timeout_s`` the new version must be READY and its
   self-check pass (:func:`~kiosk.updates.health.judge`), then keep running for ``settle_s``;
7. passed: ``up_to_date``, the old releases beyond ``keep_releases`` removed. Failed: stop it,
   take the queue back to the old schema with the *new* code, switch back (``current`` and
   ``previous`` as they were before the update), start the old version, record why (audit
   ``update.apply`` ``rolled_back``, the state file the kiosk reports over the fleet link) and
   never try that version again until told anew.

Every step that changes something is written to the journal first (``attempt.step``), so a
killed updater resumes at its next start, and ``current`` always names one complete release.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.config import UpdatesSection
from kiosk.updates import health
from kiosk.updates.queue_schema import (
    QueueSchemaError,
    as_data_owner,
    downgrade_with,
    queue_revision,
)
from kiosk.updates.releases import ReleaseError, ReleaseStore, same_release
from kiosk.updates.service import Service, ServiceError
from kiosk.updates.sources import PackageSource, SourceError
from kiosk.updates.state import (
    Attempt,
    Phase,
    Result,
    StateFile,
    Step,
    Target,
    UpdateRecord,
    new_result_id,
    read_target,
)
from kiosk.updates.window import MaintenanceWindow

logger = logging.getLogger(__name__)

TargetCheck = Callable[[Target], str | None]
"""Returns a refusal key for a target the updater must not trust, None for a good one."""
Audit = Callable[..., None]
"""``audit(result=..., from_version=..., to_version=..., reason=..., checks=[...], ...)``:
records ``update.apply`` in the kiosk's audit log."""


@dataclass(frozen=True)
class GateResult:
    passed: bool
    reason: str = "update.ok"
    checks: tuple[str, ...] = ()
    seconds: float = 0.0


class Updater:
    """See the module docstring. Every collaborator is injected (tests use a temporary root,
    :class:`~kiosk.updates.service.ProcessService` and a directory of packages)."""

    def __init__(
        self,
        *,
        releases: ReleaseStore,
        state: StateFile,
        service: Service,
        source: PackageSource,
        data_dir: Path,
        settings: UpdatesSection,
        window: MaintenanceWindow | None = None,
        check_target: TargetCheck | None = None,
        audit: Audit | None = None,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        poll_s: float = 0.1,
    ) -> None:
        self.releases = releases
        self.state = state
        self.service = service
        self.source = source
        self.data_dir = data_dir
        self.settings = settings
        self.window = window or MaintenanceWindow.from_config(settings)
        self.check_target = check_target
        self.audit = audit
        self.clock = clock
        self.monotonic = monotonic
        self.sleep = sleep
        self.poll_s = poll_s
        self.last_gate: GateResult | None = None

    # -- the pass ------------------------------------------------------------------------------

    def run_once(self) -> UpdateRecord:
        """One pass (see the module docstring); returns the record it saved. An environmental
        failure on the way (systemctl, the disk) is recorded as ``failed`` with its key; the
        journal stays, and the next pass resumes from it."""
        try:
            return self._pass()
        except (ServiceError, ReleaseError, QueueSchemaError, OSError) as exc:
            key = getattr(exc, "key", None) or "update.io_error"
            logger.error("update pass failed: %s (%s)", key, type(exc).__name__)
            return self._save(self.state.load().with_(phase=Phase.FAILED, detail=key))

    def _pass(self) -> UpdateRecord:
        self.releases.cleanup()
        record = self._links(self.state.load())
        if record.attempt is not None:
            record = self._resume(record)
            if record.attempt is not None:  # a gate or rollback that could not finish
                return record
        target = self._target()
        wanted = target.version if target is not None and target.version else None
        record = record.with_(target=wanted, ring=target.ring if target else None)
        if wanted is None or wanted == record.current:
            return self._save(record.with_(phase=Phase.UP_TO_DATE, detail=None))
        if wanted in record.bad_versions:
            reason = record.last.reason if record.last and record.last.version == wanted else None
            return self._save(record.with_(phase=Phase.ROLLED_BACK, detail=reason))
        try:
            self._stage(record, wanted)
        except (SourceError, ReleaseError, OSError) as exc:
            key = getattr(exc, "key", "update.stage_failed")
            logger.error("release %s not staged: %s", wanted, key)
            return self._save(record.with_(phase=Phase.FAILED, detail=key))
        waiting = self._why_not_now()
        if waiting is not None:
            return self._save(record.with_(phase=Phase.PENDING, detail=waiting))
        return self._install(record, wanted)

    def _links(self, record: UpdateRecord) -> UpdateRecord:
        return record.with_(current=self.releases.current(), previous=self.releases.previous())

    def _save(self, record: UpdateRecord) -> UpdateRecord:
        return self.state.save(self._links(record))

    def _target(self) -> Target | None:
        target = read_target(self.data_dir)
        if target is None or not target.version or self.check_target is None:
            return target
        refusal = self.check_target(target)
        if refusal is not None:
            logger.error("update target refused: %s", refusal)
            return None
        return target

    def _stage(self, record: UpdateRecord, version: str) -> None:
        if self.releases.is_complete(version):
            return
        self._save(record.with_(phase=Phase.DOWNLOADING, detail=None))
        with tempfile.TemporaryDirectory(prefix="kiosk-update-") as tmp:
            deb = self.source.download(version, Path(tmp))
            self._save(record.with_(phase=Phase.INSTALLING, detail=None))
            self.releases.stage(deb, version)

    def _why_not_now(self) -> str | None:
        """A key saying why not now (outside the window, a resident at the kiosk), or None."""
        now = dt.datetime.fromtimestamp(self.clock(), dt.UTC)
        if not self.window.contains(now):
            return "update.outside_window"
        report = self._report()
        if report is None or not report.ready or "session" not in report.status:
            # not running, still starting (no first frame yet: nobody can be using it), or a
            # release from before the status line: the window alone decides
            return None
        idle = health.idle_for(report.status, self.clock())
        if idle is None or idle < self.settings.idle_s:
            return "update.session_active" if idle is None else "update.recently_used"
        return None

    def _report(self) -> Any:
        try:
            return self.service.report()
        except ServiceError as exc:
            logger.error("service state unavailable: %s", exc.key)
            return None

    # -- install, gate, rollback ---------------------------------------------------------------

    def _install(self, record: UpdateRecord, version: str) -> UpdateRecord:
        report = self._report()
        before = health.devices_of(report.status) if report is not None else {}
        attempt = Attempt(
            version,
            record.current,
            Step.STAGED,
            self.clock(),
            before,
            previous_before=self.releases.previous(),
        )
        record = self._save(record.with_(phase=Phase.INSTALLING, detail=None, attempt=attempt))
        logger.info("installing release %s (from %s)", version, record.current)
        self.service.stop()
        try:
            revision = queue_revision(self.data_dir)
        except QueueSchemaError as exc:  # no downgrade possible later; the gate still decides
            logger.error("queue schema revision unreadable: %s", exc.key)
            revision = None
        attempt = replace(attempt, step=Step.SWITCHING, queue_revision=revision)
        record = self._save(record.with_(attempt=attempt))
        self.releases.switch(version)
        return self._verify(record.with_(attempt=replace(attempt, step=Step.VERIFYING)))

    def _verify(self, record: UpdateRecord) -> UpdateRecord:
        attempt = record.attempt
        assert attempt is not None
        record = self._save(record.with_(phase=Phase.VERIFYING, detail=None))
        self.service.start()
        gate = self.gate(attempt.version, attempt.devices_before)
        self.last_gate = gate
        if not gate.passed:
            return self._roll_back(record, gate.reason, gate.checks)
        result = Result(
            new_result_id(),
            attempt.version,
            attempt.from_version,
            "serving",
            gate.reason,
            self.clock(),
        )
        record = self._save(
            record.with_(phase=Phase.UP_TO_DATE, detail=None, attempt=None, last=result)
        )
        self._audit("ok", attempt.from_version, attempt.version, None, ())
        logger.info("release %s serving (gate passed in %.1f s)", attempt.version, gate.seconds)
        with contextlib.suppress(OSError):
            self.releases.prune(self.settings.keep_releases, (record.target,))
        return record

    def gate(self, version: str, devices_before: dict[str, str] | Any) -> GateResult:
        """READY and a passing self-check of ``version`` within ``health_timeout_s``, then
        ``settle_s`` without a restart."""
        started = self.monotonic()
        deadline = started + self.settings.health_timeout_s
        base = self._report()
        restarts = base.restarts if base is not None else 0
        checks: list[str] = ["selfcheck.missing"]
        ready = False
        while True:
            report = self._report()
            if report is not None:
                if report.restarts > restarts:
                    return GateResult(False, "update.crashed", (), self.monotonic() - started)
                if report.ready and same_release(report.status.get("version", ""), version):
                    ready = True
                    checks = health.judge(report.status, devices_before)
                    if not checks:
                        break
            if self.monotonic() >= deadline:
                reason = "update.selfcheck_failed" if ready else "update.not_ready"
                return GateResult(False, reason, tuple(checks), self.monotonic() - started)
            self.sleep(self.poll_s)
        passed_at = self.monotonic()
        while self.monotonic() - passed_at < self.settings.settle_s:
            self.sleep(self.poll_s)
            report = self._report()
            if report is not None and (report.restarts > restarts or not report.running):
                return GateResult(False, "update.unstable", (), self.monotonic() - started)
        return GateResult(True, "update.ok", (), passed_at - started)

    def _roll_back(
        self, record: UpdateRecord, reason: str, checks: tuple[str, ...]
    ) -> UpdateRecord:
        attempt = record.attempt
        assert attempt is not None
        attempt = replace(attempt, step=Step.ROLLING_BACK, reason=reason, checks=checks)
        record = self._save(record.with_(phase=Phase.ROLLING_BACK, detail=reason, attempt=attempt))
        logger.error("release %s failed its gate (%s): rolling back", attempt.version, reason)
        old = attempt.from_version
        if old is None or not self.releases.is_complete(old):
            # a first install has nothing to go back to: it stays, and says so
            result = Result(
                new_result_id(), attempt.version, old, "failed", reason, self.clock(), checks
            )
            self._audit("failed", old, attempt.version, reason, checks)
            return self._save(
                record.with_(phase=Phase.FAILED, detail=reason, attempt=None, last=result)
            )
        self.service.stop()
        downgraded = self._queue_back(attempt)
        # the links as they were before the update: ``previous`` never names ``current`` nor
        # the version that just failed (switch_back leaves no link then)
        before = attempt.previous_before
        self.releases.switch_back(old, None if before == attempt.version else before)
        result = Result(
            new_result_id(),
            attempt.version,
            old,
            "rolled_back",
            reason,
            self.clock(),
            checks,
            downgraded,
        )
        bad = tuple(sorted({*record.bad_versions, attempt.version}))
        record = self._save(
            record.with_(
                phase=Phase.ROLLED_BACK, detail=reason, attempt=None, last=result, bad_versions=bad
            )
        )
        self._audit("rolled_back", attempt.version, old, reason, checks, downgraded)
        self.service.start()
        return record

    def _queue_back(self, attempt: Attempt) -> bool:
        """The queue back to the old release's schema, by the new release's code (True when a
        downgrade ran). A failure is logged and audited; the switch back goes on: the old
        version then reports the queue unavailable (``queue.store.newer_schema``), the file
        untouched for a technician — never an empty queue over a full one."""
        wanted = attempt.queue_revision
        try:
            now = queue_revision(self.data_dir)
        except QueueSchemaError as exc:
            logger.error("queue schema unreadable before rollback: %s", exc.key)
            return False
        if wanted is None or now is None or now == wanted:
            return False
        try:
            downgrade_with(
                self.releases.entry(attempt.version),
                self.data_dir,
                wanted,
                as_data_owner(self.data_dir),
            )
        except QueueSchemaError as exc:
            self._audit("failed", attempt.version, attempt.from_version, exc.key, ("queue",))
            return False
        return True

    # -- resuming a killed run -----------------------------------------------------------------

    def _resume(self, record: UpdateRecord) -> UpdateRecord:
        attempt = record.attempt
        assert attempt is not None
        logger.warning("resuming the update to %s at step %s", attempt.version, attempt.step.value)
        current = self.releases.current()
        if attempt.step is Step.ROLLING_BACK:
            return self._roll_back(record, attempt.reason or "update.interrupted", attempt.checks)
        if attempt.step is Step.VERIFYING or (
            attempt.step is Step.SWITCHING and current == attempt.version
        ):
            self.service.stop()  # the gate starts it afresh (a cut may have left it half up)
            return self._verify(record.with_(attempt=replace(attempt, step=Step.VERIFYING)))
        # staged or switching but not switched: the old release is still current; start it
        # again (the updater had stopped it) and let this pass decide anew
        report = self._report()
        if report is None or not report.running:
            self.service.start()
        return self._save(record.with_(attempt=None))

    def _audit(
        self,
        result: str,
        from_version: str | None,
        to_version: str | None,
        reason: str | None,
        checks: tuple[str, ...],
        queue_downgraded: bool | None = None,
    ) -> None:
        if self.audit is None:
            return
        self.audit(
            result=result,
            from_version=from_version,
            to_version=to_version,
            reason=reason,
            checks=list(checks),
            queue_downgraded=queue_downgraded,
        )


def audit_log_writer(data_dir: Path) -> Audit:
    """``update.apply`` entries into the kiosk's keyed audit log (the key from the credentials,
    as every tool finds it). A file this root process had to create is handed to the data
    directory's owner, so the kiosk can go on appending to it."""
    from kiosk.records.audit import AuditLog, record_or_log

    def audit(**fields: Any) -> None:
        with AuditLog.in_data_dir(data_dir) as log:
            record_or_log(log, "update.apply", "system", **fields)
        if os.geteuid() == 0:
            owner = data_dir.stat()
            path = log.path
            with contextlib.suppress(OSError):
                if path.stat().st_uid != owner.st_uid:
                    os.chown(path, owner.st_uid, owner.st_gid)

    return audit
