"""Reader/card monitor through real pcscd + vpcd: events, two readers, pcscd restart."""

import logging
import queue
import signal

import pytest

from drivers.smartcard.monitor import CardEvent, CardEventKind, CardMonitor

pytestmark = pytest.mark.pcsc

K = CardEventKind


class Recorder:
    def __init__(self):
        self.events: queue.Queue[CardEvent] = queue.Queue()
        self.all: list[CardEvent] = []

    def __call__(self, event):
        self.events.put(event)

    def expect(self, kind, reader=None, timeout=5.0):
        """Wait for the next event of ``kind`` (for ``reader``), skipping others; return it."""
        seen: list[CardEvent] = []
        while True:
            try:
                event = self.events.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no {kind} for {reader}; saw {seen}") from None
            self.all.append(event)
            if event.kind is kind and (reader is None or event.reader == reader):
                return event
            seen.append(event)

    def seen_before(self, event: CardEvent) -> list[CardEvent]:
        """Every event taken off the queue before ``event``."""
        return self.all[: self.all.index(event)]


@pytest.fixture
def monitor(pcscd):
    rec = Recorder()
    mon = CardMonitor(rec, poll_timeout=0.5, backoff=(0.05, 0.5))
    mon.start()
    assert mon.wait_ready(5)
    yield mon, rec
    mon.close()


def test_readers_listed_and_card_events(monitor, card_slot):
    mon, rec = monitor
    assert set(mon.snapshot()) >= {"Virtual PCD 00 00", "Virtual PCD 00 01"}
    card = card_slot.insert("resident-amina")
    event = rec.expect(K.CARD_INSERTED, card_slot.reader)
    assert event.atr == card.card.atr
    assert mon.snapshot()[card_slot.reader] == card.card.atr
    card_slot.remove()
    rec.expect(K.CARD_REMOVED, card_slot.reader)
    assert mon.snapshot()[card_slot.reader] is None


def test_card_already_present_at_start_is_reported(pcscd, card_slot):
    card_slot.insert("resident-amina")
    rec = Recorder()
    with CardMonitor(rec, poll_timeout=0.5) as mon:
        rec.expect(K.CARD_INSERTED, card_slot.reader)
        assert mon.wait_ready(5)


def test_two_readers_at_once(monitor, card_slot, second_card_slot):
    _mon, rec = monitor
    card_slot.insert("resident-amina")
    rec.expect(K.CARD_INSERTED, card_slot.reader)
    second_card_slot.insert("library-card")
    rec.expect(K.CARD_INSERTED, second_card_slot.reader)
    card_slot.remove()
    rec.expect(K.CARD_REMOVED, card_slot.reader)
    second_card_slot.remove()
    rec.expect(K.CARD_REMOVED, second_card_slot.reader)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["restart", "crash"])
def test_survives_pcscd_restart(pcscd_restart, card_slot, caplog, sig):
    caplog.set_level(logging.INFO, logger="drivers.smartcard.monitor")
    rec = Recorder()
    with CardMonitor(rec, poll_timeout=0.5, backoff=(0.05, 0.3)) as mon:
        assert mon.wait_ready(5)
        card_slot.insert("resident-amina")
        rec.expect(K.CARD_INSERTED, card_slot.reader)
        pcscd_restart.stop(sig)
        # the service is reported lost before its readers go (not a reader being unplugged)
        lost = rec.expect(K.SERVICE_LOST)
        assert not any(e.kind is K.READER_REMOVED for e in rec.seen_before(lost))
        rec.expect(K.CARD_REMOVED, card_slot.reader)
        rec.expect(K.READER_REMOVED)
        pcscd_restart.start()
        rec.expect(K.SERVICE_BACK, timeout=10)
        rec.expect(K.READER_ADDED, card_slot.reader)
        # the virtual card reconnects by itself, like a card left in the reader
        rec.expect(K.CARD_INSERTED, card_slot.reader, timeout=10)
        assert mon.service_available
    lost = [r for r in caplog.records if "unavailable" in r.getMessage()]
    back = [r for r in caplog.records if "available again" in r.getMessage()]
    assert len(lost) == 1 and len(back) == 1


def test_close_is_prompt_and_joins(pcscd):
    mon = CardMonitor(lambda e: None, poll_timeout=30)
    mon.start()
    assert mon.wait_ready(5)
    mon.close(timeout=2)
    assert mon._thread is not None and not mon._thread.is_alive()
