"""Typed kiosk configuration: one TOML file, validated once into :class:`KioskConfig`.

Every setting is declared once here with its default, type and a description. ``load_config``
returns a validated, immutable object or raises :class:`ConfigError` whose ``problems`` name
each bad field and the reason — never a traceback on a technician's screen.
"""

from __future__ import annotations

import enum
import ipaddress
import os
import tomllib
import types
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

# A locked-down kiosk runs no third-party pydantic plugins; skipping their discovery also saves
# an entry-point scan of every installed distribution at start-up.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

LANGUAGES = ("en", "es", "fr", "ar")
"""Languages the kiosk ships translations for (``ar`` is right-to-left)."""

SERVICE_IDS = (
    "bills",
    "appointments",
    "street_report",
    "my_requests",
    "request_status",
    "permits",
    "petitions",
    "consultations",
    "projects",
    "elections",
    "notices",
    "library",
    "my_data",
    "about",
    "diagnostics",
)
"""Every service the kiosk knows how to run (the home grid shows the enabled ones)."""


class Mode(enum.Enum):
    DEMO = "demo"  # emulated devices, local demo city back end, Simulator window
    PRACTICE = "practice"  # made-up personas, practice back end, nothing sent to the city
    PRODUCTION = "production"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True, allow_inf_nan=False)


class KioskSection(_Section):
    id: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$")]
    """Kiosk identifier, printed on receipts and sent to back ends."""
    site: Annotated[str, Field(min_length=1, max_length=120)]
    """Human name of the site (library, city hall) shown on screen and receipts."""
    mode: Mode = Mode.PRODUCTION
    latitude: Annotated[float, Field(ge=-90, le=90)] = 0.0
    longitude: Annotated[float, Field(ge=-180, le=180)] = 0.0
    address: str = ""
    """The site's street address (public information, used as default report location)."""


class ServicesSection(_Section):
    enabled: tuple[str, ...] = SERVICE_IDS

    @field_validator("enabled")
    @classmethod
    def _known_services(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [s for s in value if s not in SERVICE_IDS]
        if unknown:
            raise ValueError(
                f"unknown service(s) {', '.join(unknown)}; known: {', '.join(SERVICE_IDS)}"
            )
        if len(set(value)) != len(value):
            raise ValueError("a service is listed twice")
        return value


class CardReaderSection(_Section):
    driver: Literal["pcsc", "emulated", "disabled"] = "pcsc"
    reader: str = ""
    """Substring of the PC/SC reader name to use; empty = any reader."""
    ca_files: tuple[Path, ...] = ()
    """City CA certificates (PEM) that eCitizen cards must chain to."""
    crl_file: Path | None = None
    """Cached CRL (DER or PEM) used for revocation checks, refreshed when online."""
    resident_policy_oid: str = "1.3.6.1.4.1.99999.1.1"
    staff_policy_oid: str = "1.3.6.1.4.1.99999.1.2"
    technician_policy_oid: str = "1.3.6.1.4.1.99999.1.3"
    fingerprint_enabled: bool = False
    """After a correct PIN, offer residents an optional 1:1 fingerprint confirmation against the
    template on their card (needs ``[devices.fingerprint]``); the PIN alone is always enough."""


class PrinterSection(_Section):
    driver: Literal["escpos", "emulated", "disabled"] = "escpos"
    uri: str = "usb://auto"
    """usb://VID:PID, usb://auto, serial:///dev/ttyS0?baudrate=19200 or tcp://host:9100."""
    profile: str = "default"


class CameraSection(_Section):
    driver: Literal["opencv", "emulated", "disabled"] = "opencv"
    source: str = "0"
    """Device index or path, or a video/image file or image folder (emulated)."""


class FingerprintSection(_Section):
    driver: Literal["serial", "emulated", "disabled"] = "disabled"
    port: str = "/dev/fingerprint"
    baudrate: Annotated[int, Field(gt=0)] = 57600
    finger_timeout_s: Annotated[float, Field(ge=5, le=60)] = 15.0
    """How long the sensor waits for a finger before "no finger" (longer helps residents who
    need time to place it)."""


class DevicesSection(_Section):
    card_reader: CardReaderSection = CardReaderSection()
    printer: PrinterSection = PrinterSection()
    camera: CameraSection = CameraSection()
    fingerprint: FingerprintSection = FingerprintSection()


class BackendsSection(_Section):
    gateway_url: str = "http://127.0.0.1:8710"
    open311_url: str = "http://127.0.0.1:8710/open311/v2"
    open311_api_key: str = ""
    open311_media: Literal["auto", "multipart", "media_url"] = "auto"
    """How street-report photos reach the 311 server: "multipart" (a `media` file on the POST,
    the GeoReport media-upload extension), "media_url" (uploaded to the gateway, its URL
    posted), "auto" (multipart, falling back to media_url when the server refuses it; learned
    once per server). See docs/backends.md."""
    sip2_host: str = "127.0.0.1"
    sip2_port: Annotated[int, Field(gt=0, lt=65536)] = 6001
    sip2_location: str = ""
    sip2_institution: str = ""
    sip2_user: str = ""
    """SIP2 login (message 93) of this kiosk at the library system; empty: no login (ILSs that
    authenticate SC connections otherwise)."""
    sip2_password: str = ""
    sip2_encoding: Literal["cp850", "utf-8", "latin-1", "auto"] = "cp850"
    """The ILS's character set on the wire (Koha ``encoding``, FOLIO ``charset``); "auto" reads
    UTF-8 when a frame is valid UTF-8, else cp850. See docs/backends.md § SIP2."""
    sip2_tls: bool = False
    """SIP2 over TLS (the library's TLS terminator, e.g. stunnel in front of the ILS): patron
    PINs and the kiosk's login never cross the network in clear. Host names are checked."""
    sip2_tls_ca_file: Path | None = None
    """CA bundle that signs the ILS's TLS certificate; None: the city CA of the kiosk's
    enrolment (kiosk/security/tls.py) in production, the system store otherwise."""
    sip2_tls_cert_file: Path | None = None
    """Client certificate for the ILS's terminator (with ``sip2_tls_key_file``); None: the
    device certificate of the kiosk's enrolment when it has one (production)."""
    sip2_tls_key_file: Path | None = None
    sip2_tls_server_name: str = ""
    """The name on the ILS's certificate when it differs from ``sip2_host``."""
    sip2_plaintext_accepted_risk: bool = False
    """Production refuses plain SIP2 (PINs in clear) unless the site sets this: the accepted
    risk then shows in diagnostics (software check, ``sip2.plaintext_accepted_risk``)."""
    start_demo_backend: bool = False
    """Start the local demo city back end (citysim) in-process. Demo and practice only."""
    timeout_s: Annotated[float, Field(gt=0, le=60)] = 5.0

    @model_validator(mode="after")
    def _sip2_client_cert_pair(self) -> BackendsSection:
        if (self.sip2_tls_cert_file is None) != (self.sip2_tls_key_file is None):
            raise ValueError("give both sip2_tls_cert_file and sip2_tls_key_file, or neither")
        return self

    @field_validator("gateway_url", "open311_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")


class LanguagesSection(_Section):
    default: str = "en"
    available: tuple[str, ...] = LANGUAGES

    @model_validator(mode="after")
    def _default_available(self) -> LanguagesSection:
        unknown = [lang for lang in self.available if lang not in LANGUAGES]
        if unknown:
            raise ValueError(f"unsupported language(s) {', '.join(unknown)}")
        if not self.available:
            raise ValueError("at least one language must be available")
        if self.default not in self.available:
            raise ValueError(f"default language {self.default!r} is not in 'available'")
        return self


class IdleSection(_Section):
    warn_after_s: Annotated[float, Field(ge=10, le=3600)] = 90.0
    """Seconds without input before the 'are you still there?' warning."""
    warning_s: Annotated[float, Field(ge=20, le=300)] = 30.0
    """Length of the warning countdown before the session is reset (at least 20 s)."""
    max_extensions: Annotated[int, Field(ge=10, le=1000)] = 20
    """How many times a resident can ask for more time (at least 10)."""
    handover_s: Annotated[float, Field(ge=1, le=3600)] | None = None
    """How long a member of staff's "ready to help" handover (assist before sign-in, see
    kiosk.session.handover) waits for the next resident; None: as long as an idle session lasts
    (warn_after_s + warning_s)."""

    @property
    def handover_seconds(self) -> float:
        """The handover's lifetime in seconds (``handover_s`` or the idle timeout)."""
        if self.handover_s is not None:
            return self.handover_s
        return self.warn_after_s + self.warning_s


class AccessibilitySection(_Section):
    large_text: bool = False
    high_contrast: bool = False
    speech: bool = False
    simplified: bool = False


class DisplaySection(_Section):
    fullscreen: bool = True
    hide_cursor: bool = True
    dpi: Annotated[float | None, Field(gt=50, le=600)] = None
    """Physical DPI override (EDID is often wrong); None = ask the screen."""
    width: Annotated[int, Field(ge=320)] = 1080
    height: Annotated[int, Field(ge=320)] = 1920


class PathsSection(_Section):
    data_dir: Path = Path("/var/lib/ecitizen-kiosk")
    reserve_mb: Annotated[float, Field(ge=0)] = 64.0
    """Free space kept on the data file system for what is already committed (queue state
    changes while it drains, checkpoints, the audit log): below it no new transaction is
    accepted and the technician sees ``system.disk_full`` (kiosk/runtime/storage.py)."""

    @property
    def reserve_bytes(self) -> int:
        return int(self.reserve_mb * 1024 * 1024)


SiteWords = Annotated[str, Field(max_length=200)]
"""A site's own words shown to residents (a name, an address, a desk)."""

SiteText = SiteWords | dict[Literal["en", "es", "fr", "ar"], SiteWords]
"""The site's words in one language (a string), or per kiosk language (a table such as
``{ en = "...", ar = "..." }``): a resident reads the session language's, else English's."""


def site_text(text: SiteText, language: str) -> str:
    """``text`` in ``language``: its own entry, else English, else the first one given."""
    if isinstance(text, str):
        return text
    given = {str(key): value for key, value in text.items() if value}
    return given.get(language) or given.get("en") or next(iter(given.values()), "")


class PrivacySection(_Section):
    """The privacy notice residents get before they sign in (PRIV-08). Empty texts: the kiosk's
    own translated wording ("the city's eCitizen office", "the eCitizen desk"). Each text is
    one string, or a table per language (issue #16 item 10: an Arabic resident reads the
    site's Arabic contact where the site gives one)."""

    controller: SiteText = ""
    """Who is responsible for residents' data (the controller), as residents should read it."""
    contact: SiteText = ""
    """How to reach the data protection officer: an e-mail address, a postal address, a desk."""
    notice_url: str = ""
    """The full privacy notice online (https://...), offered as a QR code; empty: none."""

    @field_validator("notice_url")
    @classmethod
    def _https(cls, value: str) -> str:
        if value and not value.startswith("https://"):
            raise ValueError("must start with https:// (or be empty)")
        return value


class NetworkSection(_Section):
    allow: tuple[str, ...] = ()
    """The city's networks the kiosk may reach besides localhost: addresses or CIDR prefixes
    ("10.20.0.0/16"). Provisioning writes them into kiosk.service's ``IPAddressAllow=``; the
    unit denies every other address (``IPAddressDeny=any``). List the back ends' networks and
    the DNS resolver's if it is not on the kiosk itself."""

    @field_validator("allow")
    @classmethod
    def _networks(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        try:
            return tuple(str(ipaddress.ip_network(a, strict=False)) for a in value)
        except ValueError as exc:
            raise ValueError(f"not an address or network ({exc})") from None

    def allows(self, host: str) -> bool | None:
        """Whether ``host`` may be reached (loopback always); None for a name (its address is
        known only when it is resolved)."""
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return True if host == "localhost" else None
        if address.is_loopback:
            return True
        return any(address in ipaddress.ip_network(n) for n in self.allow)


class LoggingSection(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


LIBRARY_PIN_DIGITS = (4, 8)
"""What the library PIN pad takes ("digits" passwords): 4 to 8 digits."""
LIBRARY_PASSWORD_MAX = 64


class LibrarySection(_Section):
    """The library system's patron passwords (SIP2 ``AD``), as the site's ILS sets them."""

    password: Literal["digits", "text"] = "digits"  # noqa: S105 (a kind, not a secret)
    """"digits": a numeric PIN on the ATM-style pad; "text": a password with letters (Koha,
    Evergreen) typed on the on-screen keyboard in a masked field with a show/hide toggle."""
    password_min_length: Annotated[int, Field(ge=1, le=LIBRARY_PASSWORD_MAX)] = 4
    password_max_length: Annotated[int, Field(ge=1, le=LIBRARY_PASSWORD_MAX)] | None = None
    """None: 8 for "digits", 32 for "text"."""

    @property
    def max_length(self) -> int:
        if self.password_max_length is not None:
            return self.password_max_length
        return LIBRARY_PIN_DIGITS[1] if self.password == "digits" else 32  # noqa: S105

    @model_validator(mode="after")
    def _length_bounds(self) -> LibrarySection:
        low, high = self.password_min_length, self.max_length
        if low > high:
            raise ValueError(
                f"password_min_length ({low}) is more than password_max_length ({high})"
            )
        if self.password == "digits" and (  # noqa: S105
            low < LIBRARY_PIN_DIGITS[0] or high > LIBRARY_PIN_DIGITS[1]
        ):
            raise ValueError(
                "a digits password is typed on the PIN pad, which takes 4 to 8 digits: "
                f"set password_min_length and password_max_length within 4..8 (got {low}..{high})"
                ', or password = "text"'
            )
        return self


class FleetSection(_Section):
    """The city fleet (issue #18, docs/fleet.md): MQTT telemetry and Prometheus metrics.
    Optional: without a ``[fleet]`` section nothing connects and nothing listens."""

    broker_host: Annotated[str, Field(min_length=1, max_length=253)]
    broker_port: Annotated[int, Field(ge=1, le=65535)] = 8883
    tls: bool = True
    """Mutual TLS with the device certificate and the city CA; false only outside production."""
    topic_prefix: Annotated[
        str, Field(max_length=100, pattern=r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$")
    ] = "ecitizen"
    keepalive_s: Annotated[int, Field(ge=2, le=600)] = 30
    heartbeat_s: Annotated[float, Field(ge=1, le=3600)] = 60.0
    sample_s: Annotated[float, Field(ge=0.5, le=600)] = 5.0
    buffer_max: Annotated[int, Field(ge=10, le=100_000)] = 1000
    metrics_listen: Annotated[str, Field(pattern=r"^$|^(\[[0-9A-Fa-f:.]+\]|[^:\s]*):\d{1,5}$")] = ""
    """``host:port`` of the kiosk's own /metrics ("" = none; kiosks behind NAT use the
    exporter). HTTPS with a client certificate when ``tls``."""
    metrics_cert_file: Path | None = None
    """A server certificate from the city CA for this kiosk (the device one is client-only)."""
    metrics_key_file: Path | None = None

    @model_validator(mode="after")
    def _metrics_tls_files(self) -> FleetSection:
        if (
            self.metrics_listen
            and self.tls
            and not (self.metrics_cert_file and self.metrics_key_file)
        ):
            raise ValueError("metrics_listen with tls needs metrics_cert_file and metrics_key_file")
        return self


class UpdatesSection(_Section):
    """Safe updates (issue #19, docs/updates.md): releases side by side under ``root``, the
    health gate and automatic rollback, the maintenance window."""

    root: Path = Path("/opt/ecitizen-kiosk")
    """Install root: ``releases/<version>/``, the ``current`` and ``previous`` symlinks."""
    state_dir: Path = Path("/var/lib/ecitizen-kiosk-update")
    """The updater's own state (``update-state.json``, readable by the kiosk for telemetry)."""
    unit: Annotated[str, Field(pattern=r"^[A-Za-z0-9@._-]{1,200}\.service$")] = "kiosk.service"
    """The unit the updater stops, starts and watches."""
    window: Annotated[str, Field(pattern=r"^(always|\d{2}:\d{2}-\d{2}:\d{2})$")] = "02:00-05:00"
    """The site's maintenance window, local time (``HH:MM-HH:MM``, may cross midnight), or
    ``always``. Updates install only inside it."""
    timezone: str = ""
    """The site's time zone (IANA name, e.g. ``Europe/Madrid``); empty: the system's."""
    days: tuple[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"], ...] = (
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    )
    """The days the window opens (the day it starts, for a window crossing midnight)."""
    idle_s: Annotated[float, Field(ge=0, le=3600)] = 120.0
    """How long no resident session must have been active before an update installs."""
    health_timeout_s: Annotated[float, Field(ge=1, le=1800)] = 120.0
    """How long a new version has to reach READY and pass its start-up self-check."""
    settle_s: Annotated[float, Field(ge=0, le=600)] = 30.0
    """After passing, how long it must keep running without a restart to be kept."""
    keep_releases: Annotated[int, Field(ge=2, le=10)] = 3
    """Releases kept on disk (current and previous always among them)."""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if value:
            import zoneinfo

            try:
                zoneinfo.ZoneInfo(value)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r} (an IANA name)") from None
        return value

    @field_validator("window")
    @classmethod
    def _clock_times(cls, value: str) -> str:
        if value != "always":
            for part in value.split("-"):
                hours, minutes = (int(n) for n in part.split(":"))
                if hours > 23 or minutes > 59:
                    raise ValueError(f"{part} is not a time of day (00:00-23:59)")
            if value[:5] == value[6:]:
                raise ValueError("the window opens and closes at the same time")
        return value

    @field_validator("days")
    @classmethod
    def _some_days(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("at least one day")
        return value


class KioskConfig(_Section):
    """The whole, validated kiosk configuration."""

    kiosk: KioskSection
    services: ServicesSection = ServicesSection()
    devices: DevicesSection = DevicesSection()
    backends: BackendsSection = BackendsSection()
    languages: LanguagesSection = LanguagesSection()
    idle: IdleSection = IdleSection()
    accessibility: AccessibilitySection = AccessibilitySection()
    display: DisplaySection = DisplaySection()
    paths: PathsSection = PathsSection()
    privacy: PrivacySection = PrivacySection()
    network: NetworkSection = NetworkSection()
    logging: LoggingSection = LoggingSection()
    library: LibrarySection = LibrarySection()
    fleet: FleetSection | None = None
    updates: UpdatesSection = UpdatesSection()
    source: str = Field(default="", exclude=True)
    """Where this configuration was read from (for diagnostics)."""

    @model_validator(mode="after")
    def _production_has_no_emulators(self) -> KioskConfig:
        if self.kiosk.mode is Mode.PRODUCTION:
            emulated = [
                name
                for name, section in (
                    ("card_reader", self.devices.card_reader),
                    ("printer", self.devices.printer),
                    ("camera", self.devices.camera),
                    ("fingerprint", self.devices.fingerprint),
                )
                if section.driver == "emulated"
            ]
            if emulated:
                raise ValueError(
                    "production mode cannot use emulated devices: " + ", ".join(emulated)
                )
            if self.backends.start_demo_backend:
                raise ValueError("production mode cannot start the demo city back end")
        return self

    @property
    def is_demo(self) -> bool:
        return self.kiosk.mode is Mode.DEMO

    def with_data_dir(self, data_dir: Path) -> KioskConfig:
        """A copy with another data directory (tests, ``--data-dir``)."""
        return self.model_copy(
            update={"paths": self.paths.model_copy(update={"data_dir": data_dir})}
        )


ProductionCheck = Callable[[KioskConfig], Iterator[tuple[str, str]]]
"""A rule for production mode only: yields ``(dotted field, reason)`` for each problem."""

PRODUCTION_CHECKS: list[ProductionCheck] = []


def production_check(check: ProductionCheck) -> ProductionCheck:
    """Register a production-mode rule (``kiosk config check`` and ``kiosk run`` apply every
    one; each problem is shown as ``field: reason``). A risk the site may accept is a setting
    the rule reads, e.g. plain SIP2 refused unless ``backends.<accept-the-risk setting>``."""
    PRODUCTION_CHECKS.append(check)
    return check


def production_problems(config: KioskConfig) -> list[tuple[str, str]]:
    """Every production rule's problems (none outside production mode)."""
    if config.kiosk.mode is not Mode.PRODUCTION:
        return []
    return [problem for check in PRODUCTION_CHECKS for problem in check(config)]


@production_check
def _fleet_uses_tls(config: KioskConfig) -> Iterator[tuple[str, str]]:
    if config.fleet is not None and not config.fleet.tls:
        yield ("fleet.tls", "production mode refuses a plain fleet link; set tls = true")


CITY_URLS = ("gateway_url", "open311_url")
"""The city's HTTP back ends: mutual TLS with the device certificate in production (SEC-13)."""


@production_check
def _city_backends_use_mutual_tls(config: KioskConfig) -> Iterator[tuple[str, str]]:
    for name in CITY_URLS:
        url = getattr(config.backends, name)
        if not url.startswith("https://"):
            yield (
                f"backends.{name}",
                "production mode refuses plain http://; use https:// (mutual TLS with the "
                "kiosk's certificate, SEC-13)",
            )


@production_check
def _city_backends_are_allowed(config: KioskConfig) -> Iterator[tuple[str, str]]:
    names: list[str] = []
    for name in CITY_URLS:
        host = urlsplit(getattr(config.backends, name)).hostname or ""
        allowed = config.network.allows(host)
        if allowed is False:
            yield (
                f"backends.{name}",
                f"{host} is outside network.allow (kiosk.service denies other addresses)",
            )
        elif allowed is None and host not in names:
            names.append(host)
    if names and not config.network.allow:
        yield (
            "network.allow",
            f"list the city's networks (of {', '.join(names)}): kiosk.service denies every "
            "address but localhost",
        )


@production_check
def _sip2_is_not_plaintext(config: KioskConfig) -> Iterator[tuple[str, str]]:
    backends = config.backends
    if "library" in config.services.enabled:
        if not backends.sip2_tls and not backends.sip2_plaintext_accepted_risk:
            yield (
                "backends.sip2_tls",
                "production mode refuses plain SIP2 (library PINs and the kiosk's login in "
                "clear): set sip2_tls = true, or sip2_plaintext_accepted_risk = true if the "
                "link is protected otherwise (diagnostics will show it)",
            )
        if config.network.allows(backends.sip2_host) is False:
            yield (
                "backends.sip2_host",
                f"{backends.sip2_host} is outside network.allow (kiosk.service denies other "
                "addresses)",
            )


class ConfigError(Exception):
    """The configuration file is missing, unreadable or invalid.

    Attributes:
        problems: one ``(field, reason)`` pair per problem, field as a dotted path.
    """

    def __init__(self, source: str, problems: list[tuple[str, str]]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(self.text())

    def text(self) -> str:
        lines = [f"{self.source}: invalid kiosk configuration"]
        lines += [
            f"  {field}: {reason}" if field else f"  {reason}" for field, reason in self.problems
        ]
        return "\n".join(lines)


def _problems(exc: ValidationError) -> list[tuple[str, str]]:
    problems = []
    for error in exc.errors(include_url=False):
        field = ".".join(str(part) for part in error["loc"])
        reason = error["msg"]
        if error["type"] == "extra_forbidden":
            reason = "unknown setting (check the spelling)"
        elif error["type"] == "missing":
            reason = "required setting is missing"
        elif error["type"] == "string_pattern_mismatch":
            reason = "may contain only letters, digits, '.', '_' and '-'"
        problems.append((field, reason))
    return problems


MAX_NESTING = 16
"""Arrays and tables nested deeper than this are no kiosk setting (and a hostile file with
thousands of levels must give a clear error, not a RecursionError)."""


def _hostile_values(data: Any) -> list[tuple[str, str]]:
    """Problems no field validator can report: NUL characters (any path or name with one fails
    only later, deep in the OS) and absurd nesting. Walks iteratively."""
    problems: list[tuple[str, str]] = []
    stack: list[tuple[str, Any, int]] = [("", data, 0)]
    while stack:
        where, value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > MAX_NESTING:
                problems.append((where, f"nested more than {MAX_NESTING} levels deep"))
                continue
            if isinstance(value, list):  # items of a list are reported as the setting itself
                stack.extend((where, child, depth + 1) for child in value)
                continue
            for key, child in value.items():
                if "\0" in key:
                    problems.append((where, "a setting name contains a NUL character"))
                    continue
                stack.append((f"{where}.{key}" if where else key, child, depth + 1))
        elif isinstance(value, str) and "\0" in value:
            problems.append((where, "contains a NUL character"))
    return sorted(set(problems))


def parse_config(data: dict[str, Any], source: str = "<memory>") -> KioskConfig:
    hostile = _hostile_values(data)
    if hostile:
        raise ConfigError(source, hostile)
    try:
        config = KioskConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(source, _problems(exc)) from None
    problems = production_problems(config)
    if problems:
        raise ConfigError(source, problems)
    return config.model_copy(update={"source": source})


def load_config(path: Path) -> KioskConfig:
    """Read and validate a TOML configuration file."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(source, [("", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            source, [("", f"cannot read the file ({exc.__class__.__name__})")]
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, [("", f"not valid TOML: {exc}")]) from None
    except RecursionError:
        raise ConfigError(source, [("", "not valid TOML: nested too deeply")]) from None
    config = parse_config(data, source)
    return config.with_data_dir(_data_dir(config.paths.data_dir, path, source)).model_copy(
        update={"source": source}
    )


def _data_dir(data_dir: Path, config_path: Path, source: str) -> Path:
    """``[paths] data_dir`` made absolute (``~`` expanded, relative to the file's folder)."""
    try:
        data_dir = data_dir.expanduser()
    except RuntimeError:  # "~nosuchuser/x", or no home directory at all
        raise ConfigError(
            source, [("paths.data_dir", f"cannot expand '{data_dir.parts[0]}': no such user")]
        ) from None
    if data_dir.is_absolute():
        return data_dir
    try:
        return (config_path.parent / data_dir).resolve()
    except (OSError, RuntimeError) as exc:
        raise ConfigError(
            source, [("paths.data_dir", f"cannot resolve the path ({type(exc).__name__})")]
        ) from None


def demo_config_path() -> Path:
    """The embedded default configuration (demo mode), shipped as package data."""
    return Path(__file__).parent / "resources" / "demo.toml"


def load_demo_config(data_dir: Path | None = None) -> KioskConfig:
    text = demo_config_path().read_text(encoding="utf-8")
    config = parse_config(tomllib.loads(text), "embedded demo.toml")
    if data_dir is None:
        data_dir = Path.home() / ".local" / "share" / "ecitizen-kiosk-demo"
    return config.with_data_dir(data_dir).model_copy(update={"source": "embedded demo.toml"})


DISABLED: Mapping[str, Any] = types.MappingProxyType({"driver": "disabled"})
"""A device update for :func:`with_devices`: the device is switched off."""

CLOSED_PORT_URL = "http://127.0.0.1:9"
"""A loopback port nothing listens on (discard): back ends pointed here stay unreachable."""


def with_devices(config: KioskConfig, **changes: Mapping[str, Any]) -> KioskConfig:
    """``config`` with each named device section updated, e.g. ``printer=DISABLED``."""
    devices = config.devices
    updated = {
        name: getattr(devices, name).model_copy(update=dict(u)) for name, u in changes.items()
    }
    return config.model_copy(update={"devices": devices.model_copy(update=updated)})


def shell_only(config: KioskConfig) -> KioskConfig:
    """The same configuration without devices and without the demo city: the UI shell alone
    (tests, benches).

    Back ends point at a closed loopback port, so the queue opens and simply stays offline.
    """
    config = with_devices(
        config, card_reader=DISABLED, printer=DISABLED, camera=DISABLED, fingerprint=DISABLED
    )
    return config.model_copy(
        update={
            "backends": config.backends.model_copy(
                update={
                    "start_demo_backend": False,
                    "gateway_url": CLOSED_PORT_URL,
                    "open311_url": f"{CLOSED_PORT_URL}/open311/v2",
                    "sip2_port": 9,
                }
            ),
        }
    )
