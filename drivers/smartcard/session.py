"""A card session: one connected card, driven by one owning worker thread.

Every public method runs on the session's worker thread (calls are serialized) and waits at most
``timeout`` seconds. ISO 7816 mechanics live here (61xx GET RESPONSE chaining, 6Cxx resend, status
words to typed errors, PIN rules); the card application is the :class:`CardProfile`.

PIN rules (HARDWARE.md §1.3): blocked (63C0/6983/6984) stops for good, never retried; a VERIFY
interrupted by a transport error is never retried until the retry counter was read again; the PIN
buffer passed in is wiped; VERIFY data never reaches a log (traces mask it).
"""

from __future__ import annotations

import concurrent.futures
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.utils import CryptographyDeprecationWarning

import drivers.smartcard.apdu as apdu
import drivers.smartcard.pinpad as pinpad
from drivers.smartcard.apdu import CommandApdu, ResponseApdu, SwClass
from drivers.smartcard.errors import (
    CardError,
    CardProtocolError,
    CardRemovedError,
    CardTimeoutError,
    FeatureNotSupportedError,
    PinBlockedError,
    PinStateUnknownError,
    ReaderGoneError,
    SessionClosedError,
    WrongPinError,
)
from drivers.smartcard.profile import (
    TAG_CHUID,
    TAG_FINGERPRINTS,
    ApplicationInfo,
    CardProfile,
    Chuid,
    KeySlot,
    PinStatus,
    PivProfile,
)
from drivers.smartcard.transport import CardTransport, PcscTransport

logger = logging.getLogger(__name__)

T = TypeVar("T")

MAX_RESPONSE_BYTES = 16 * 1024
# A card answering 61xx forever (61 00 with no data grows nothing) is stopped after this many
# GET RESPONSE rounds; MAX_RESPONSE_BYTES fits in 64 rounds of 256 bytes (~3 s through vpcd).
MAX_GET_RESPONSE_ROUNDS = 64
DEFAULT_TIMEOUT_S = 5.0


class _Worker:
    """The session's one owning thread: runs submitted calls in order.

    Unlike ThreadPoolExecutor, stopping waits a bounded time: a PC/SC call that never returns
    (hung reader or daemon) must not hang whoever closes the session. The thread is a daemon
    thread for the same reason.
    """

    def __init__(self, name: str) -> None:
        self._queue: queue.SimpleQueue[
            tuple[concurrent.futures.Future[Any], Callable[[], Any]] | None
        ] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], T]) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._queue.put((future, fn))
        return future

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            future, fn = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the caller through the future
                future.set_exception(exc)

    def stop(self, timeout: float) -> bool:
        """Finish queued calls, stop, join; False if the thread is still blocked."""
        self._queue.put(None)
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)
        return not self._thread.is_alive()


def load_certificate(der: bytes, what: str = "card") -> x509.Certificate:
    """A card's X.509 certificate from DER, every field sign-in reads already decoded.

    Raises CardProtocolError for anything that does not decode: ``cryptography`` parses lazily
    and raises KeyError for an unexpected string tag in a name, UnsupportedAlgorithm for an
    unknown curve, InvalidVersion for a version other than v1/v3, ValueError for bad DER; all
    mean "this card is unreadable".
    """
    try:
        cert = x509.load_der_x509_certificate(der)
        _parse_certificate_fields(cert)
    except (
        ValueError,
        KeyError,
        TypeError,
        UnsupportedAlgorithm,
        x509.InvalidVersion,
        CryptographyDeprecationWarning,  # raised where warnings are errors (the test suite)
    ) as exc:
        raise CardProtocolError(
            f"certificate {what} does not parse ({type(exc).__name__})"
        ) from exc
    return cert


def _parse_certificate_fields(cert: x509.Certificate) -> None:
    """Touch every field sign-in reads so a hostile encoding fails here, as a card error, and
    not later in the trust check (``cryptography`` decodes names and keys on first access)."""
    cert.public_key()
    for name in (cert.subject, cert.issuer):
        for attribute in name:
            _ = attribute.value
        name.rfc4514_string()
    _ = cert.extensions
    _ = cert.signature_hash_algorithm
    _ = (cert.not_valid_before_utc, cert.not_valid_after_utc)
    if cert.serial_number <= 0:  # RFC 5280; cryptography only warns today, and will refuse
        raise ValueError("certificate serial number is not positive")


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


class CardSession:
    """One connected card. Create with :meth:`open` (PC/SC) or with any transport factory.

    Thread-safe: calls from any thread are serialized on the session's own worker thread.
    Close it (or use it as a context manager); closing resets the card.
    """

    def __init__(
        self,
        transport_factory: Callable[[], CardTransport],
        profile: CardProfile | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        trace: bool = False,
    ) -> None:
        self.profile: CardProfile = profile or PivProfile()
        self._timeout = timeout
        self._trace = trace
        self._executor = _Worker("card-session")
        self._lock = threading.Lock()
        self._closed = False
        self._closing = threading.Event()  # set by close(): a chaining loop stops at once
        self._dead: CardError | None = None
        self._blocked = False
        self._pin_state_unknown = False
        self._verified = False
        self._pinpad_code: int | None | bool = False  # False: not probed yet
        self._certificates: dict[KeySlot, x509.Certificate] = {}
        self._transport: CardTransport | None = None
        try:
            self._transport = self._call(transport_factory, "connect")
        except BaseException:
            self._shutdown()
            raise

    @classmethod
    def open(
        cls,
        reader: str,
        profile: CardProfile | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        exclusive: bool = False,
        trace: bool = False,
    ) -> CardSession:
        """Connect to the card in ``reader`` through PC/SC."""
        return cls(
            lambda: PcscTransport(reader, exclusive=exclusive),
            profile,
            timeout=timeout,
            trace=trace,
        )

    # --- plumbing --------------------------------------------------------------------------

    def _call(self, fn: Callable[[], T], what: str, timeout: float | None = None) -> T:
        with self._lock:
            if self._closed:
                raise SessionClosedError(what)
            future = self._executor.submit(fn)
        try:
            return future.result(timeout=self._timeout if timeout is None else timeout)
        except concurrent.futures.TimeoutError:
            self._dead = CardTimeoutError(what)
            raise CardTimeoutError(what) from None

    def _run(self, fn: Callable[[], T], what: str, timeout: float | None = None) -> T:
        def guarded() -> T:
            if self._dead is not None:
                raise SessionClosedError(f"{what}: session unusable after {self._dead.key}")
            try:
                return fn()
            except (CardRemovedError, ReaderGoneError) as exc:
                self._dead = exc
                self._forget_secrets()
                raise

        return self._call(guarded, what, timeout)

    def _forget_secrets(self) -> None:
        self._verified = False
        self._certificates.clear()

    def _send(self, command: CommandApdu) -> ResponseApdu:
        assert self._transport is not None
        raw = self._transport.transmit(command.to_bytes())
        response = ResponseApdu.from_bytes(raw)
        if self._trace:
            logger.debug("APDU > %s < %s", command.trace(), response.trace())
        return response

    def _exchange(self, command: CommandApdu, what: str) -> ResponseApdu:
        """Send a command, resend on 6Cxx, follow 61xx with GET RESPONSE; SW not checked."""
        response = self._send(command)
        if response.sw1 == 0x6C:
            response = self._send(command.with_le(response.sw2 or 256))
        data = bytearray(response.data)
        rounds = 0
        while response.sw1 == 0x61:
            if self._closing.is_set():
                raise SessionClosedError(f"{what}: closed while chaining")
            rounds += 1
            if rounds > MAX_GET_RESPONSE_ROUNDS:
                raise CardProtocolError(f"{what}: more than {MAX_GET_RESPONSE_ROUNDS} 61xx rounds")
            response = self._send(apdu.get_response(response.sw2))
            data += response.data
            if len(data) > MAX_RESPONSE_BYTES:
                raise CardProtocolError(f"{what}: response longer than {MAX_RESPONSE_BYTES} bytes")
        if apdu.classify(response.sw) in (SwClass.MORE_DATA, SwClass.WRONG_LE):
            raise CardProtocolError(f"{what}: SW={response.sw:04X} after chaining")
        return ResponseApdu(bytes(data), response.sw1, response.sw2)

    def _get(self, command: CommandApdu, what: str) -> bytes:
        return apdu.check(self._exchange(command, what), what)

    # --- public API ------------------------------------------------------------------------

    @property
    def atr(self) -> bytes:
        assert self._transport is not None
        return self._transport.atr

    @property
    def reader(self) -> str:
        assert self._transport is not None
        return self._transport.reader

    @property
    def pin_verified(self) -> bool:
        return self._verified

    def select(self) -> ApplicationInfo:
        """SELECT the profile's application; :class:`UnsupportedCardError` if absent."""
        from drivers.smartcard.errors import DataObjectNotFoundError, UnsupportedCardError

        def work() -> ApplicationInfo:
            try:
                data = self._get(self.profile.select_command(), "select")
            except (DataObjectNotFoundError, FeatureNotSupportedError) as exc:
                raise UnsupportedCardError(f"no {self.profile.name} application") from exc
            return self.profile.parse_select(data)

        return self._run(work, "select")

    def read_object(self, tag: int) -> bytes:
        """Raw data object (the whole ``53`` TLV)."""
        return self._run(lambda: self._get(self.profile.object_command(tag), "get data"), "read")

    def read_chuid(self) -> Chuid:
        return self._run(
            lambda: self.profile.parse_chuid_object(
                self._get(self.profile.object_command(TAG_CHUID), "chuid")
            ),
            "chuid",
        )

    def read_certificate(self, slot: KeySlot) -> x509.Certificate:
        """The X.509 certificate of a key slot (remembered for :meth:`authenticate`)."""

        def work() -> x509.Certificate:
            data = self._get(
                self.profile.object_command(self.profile.certificate_tag(slot)), "cert"
            )
            cert = load_certificate(self.profile.parse_certificate_object(data), slot.name)
            self._certificates[slot] = cert
            return cert

        return self._run(work, "certificate")

    def read_fingerprint_template(self) -> bytes:
        """Opaque fingerprint template (PIV 'Cardholder Fingerprints'); needs a verified PIN."""
        return self._run(
            lambda: self.profile.parse_fingerprint_object(
                self._get(self.profile.object_command(TAG_FINGERPRINTS), "fingerprints")
            ),
            "fingerprints",
        )

    def read_uid(self) -> bytes:
        """Contactless UID (``FF CA 00 00 00``). An identifier only, never proof of anything."""

        def work() -> bytes:
            uid = self._get(apdu.get_uid(), "uid")
            if not 4 <= len(uid) <= 10:
                raise CardProtocolError(f"UID of {len(uid)} bytes")
            return uid

        return self._run(work, "uid")

    def pin_status(self) -> PinStatus:
        """Tries left without spending one (empty VERIFY), only if the profile says it is safe."""

        def work() -> PinStatus:
            if self._blocked:
                return PinStatus(False, 0, True)
            if not self.profile.pin_query_safe:
                return PinStatus(self._verified, None, False)
            response = self._exchange(apdu.verify(self.profile.pin_ref, None), "pin status")
            self._pin_state_unknown = False
            cls = apdu.classify(response.sw)
            if cls is SwClass.OK:
                self._verified = True
                return PinStatus(True, None, False)
            if cls is SwClass.PIN_WRONG:
                self._verified = False
                return PinStatus(False, apdu.pin_tries_left(response.sw), False)
            if cls is SwClass.PIN_BLOCKED:
                self._blocked = True
                self._verified = False
                return PinStatus(False, 0, True)
            apdu.check(response, "pin status")
            raise CardProtocolError(f"pin status: SW={response.sw:04X}")

        return self._run(work, "pin status")

    def _handle_verify_response(self, response: ResponseApdu) -> None:
        cls = apdu.classify(response.sw)
        if cls is SwClass.OK:
            self._verified = True
            return
        self._verified = False
        if cls is SwClass.PIN_BLOCKED:
            self._blocked = True
            raise PinBlockedError("verify")
        if cls is SwClass.PIN_WRONG:
            tries = apdu.pin_tries_left(response.sw)
            assert tries is not None
            raise WrongPinError(tries)
        apdu.check(response, "verify")
        raise CardProtocolError(f"verify: SW={response.sw:04X}")

    def _verify_guard(self) -> None:
        if self._blocked:
            raise PinBlockedError("PIN blocked earlier; not retried")
        if self._pin_state_unknown:
            raise PinStateUnknownError("read the retry counter before another VERIFY")

    def verify_pin(self, pin: bytearray) -> None:
        """VERIFY with the PIN in ``pin`` (ASCII digits). ``pin`` is wiped, whatever happens.

        Raises WrongPinError(tries_left), PinBlockedError, PinFormatError, PinStateUnknownError.
        """

        def work() -> None:
            self._verify_guard()
            block = self.profile.pin_block(pin)
            try:
                command = apdu.verify(self.profile.pin_ref, bytes(block))
                try:
                    response = self._send(command)
                except CardError:
                    self._pin_state_unknown = True
                    raise
            finally:
                _wipe(block)
            self._handle_verify_response(response)

        try:
            self._run(work, "verify")
        except CardTimeoutError:
            self._pin_state_unknown = True
            raise
        finally:
            _wipe(pin)

    def pinpad_available(self) -> bool:
        """True if the reader has FEATURE_VERIFY_PIN_DIRECT (PC/SC part 10)."""

        def work() -> bool:
            if self._pinpad_code is False:
                assert self._transport is not None
                try:
                    features = pinpad.parse_features(self._transport.get_feature_request())
                except FeatureNotSupportedError:
                    features = {}
                self._pinpad_code = features.get(pinpad.FEATURE_VERIFY_PIN_DIRECT)
            return self._pinpad_code is not None

        return self._run(work, "features")

    def verify_pin_on_pinpad(self) -> None:
        """VERIFY with the PIN typed on the reader's own keypad (the PIN never enters the host)."""
        params = self.profile.pinpad_params

        def work() -> None:
            self._verify_guard()
            code = self._pinpad_code
            if code is None or code is False or isinstance(code, bool):
                raise FeatureNotSupportedError("reader has no PIN pad")
            template = apdu.verify(self.profile.pin_ref, self.profile.pin_block_template())
            structure = pinpad.pin_verify_structure(params, template.to_bytes())
            assert self._transport is not None
            try:
                raw = self._transport.control(code, structure)
            except CardError:
                self._pin_state_unknown = True
                raise
            self._handle_verify_response(ResponseApdu.from_bytes(raw))

        if not self.pinpad_available():
            raise FeatureNotSupportedError("reader has no PIN pad")
        try:
            self._run(work, "pinpad verify", timeout=params.timeout_s + self._timeout)
        except CardTimeoutError:
            self._pin_state_unknown = True
            raise

    def authenticate(self, slot: KeySlot, challenge: bytes, algorithm: int | None = None) -> bytes:
        """GENERAL AUTHENTICATE: the card signs ``challenge`` with the key in ``slot``.

        The algorithm comes from the slot's certificate (read it first) unless given.
        9E needs no PIN; 9A needs a verified PIN (else SecurityStatusError).
        """

        def work() -> bytes:
            alg = algorithm
            if alg is None:
                cert = self._certificates.get(slot)
                if cert is None:
                    raise ValueError("read_certificate(slot) first or pass algorithm")
                alg = self.profile.algorithm_for(cert.public_key())
            data = self._get(self.profile.authenticate_command(slot, alg, challenge), "auth")
            return self.profile.parse_authenticate(data)

        return self._run(work, "authenticate")

    # --- lifecycle -------------------------------------------------------------------------

    def _shutdown(self) -> None:
        if not self._executor.stop(self._timeout + 1.0):
            logger.error("card session worker still blocked in PC/SC after close; abandoned")

    def close(self) -> None:
        """Reset and disconnect the card, stop and join the worker thread. Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._closing.set()
            transport = self._transport

            def finish() -> None:
                self._forget_secrets()
                if transport is not None:
                    try:
                        transport.close()
                    except CardError as exc:
                        logger.debug("close: %s", exc.key)

            self._executor.submit(finish)
        self._shutdown()

    def __enter__(self) -> CardSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
