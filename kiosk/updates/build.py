"""The updater built from the kiosk's validated configuration (``kiosk update run``)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from kiosk.config import KioskConfig, Mode
from kiosk.updates.releases import ENTRY, ReleaseStore
from kiosk.updates.service import ProcessService, Service, SystemdService
from kiosk.updates.sources import AptSource, DirectorySource, PackageSource
from kiosk.updates.state import StateFile, Target
from kiosk.updates.updater import TargetCheck, Updater, audit_log_writer

logger = logging.getLogger(__name__)


def target_check(config: KioskConfig, ca_file: Path | None = None) -> TargetCheck:
    """The updater's own check of the target the kiosk recorded: the signed fleet command in
    it must verify against the city CA (operator role, this kiosk or its site, the version in
    its arguments). Without a command: only a file written by the updater's own user (a
    technician's ``kiosk update target`` as root) is trusted."""

    def check(target: Target) -> str | None:
        if not target.envelope:
            return None if target.owner_uid == os.geteuid() else "update.target_unsigned"
        from cryptography import x509

        from kiosk.fleet.commands import UPDATE_SET_TARGET, verify_command

        try:
            path = ca_file
            if path is None:
                from kiosk.security.tls import find_identity

                path = find_identity().ca_file
            ca = x509.load_pem_x509_certificate(path.read_bytes())
        except Exception as exc:  # no identity, unreadable CA: nothing signed can be trusted
            logger.error("update target not verifiable: %s", type(exc).__name__)
            return "update.no_city_ca"
        verdict = verify_command(
            target.envelope,
            ca=ca,
            kiosk_id=config.kiosk.id,
            site=config.kiosk.site,
            now=float(target.issued_at),
        )
        if not verdict.accepted or verdict.command is None:
            return verdict.reason
        if verdict.command.command != UPDATE_SET_TARGET:
            return "update.target_not_a_target"
        if verdict.command.args.get("version", "") != target.version:
            return "update.target_mismatch"
        return None

    return check


def process_service(config: KioskConfig, kiosk_args: list[str]) -> ProcessService:
    root = config.updates.root
    return ProcessService(
        root / "current" / ENTRY,
        kiosk_args,
        config.updates.state_dir,
        log=config.updates.state_dir / "kiosk-process.log",
    )


def build_updater(
    config: KioskConfig,
    *,
    source_dir: Path | None = None,
    service: Service | None = None,
    source: PackageSource | None = None,
    ca_file: Path | None = None,
) -> Updater:
    section = config.updates
    if source is None:
        source = (
            DirectorySource(source_dir)
            if source_dir is not None
            else AptSource(cache_dir=section.state_dir / "apt")
        )
    production = config.kiosk.mode is Mode.PRODUCTION
    return Updater(
        releases=ReleaseStore(section.root),
        state=StateFile(section.state_dir),
        service=service or SystemdService(section.unit),
        source=source,
        data_dir=config.paths.data_dir,
        settings=section,
        check_target=target_check(config, ca_file) if production or ca_file else None,
        audit=audit_log_writer(config.paths.data_dir),
    )
