"""The demo ACS speaks SIP2 2.00 on the wire, including its non-idempotent checkout."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from citysim import CitySim, Fault, FaultMode
from offline_queue.connectors import sip2_protocol as sp

DATE = "20261126   Z154056"


class Wire:
    def __init__(self, address: tuple[str, int]) -> None:
        self.sock = socket.create_connection(address, timeout=5)
        self.buf = b""

    def send(self, raw: bytes) -> None:
        self.sock.sendall(raw)

    def recv(self) -> bytes:
        while True:
            frames, rest = sp.split_frames(self.buf)
            if frames:
                self.buf = b"".join(frames[1:]) + rest
                return frames[0]
            chunk = self.sock.recv(4096)
            if not chunk:
                return b""
            self.buf += chunk

    def ask(
        self, code: str, fixed: dict[str, str], fields: list[tuple[str, str]], seq: int
    ) -> sp.Sip2Message:
        self.send(sp.encode(code, fixed, fields, seq=seq))
        return sp.decode(self.recv())

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def wire(city: CitySim) -> Iterator[Wire]:
    w = Wire(city.sip2_address)
    reply = w.ask(
        "93", {"uid_algorithm": "0", "pwd_algorithm": "0"}, [("CN", "kiosk1"), ("CO", "kioskpw")], 0
    )
    assert reply.code == "94" and reply.fixed["ok"] == "1" and reply.seq == 0
    yield w
    w.close()


def checkout(w: Wire, item: str, seq: int, patron: str = "LIB-0002") -> sp.Sip2Message:
    return w.ask(
        "11",
        {"sc_renewal_policy": "N", "no_block": "N", "transaction_date": DATE, "nb_due_date": DATE},
        [("AO", "RIVERTONLIB"), ("AA", patron), ("AB", item), ("AC", ""), ("AD", "2345")],
        seq,
    )


def test_login_refused_and_messages_before_login_close(city: CitySim) -> None:
    w = Wire(city.sip2_address)
    try:
        bad = w.ask(
            "93", {"uid_algorithm": "0", "pwd_algorithm": "0"}, [("CN", "x"), ("CO", "y")], 1
        )
        assert bad.fixed["ok"] == "0"
        w.send(
            sp.encode(
                "99",
                {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"},
                seq=2,
            )
        )
        assert w.recv() == b""  # the ACS hangs up on an SC that is not logged in
    finally:
        w.close()


def test_sc_status(wire: Wire) -> None:
    reply = wire.ask(
        "99", {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"}, [], 1
    )
    assert reply.code == "98" and reply.flag("online_status") and reply.fixed["offline_ok"] == "N"
    assert reply.fixed["protocol_version"] == "2.00" and reply.get("AO") == "RIVERTONLIB"
    assert len(reply.get("BX")) == 16 and reply.seq == 1


def test_bad_checksum_gets_96_and_97_resends_last(wire: Wire) -> None:
    good = sp.encode(
        "99", {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"}, seq=3
    )
    wire.send(good[:-5] + b"0000\r")
    assert sp.decode(wire.recv()).code == "96"
    wire.send(good)
    first = wire.recv()
    wire.send(sp.encode("97"))
    assert wire.recv() == first


def test_duplicate_checkout_becomes_a_renewal(city: CitySim, wire: Wire) -> None:
    first = checkout(wire, "39000000000011", 4)
    assert first.fixed["ok"] == "1" and first.fixed["renewal_ok"] == "N"
    assert first.get("AJ") == "Don Quijote de la Mancha" and first.get("AH")
    second = checkout(wire, "39000000000011", 5)
    assert second.fixed["ok"] == "1" and second.fixed["renewal_ok"] == "Y"  # as the real ACS did
    assert city.ledger.duplicates("sip2")["sip2"]  # the crash test would see a duplicate
    other = checkout(wire, "39000000000011", 6, patron="LIB-0003")
    assert other.fixed["ok"] == "0" and other.get("AF")


def test_patron_information_lists(wire: Wire) -> None:
    def info(summary: str | None, seq: int) -> sp.Sip2Message:
        return wire.ask(
            "63",
            {"language": "000", "transaction_date": DATE, "summary": sp.summary(summary)},
            [("AO", "RIVERTONLIB"), ("AA", "LIB-0001"), ("AC", ""), ("AD", "1234")],
            seq,
        )

    charged = info("charged", 1)
    assert charged.code == "64" and charged.fixed["charged_items_count"] == "0002"
    assert sorted(charged.get_all("AU")) == ["39000000000012", "39000000000013"]
    assert charged.get("AE") == "Amina Njoroge" and charged.get("BV") == "1.50"
    assert info("overdue", 2).get_all("AT") == ["39000000000013"]
    assert info("fine", 3).get_all("AV")[0].startswith("FEE-0001 1.50")
    assert info("hold", 4).get_all("AS") == ["39000000000016"]
    assert info(None, 5).get_all("AU") == []


def test_checkin_item_info_fee_paid_end_session(wire: Wire) -> None:
    item = wire.ask(
        "17", {"transaction_date": DATE}, [("AO", "RIVERTONLIB"), ("AB", "39000000000015")], 1
    )
    assert item.fixed["circulation_status"] == "04"
    back = wire.ask(
        "09",
        {"no_block": "N", "transaction_date": DATE, "return_date": DATE},
        [("AP", "KIOSK1"), ("AO", "RIVERTONLIB"), ("AB", "39000000000015"), ("AC", "")],
        2,
    )
    assert back.code == "10" and back.fixed["ok"] == "1" and back.get("AA") == "LIB-0002"
    item = wire.ask(
        "17", {"transaction_date": DATE}, [("AO", "RIVERTONLIB"), ("AB", "39000000000015")], 3
    )
    assert item.fixed["circulation_status"] == "03"
    fee = {"transaction_date": DATE, "fee_type": "01", "payment_type": "00", "currency_type": "EUR"}
    fields = [
        ("BV", "0.80"),
        ("AO", "RIVERTONLIB"),
        ("AA", "LIB-0002"),
        ("CG", "FEE-0002"),
        ("BK", "TX-1"),
    ]
    assert wire.ask("37", fee, fields, 4).fixed["payment_accepted"] == "Y"
    assert wire.ask("37", fee, fields, 5).fixed["payment_accepted"] == "Y"  # BK dedup
    wrong = [("BV", "9.99"), ("AO", "RIVERTONLIB"), ("AA", "LIB-0002"), ("CG", "FEE-0003")]
    assert wire.ask("37", fee, wrong, 6).fixed["payment_accepted"] == "N"
    end = wire.ask("35", {"transaction_date": DATE}, [("AO", "RIVERTONLIB"), ("AA", "LIB-0002")], 7)
    assert end.code == "36" and end.flag("end_session")


def test_faults_on_a_message_code(city: CitySim, wire: Wire) -> None:
    city.arm_fault("sip2", "11", Fault(FaultMode.DROP_AFTER_COMMIT))
    wire.send(
        sp.encode(
            "11",
            {
                "sc_renewal_policy": "N",
                "no_block": "N",
                "transaction_date": DATE,
                "nb_due_date": DATE,
            },
            [("AO", "RIVERTONLIB"), ("AA", "LIB-0003"), ("AB", "39000000000020"), ("AC", "")],
            seq=1,
        )
    )
    assert wire.recv() == b""  # applied, then the connection dropped
    assert city.library.items["39000000000020"].charged_to == "LIB-0003"


def test_card_uids_map_to_patrons(city: CitySim) -> None:
    assert city.library.patron_for_card("04a1b2c3d4e501") == "LIB-0001"
    assert city.library.patron_for_card("FFFF") is None


def test_network_down_refuses_connections(city: CitySim) -> None:
    city.set_network("sip2", up=False)
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(city.sip2_address, timeout=2).close()
    city.set_network("sip2", up=True)
    socket.create_connection(city.sip2_address, timeout=2).close()
