"""What a technician may learn about an inserted eCitizen card without its PIN (OPS-06).

:func:`inspect_card` reads the ATR, the card type, the CHUID and both certificates, checks them
against the trust store (chain, dates, revocation, role) and runs the card-authentication (9E)
challenge. ``kiosk diag card`` prints it; the diagnostics report (:mod:`kiosk.diagnostics.report`)
keeps the verdicts only. It lives beside the identity code it checks with
(:mod:`kiosk.identity.trust`).

Names are personal data: the certificate subject's CN and serialNumber (the holder's city id)
are redacted unless ``show_names``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cryptography import x509

from drivers.smartcard import CardError, KeySlot
from kiosk.identity.trust import TrustStore, new_challenge, verify_challenge

if TYPE_CHECKING:
    from drivers.smartcard.session import CardSession


def _subject(name: x509.Name, show_names: bool) -> str:
    if show_names:
        return name.rfc4514_string()
    parts = []
    for rdn in name.rdns:
        text = rdn.rfc4514_string()
        if text.upper().startswith("CN="):
            text = "CN=<redacted>"
        elif text.startswith(("2.5.4.5=", "serialNumber=")):
            text = "serialNumber=<redacted>"  # the city's id for the holder: personal too
        parts.append(text)
    return ",".join(reversed(parts))


def _check_cert(
    store: TrustStore | None, cert: x509.Certificate, need_role: bool, show_names: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "subject": _subject(cert.subject, show_names),
        "issuer": cert.issuer.rfc4514_string(),
        "serial": f"{cert.serial_number:X}",
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
    }
    if store is not None:
        verdict = store.check(cert, need_role=need_role)
        out["trust"] = verdict.status.value
        out["role"] = verdict.role.value if verdict.role else None
        out["chain"] = list(verdict.chain)
        out["ok"] = verdict.ok
    return out


def inspect_card(
    reader: str,
    store: TrustStore | None,
    show_names: bool = False,
    *,
    open_session: Callable[[str], CardSession],
) -> tuple[dict[str, Any], bool]:
    """Read everything diagnosable without a PIN; return (report, all checks passed).
    ``open_session`` connects to the card (:func:`kiosk.runtime.devices.open_card_session`)."""
    report: dict[str, Any] = {"reader": reader}
    ok = True
    with open_session(reader) as session:
        report["atr"] = session.atr.hex(" ").upper()
        try:
            app = session.select()
        except CardError as exc:
            report["card_type"] = "unknown"
            report["select"] = exc.key
            try:
                uid = session.read_uid()
                report["card_type"] = "contactless (UID only, not an eCitizen card)"
                report["uid"] = f"{uid[:2].hex().upper()}…({len(uid)} bytes)"
            except CardError:
                pass
            return report, False
        report["card_type"] = f"{session.profile.name} ({app.label or 'no label'})"
        try:
            chuid = session.read_chuid()
            report["chuid"] = {
                "guid": chuid.guid.hex().upper(),
                "fasc_n_present": bool(chuid.fasc_n.strip(b"\x00")),
                "expiry": chuid.expiry.isoformat() if chuid.expiry else None,
                "signed": chuid.signed,
            }
        except CardError as exc:
            report["chuid"] = {"error": exc.key}
        for slot, need_role in ((KeySlot.CARD_AUTH, False), (KeySlot.PIV_AUTH, True)):
            key = f"cert_{slot.value:02X}"
            try:
                cert = session.read_certificate(slot)
            except CardError as exc:
                report[key] = {"error": exc.key}
                ok = False
                continue
            report[key] = _check_cert(store, cert, need_role, show_names)
            ok = ok and report[key].get("ok", True)
            if slot is KeySlot.CARD_AUTH:
                challenge = new_challenge(cert.public_key())
                try:
                    signature = session.authenticate(slot, challenge.payload)
                    passed = verify_challenge(cert.public_key(), challenge, signature)
                    report["card_auth_challenge"] = "passed" if passed else "FAILED"
                except CardError as exc:
                    passed = False
                    report["card_auth_challenge"] = exc.key
                ok = ok and passed
        try:
            status = session.pin_status()
            report["pin"] = {"tries_left": status.tries_left, "blocked": status.blocked}
            ok = ok and not status.blocked
        except CardError as exc:
            report["pin"] = {"error": exc.key}
    return report, ok
