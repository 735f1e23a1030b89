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


# --- profiles: the ACS behaves like deployed ILSs on the wire -------------------------------


@pytest.fixture
def profiled(request: pytest.FixtureRequest) -> Iterator[CitySim]:
    sim = CitySim(profile=request.param)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


def _login(w: Wire, sim: CitySim) -> None:
    login = sim.sip2.app.login
    assert login is not None
    w.send(
        sp.encode(
            "93", {"uid_algorithm": "0", "pwd_algorithm": "0"}, [("CN", login[0]), ("CO", login[1])]
        )
    )
    assert sp.decode(w.recv()).fixed["ok"] == "1"


def _fines(w: Wire, encoding: str = sp.ENCODING) -> list[str]:
    fixed = {"language": "000", "transaction_date": DATE, "summary": sp.summary("fine")}
    fields = [("AO", "RIVERTONLIB"), ("AA", "LIB-0002"), ("AC", ""), ("AD", "2345")]
    w.send(sp.encode("63", fixed, fields, seq=1, encoding=encoding))
    return sp.decode(w.recv(), encoding=encoding).get_all("AV")


@pytest.mark.parametrize(
    ("profiled", "lines"),
    [
        ("default", ["FEE-0002 0.80 Overdue: Ha?ek", "FEE-0003 3.00 Lost card replacement"]),
        ("sip2-koha-fees", ["Overdue: Ha?ek 0.80", "Lost card replacement 3.00"]),
        (
            "sip2-evergreen-fees",
            [
                "0.80 Overdue Materials Overdue: Ha?ek",
                "3.00 Overdue Materials Lost card replacement",
            ],
        ),
        (
            "sip2-3m-fees",
            ['FEE-0002 $0.80 "FINE" Overdue: Ha?ek', 'FEE-0003 $3.00 "FINE" Lost card replacement'],
        ),
    ],
    indirect=["profiled"],
)
def test_fee_line_formats_of_deployed_ilss(profiled: CitySim, lines: list[str]) -> None:
    w = Wire(profiled.sip2_address)
    try:
        _login(w, profiled)
        assert _fines(w) == lines  # cp850 has no "š": the demo ACS's single-byte set shows it
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-utf8"], indirect=True)
def test_utf8_on_the_wire(profiled: CitySim) -> None:
    w = Wire(profiled.sip2_address)
    try:
        _login(w, profiled)
        fixed = {"language": "000", "transaction_date": DATE, "summary": sp.summary("fine")}
        fields = [("AO", "RIVERTONLIB"), ("AA", "LIB-0002"), ("AC", ""), ("AD", "2345")]
        w.send(sp.encode("63", fixed, fields, seq=1))
        raw = w.recv()
        assert "Overdue: Hašek".encode() in raw  # UTF-8 bytes on the wire
        assert sp.decode(raw, encoding="utf-8").get_all("AV")[0] == "FEE-0002 0.80 Overdue: Hašek"
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-crlf"], indirect=True)
def test_crlf_terminators(profiled: CitySim) -> None:
    w = Wire(profiled.sip2_address)
    try:
        _login(w, profiled)
        w.send(
            sp.encode(
                "99",
                {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"},
                seq=1,
            )
        )
        raw = b""
        while not raw.endswith(b"\r\n"):
            raw += w.sock.recv(4096)
        assert raw.count(b"\r\n") == 1 and sp.decode(raw).code == "98"
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-ay0-resend"], indirect=True)
def test_a_resend_carries_ay0(profiled: CitySim) -> None:
    w = Wire(profiled.sip2_address)
    try:
        _login(w, profiled)
        status = {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"}
        w.send(sp.encode("99", status, seq=7))
        assert sp.decode(w.recv()).seq == 7
        w.send(sp.encode("97"))
        resent = sp.decode(w.recv())
        assert resent.code == "98" and resent.seq == 0 and resent.checksum is not None
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-no-fee-payment"], indirect=True)
def test_bx_without_fee_paid_and_a_37_is_hung_up(profiled: CitySim) -> None:
    w = Wire(profiled.sip2_address)
    try:
        _login(w, profiled)
        status = {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"}
        bx = w.ask("99", status, [], 1).get("BX")
        assert bx[sp.BX_ORDER.index("fee_paid")] == "N" and bx[sp.BX_ORDER.index("renew")] == "Y"
        fixed = {
            "transaction_date": DATE,
            "fee_type": "01",
            "payment_type": "00",
            "currency_type": "EUR",
        }
        w.send(sp.encode("37", fixed, [("BV", "0.80"), ("AO", "X"), ("AA", "LIB-0002")], seq=2))
        assert w.recv() == b""  # closed
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-no-login"], indirect=True)
def test_no_login_needed(profiled: CitySim) -> None:
    w = Wire(profiled.sip2_address)
    try:
        status = {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"}
        assert w.ask("99", status, [], 0).code == "98"
        login = {"uid_algorithm": "0", "pwd_algorithm": "0"}
        assert w.ask("93", login, [("CN", "a"), ("CO", "b")], 1).fixed["ok"] == "0"
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-accept-then-close"], indirect=True)
def test_accept_then_close(profiled: CitySim) -> None:
    w = Wire(profiled.sip2_address)
    try:
        assert w.recv() == b""
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-daily-loans"], indirect=True)
def test_daily_loans_are_due_at_the_end_of_the_day(profiled: CitySim) -> None:
    w = Wire(profiled.sip2_address)
    try:
        _login(w, profiled)
        first = checkout(w, "39000000000011", 1)
        again = checkout(w, "39000000000011", 2)  # a renewal the same day
        assert first.get("AH") == again.get("AH") and first.get("AH").endswith("235900")
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-title-lists"], indirect=True)
def test_title_lists(profiled: CitySim) -> None:
    w = Wire(profiled.sip2_address)
    try:
        _login(w, profiled)
        fixed = {"language": "000", "transaction_date": DATE, "summary": sp.summary("charged")}
        fields = [("AO", "RIVERTONLIB"), ("AA", "LIB-0001"), ("AC", ""), ("AD", "1234")]
        reply = w.ask("63", fixed, fields, 1)
        items = profiled.library.items
        titles = {i.title for i in items.values() if i.charged_to == "LIB-0001"}
        assert set(reply.get_all("AU")) == titles and len(titles) == 2
    finally:
        w.close()


@pytest.mark.parametrize("profiled", ["sip2-tls"], indirect=True)
def test_tls_with_its_own_ca(profiled: CitySim) -> None:
    import ssl

    assert profiled.sip2.tls_ca_file is not None
    context = ssl.create_default_context(cafile=str(profiled.sip2.tls_ca_file))
    host, port = profiled.sip2_address
    raw = socket.create_connection((host, port), timeout=5)
    with context.wrap_socket(raw, server_hostname=host) as tls:
        w = Wire.__new__(Wire)
        w.sock, w.buf = tls, b""
        _login(w, profiled)
        status = {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"}
        assert w.ask("99", status, [], 1).get("AO") == "RIVERTONLIB"
