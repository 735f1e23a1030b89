"""The kiosk's one MQTT 5 connection to the city fleet broker (issue #18).

A :class:`FleetLink` owns one paho-mqtt client running on its own thread (``loop_start``). The
rest of the kiosk (telemetry, remote commands) only ever calls the four methods below; none of
them blocks on the network, so they are safe from the GUI thread and from queue observers::

    link = FleetLink(LinkSettings(host="broker.city", port=8883, kiosk_id="lib-01",
                                  prefix="city", tls=client_ssl_context(identity)))
    link.start()
    link.publish(link.topic("state"), b'{"mode": "normal"}', qos=1, retain=True)
    link.subscribe(link.topic("cmd"), 1, on_command)      # on_command(ReceivedMessage)
    link.stop()                                              # joins the link thread

Stable API (part B's commands build on it):

``topic(*parts)``
    ``<prefix>/kiosks/<kiosk_id>/<parts...>``; :func:`kiosk_topic` does the same for any id.
``publish(topic, payload: bytes, qos=0, retain=False) -> bool``
    Never blocks. While the broker is unreachable the message waits in a bounded in-memory
    buffer (``buffer_max``): when it is full the *oldest non-retained* message is dropped
    (counted in ``stats().dropped``). Retained messages are coalesced per topic: only the
    latest payload is kept, and the latest retained payload of every topic is (re)sent on every
    connect — so a broker restart, or one that lost its retained store, gets the current state
    back. Retained messages go on the wire at QoS 0 so that a stale copy kept for redelivery by
    the MQTT client can never overwrite a newer one after a reconnect; their delivery guarantee
    is this republish-on-connect. Non-retained QoS 1 messages handed to the client while
    connected are redelivered by paho after a reconnect. Returns False only for an invalid
    topic. Order across a reconnect is best-effort: events carry their own timestamps.
``subscribe(topic_filter, qos, callback) -> None``
    ``callback(ReceivedMessage)`` is called **on the link thread** (never the caller's); it
    must hand work off quickly. Subscriptions survive reconnects (re-sent on every connect).
    An exception in a callback is logged (type only) and swallowed.
``add_connection_listener(callback)``
    ``callback(connected: bool)``, on the link thread, on every connect and disconnect.
``stop(timeout_s=2.0)``
    Publishes the retained offline status, disconnects and joins the thread.

Presence: the Last-Will, registered at connect, is the retained ``{"online": false, ...}``
JSON on ``<prefix>/kiosks/<id>/status`` (QoS 1); on every connect the link publishes the
retained ``{"online": true, ...}`` on the same topic, and on :meth:`FleetLink.stop` an explicit
offline document (``"reason": "stopped"``). The broker sends the will when the keep-alive
expires (1.5 x ``keepalive_s``) or the TCP connection drops without a DISCONNECT.

Security: ``tls`` is an ``ssl.SSLContext`` (``kiosk.security.tls.client_ssl_context``: city CA only,
device certificate presented). A plain connection needs ``allow_plain=True``, which only the
demo and the tests set (kiosk/config.py refuses it in production). Reconnects use paho's
exponential backoff between ``reconnect_min_s`` and ``reconnect_max_s``. Nothing here logs a
payload. Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import json
import logging
import ssl
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTErrorCode, MQTTProtocolVersion
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

logger = logging.getLogger(__name__)

STATUS = "status"
"""Sub-topic of the retained presence document (the Last-Will's topic)."""

_FORBIDDEN_IN_NAME = frozenset("/+#\x00")


@dataclass(frozen=True)
class LinkSettings:
    host: str
    port: int
    kiosk_id: str
    prefix: str = "ecitizen"
    tls: ssl.SSLContext | None = None
    allow_plain: bool = False
    keepalive_s: int = 30
    buffer_max: int = 1000
    reconnect_min_s: float = 1.0
    reconnect_max_s: float = 30.0

    def __post_init__(self) -> None:
        check_name(self.kiosk_id, "kiosk_id")
        for level in self.prefix.split("/"):
            check_name(level, "prefix")
        if self.tls is None and not self.allow_plain:
            raise ValueError("the fleet link needs TLS (allow_plain is for the demo and tests)")
        if self.keepalive_s < 1 or self.buffer_max < 1:
            raise ValueError("keepalive_s and buffer_max must be positive")


@dataclass(frozen=True)
class ReceivedMessage:
    topic: str
    payload: bytes
    qos: int
    retain: bool


@dataclass(frozen=True)
class LinkStats:
    connected: bool
    buffered: int
    retained_topics: int
    dropped: int
    connects: int


MessageCallback = Callable[[ReceivedMessage], None]
ConnectionListener = Callable[[bool], None]


@dataclass(frozen=True)
class _Outgoing:
    topic: str
    payload: bytes
    qos: int
    retain: bool


def check_name(value: str, what: str) -> None:
    """A topic level: non-empty, no separator or wildcard (hostile ids cannot widen a topic)."""
    if not value or any(c in _FORBIDDEN_IN_NAME for c in value):
        raise ValueError(f"invalid {what} for an MQTT topic level: {value!r}")


def kiosk_topic(prefix: str, kiosk_id: str, *parts: str) -> str:
    check_name(kiosk_id, "kiosk_id")
    return "/".join((prefix, "kiosks", kiosk_id, *parts))


def presence_payload(kiosk_id: str, online: bool, reason: str = "", stamp: bool = True) -> bytes:
    """The presence document; the will has no ``ts`` (it is registered long before it is sent:
    the broker's delivery time is when the kiosk was lost)."""
    doc: dict[str, object] = {"kiosk": kiosk_id, "online": online}
    if stamp:
        doc["ts"] = round(time.time(), 3)
    if reason:
        doc["reason"] = reason
    return json.dumps(doc, separators=(",", ":")).encode()


class FleetLink:
    """See the module docstring. Thread-safe; callbacks run on the link thread."""

    def __init__(self, settings: LinkSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._connected = False
        self._started = False
        self._stopping = False
        self._pending: deque[_Outgoing] = deque()
        self._retained: OrderedDict[str, _Outgoing] = OrderedDict()
        self._subscriptions: dict[str, int] = {}
        self._listeners: list[ConnectionListener] = []
        self._dropped = 0
        self._connects = 0
        self._failure_reported = False
        self._client = self._make_client()

    # -- public API -------------------------------------------------------------------------

    def topic(self, *parts: str) -> str:
        return kiosk_topic(self.settings.prefix, self.settings.kiosk_id, *parts)

    @property
    def status_topic(self) -> str:
        return self.topic(STATUS)

    def start(self) -> None:
        """Starts the link thread; the first connection is attempted there (never blocks)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        s = self.settings
        self._client.connect_async(s.host, s.port, keepalive=s.keepalive_s, clean_start=True)
        self._client.loop_start()

    def publish(self, topic: str, payload: bytes, qos: int = 0, retain: bool = False) -> bool:
        if not topic or "+" in topic or "#" in topic or qos not in (0, 1, 2):
            return False
        message = _Outgoing(topic, bytes(payload), qos, retain)
        with self._lock:
            if retain:
                self._retained[topic] = message
                self._retained.move_to_end(topic)
                while len(self._retained) > self.settings.buffer_max:
                    self._retained.popitem(last=False)
                    self._dropped += 1
            if self._connected and self._send(message):
                return True
            if not retain:
                self._buffer(message)
        return True

    def subscribe(self, topic_filter: str, qos: int, callback: MessageCallback) -> None:
        def dispatch(_c: mqtt.Client, _u: object, msg: mqtt.MQTTMessage) -> None:
            received = ReceivedMessage(msg.topic, bytes(msg.payload), msg.qos, bool(msg.retain))
            try:
                callback(received)
            except Exception as exc:  # a consumer's bug must not kill the link thread
                logger.error("fleet link: subscriber callback failed: %s", type(exc).__name__)

        self._client.message_callback_add(topic_filter, dispatch)
        with self._lock:
            self._subscriptions[topic_filter] = qos
            if self._connected:
                self._client.subscribe(topic_filter, qos)

    def add_connection_listener(self, callback: ConnectionListener) -> None:
        with self._lock:
            self._listeners.append(callback)

    def stats(self) -> LinkStats:
        with self._lock:
            return LinkStats(
                self._connected,
                len(self._pending),
                len(self._retained),
                self._dropped,
                self._connects,
            )

    @property
    def connected(self) -> bool:
        with self._lock:
            return self._connected

    def stop(self, timeout_s: float = 2.0) -> None:
        with self._lock:
            if not self._started or self._stopping:
                return
            self._stopping = True
            connected = self._connected
        if connected:
            info = self._client.publish(
                self.status_topic,
                presence_payload(self.settings.kiosk_id, False, "stopped"),
                qos=1,
                retain=True,
            )
            # the connection may go away meanwhile: the will says offline anyway
            with contextlib.suppress(RuntimeError, ValueError):
                info.wait_for_publish(timeout_s)
            self._client.disconnect()
        self._client.loop_stop()  # joins the link thread

    # -- internals --------------------------------------------------------------------------

    def _make_client(self) -> mqtt.Client:
        s = self.settings
        client = mqtt.Client(
            CallbackAPIVersion.VERSION2,
            client_id=f"kiosk-{s.kiosk_id}",
            protocol=MQTTProtocolVersion.MQTTv5,
            reconnect_on_failure=True,
        )
        if s.tls is not None:
            client.tls_set_context(s.tls)
        client.will_set(
            self.status_topic,
            presence_payload(s.kiosk_id, False, "lost", stamp=False),
            qos=1,
            retain=True,
        )
        client.reconnect_delay_set(
            min_delay=max(1, round(s.reconnect_min_s)), max_delay=max(1, round(s.reconnect_max_s))
        )
        # paho's own store holds only what was handed over while connected (awaiting PUBACK);
        # our buffer is the bound that matters, this one just keeps paho finite too
        client.max_queued_messages_set(2 * s.buffer_max + 16)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_connect_fail = self._on_connect_fail
        client.on_publish = self._on_publish
        return client

    def _send(self, message: _Outgoing) -> bool:
        """Hands one message to paho (non-blocking: paho queues it for its thread)."""
        qos = 0 if message.retain else message.qos
        info = self._client.publish(message.topic, message.payload, qos=qos, retain=message.retain)
        return info.rc == MQTTErrorCode.MQTT_ERR_SUCCESS

    def _buffer(self, message: _Outgoing) -> None:
        if len(self._pending) >= self.settings.buffer_max:
            self._pending.popleft()
            self._dropped += 1
        self._pending.append(message)

    def _on_connect(
        self,
        client: mqtt.Client,
        _userdata: object,
        _flags: mqtt.ConnectFlags,
        reason: ReasonCode,
        _properties: Properties | None,
    ) -> None:
        if reason.is_failure:
            logger.warning("fleet link: broker refused the connection: %s", reason.getName())
            return
        with self._lock:
            self._connected = True
            self._connects += 1
            self._failure_reported = False
            listeners = list(self._listeners)
            client.publish(
                self.status_topic, presence_payload(self.settings.kiosk_id, True), 1, True
            )
            for topic_filter, qos in self._subscriptions.items():
                client.subscribe(topic_filter, qos)
            for message in list(self._retained.values()):
                self._send(message)
            self._drain()
        logger.info("fleet link: connected to %s:%d", self.settings.host, self.settings.port)
        self._notify(listeners, True)

    def _on_disconnect(
        self,
        _client: mqtt.Client,
        _userdata: object,
        _flags: mqtt.DisconnectFlags,
        reason: ReasonCode,
        _properties: Properties | None,
    ) -> None:
        with self._lock:
            was_connected = self._connected
            self._connected = False
            listeners = list(self._listeners)
        if was_connected:
            logger.warning("fleet link: disconnected (%s)", reason.getName())
            self._notify(listeners, False)

    def _on_publish(
        self,
        _client: mqtt.Client,
        _userdata: object,
        _mid: int,
        _reason: ReasonCode,
        _properties: Properties | None,
    ) -> None:
        with self._lock:  # paho's store had room again: send what waited for it
            if self._connected:
                self._drain()

    def _drain(self) -> None:
        while self._pending:
            message = self._pending.popleft()
            if not self._send(message):
                self._pending.appendleft(message)
                break

    def _on_connect_fail(self, _client: mqtt.Client, _userdata: object) -> None:
        with self._lock:  # once per outage: a kiosk retrying every few seconds floods no log
            report = not self._failure_reported
            self._failure_reported = True
        if report:
            logger.warning(
                "fleet link: broker %s:%d unreachable; buffering and retrying",
                self.settings.host,
                self.settings.port,
            )

    @staticmethod
    def _notify(listeners: list[ConnectionListener], connected: bool) -> None:
        for listener in listeners:
            try:
                listener(connected)
            except Exception as exc:
                logger.error("fleet link: connection listener failed: %s", type(exc).__name__)
