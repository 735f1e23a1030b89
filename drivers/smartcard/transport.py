"""Card transports: the byte pipe under a card session.

:class:`CardTransport` is what the session needs; :class:`PcscTransport` is the real one on
``smartcard.scard`` (one PC/SC context per transport, used only by the session's worker thread).
Tests plug in-process transports that replay bytes.
"""

from __future__ import annotations

import logging
from typing import Protocol

from smartcard import scard

from drivers.smartcard.errors import (
    CardError,
    CardRemovedError,
    CardTransportError,
    FeatureNotSupportedError,
    ReaderGoneError,
)
from drivers.smartcard.pinpad import GET_FEATURE_REQUEST_CODE

logger = logging.getLogger(__name__)

_SERVICE_ERRORS = {
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_F_COMM_ERROR,
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_READER_UNAVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
}
_REMOVED_ERRORS = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_W_UNRESPONSIVE_CARD,
}
_UNSUPPORTED_ERRORS = {scard.SCARD_E_UNSUPPORTED_FEATURE, scard.SCARD_E_INVALID_PARAMETER}


def _u32(value: int) -> int:
    return value & 0xFFFFFFFF


def pcsc_error(hresult: int, what: str) -> CardError:
    """Map a PC/SC return code to the typed error the application reacts to."""
    code = _u32(hresult)
    detail = f"{what}: {scard.SCardGetErrorMessage(hresult)} (0x{code:08X})"
    if code in {_u32(c) for c in _REMOVED_ERRORS}:
        return CardRemovedError(detail)
    if code in {_u32(c) for c in _SERVICE_ERRORS}:
        return ReaderGoneError(detail)
    if code in {_u32(c) for c in _UNSUPPORTED_ERRORS}:
        return FeatureNotSupportedError(detail)
    return CardTransportError(detail)


def is_service_error(hresult: int) -> bool:
    return _u32(hresult) in {_u32(c) for c in _SERVICE_ERRORS}


class CardTransport(Protocol):
    """A connected card: raw APDU exchange and reader control (pin pad)."""

    @property
    def reader(self) -> str: ...

    @property
    def atr(self) -> bytes: ...

    def transmit(self, apdu: bytes) -> bytes:
        """Send one command APDU, return the raw response (data + SW1 SW2)."""
        ...

    def control(self, code: int, data: bytes) -> bytes:
        """SCardControl with a *feature* control code (not the raw ioctl number)."""
        ...

    def get_feature_request(self) -> bytes:
        """CM_IOCTL_GET_FEATURE_REQUEST; raise FeatureNotSupportedError if the reader has none."""
        ...

    def close(self) -> None: ...


class PcscTransport:
    """A PC/SC connection to the card in ``reader`` (own context).

    Closing disconnects with ``SCARD_RESET_CARD`` so no later user inherits a verified PIN.
    """

    def __init__(self, reader: str, *, exclusive: bool = False) -> None:
        self._reader = reader
        self._card: int | None = None
        self._ctx: int | None = None
        hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "establish context")
        self._ctx = ctx
        share = scard.SCARD_SHARE_EXCLUSIVE if exclusive else scard.SCARD_SHARE_SHARED
        hresult, card, protocol = scard.SCardConnect(
            ctx, reader, share, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        if hresult != scard.SCARD_S_SUCCESS:
            self.close()
            raise pcsc_error(hresult, f"connect {reader!r}")
        self._card = card
        self._protocol = protocol
        hresult, _name, _state, _proto, atr = scard.SCardStatus(card)
        if hresult != scard.SCARD_S_SUCCESS:
            self.close()
            raise pcsc_error(hresult, "status")
        self._atr = bytes(atr)

    @property
    def reader(self) -> str:
        return self._reader

    @property
    def atr(self) -> bytes:
        return self._atr

    def transmit(self, apdu: bytes) -> bytes:
        if self._card is None:
            raise CardRemovedError("transport closed")
        hresult, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "transmit")
        return bytes(response)

    def control(self, code: int, data: bytes) -> bytes:
        if self._card is None:
            raise CardRemovedError("transport closed")
        hresult, response = scard.SCardControl(self._card, code, list(data))
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "control")
        return bytes(response)

    def get_feature_request(self) -> bytes:
        return self.control(scard.SCARD_CTL_CODE(GET_FEATURE_REQUEST_CODE), b"")

    def close(self) -> None:
        card, self._card = self._card, None
        ctx, self._ctx = self._ctx, None
        if card is not None:
            hresult = scard.SCardDisconnect(card, scard.SCARD_RESET_CARD)
            if hresult != scard.SCARD_S_SUCCESS:
                logger.debug("disconnect: %s", scard.SCardGetErrorMessage(hresult))
        if ctx is not None:
            scard.SCardReleaseContext(ctx)
