"""Control API (faults, network, ledger, clock), the CLI entry point and the capacity probe."""

from __future__ import annotations

import subprocess
import sys
import uuid

import httpx

from citysim import CitySim, measure_capacity


def test_control_api(city: CitySim) -> None:
    assert city.control_url is not None
    with httpx.Client(base_url=city.control_url, timeout=5.0) as ctl:
        status = ctl.get("/status").json()
        assert status["gateway"]["up"] and status["sip2"]["port"] == city.sip2_address[1]
        r = ctl.post(
            "/faults",
            json={
                "service": "gateway",
                "endpoint": "getHealth",
                "mode": "error",
                "status": 502,
                "times": 2,
            },
        )
        assert r.status_code == 201
        assert "gateway:getHealth" in ctl.get("/faults").json()
        assert httpx.get(city.gateway_url + "/health").status_code == 502
        assert httpx.get(city.gateway_url + "/health").status_code == 502
        assert httpx.get(city.gateway_url + "/health").status_code == 200  # fired twice, gone
        assert ctl.get("/faults/fired").json() == {"gateway:getHealth:error": 2}
        ctl.post(
            "/faults",
            json={"service": "gateway", "mode": "unavailable", "retry_after": "9", "times": None},
        )
        r = httpx.get(city.gateway_url + "/catalog")
        assert r.status_code == 503 and r.headers["Retry-After"] == "9"
        assert ctl.delete("/faults", params={"service": "gateway"}).json() == {}
        assert (
            ctl.post("/faults", json={"service": "gateway", "mode": "explode"}).status_code == 400
        )

        assert (
            ctl.post("/network", json={"service": "gateway", "up": False}).json()["gateway"]["up"]
            is False
        )
        try:
            httpx.get(city.gateway_url + "/health", timeout=1.0)
            raise AssertionError("gateway still reachable")
        except httpx.ConnectError:
            pass
        ctl.post("/network", json={"service": "gateway", "up": True})
        assert httpx.get(city.gateway_url + "/health").status_code == 200
        assert ctl.post("/network", json={"service": "moon", "up": True}).status_code == 400

        key = str(uuid.uuid4())
        body = {
            "kiosk_id": "K",
            "period_start": "2026-11-26T00:00:00Z",
            "period_end": "2026-11-27T00:00:00Z",
            "suppression_threshold": 1,
            "counters": {},
        }
        httpx.post(city.gateway_url + "/statistics", json=body, headers={"Idempotency-Key": key})
        httpx.post(city.gateway_url + "/statistics", json=body, headers={"Idempotency-Key": key})
        assert ctl.get("/ledger", params={"lane": "gateway"}).json() == {"gateway": {key: 1}}
        assert ctl.get("/ledger/duplicates").json() == {"gateway": {}, "open311": {}, "sip2": {}}
        assert ctl.post("/ledger/reset").json()["gateway"] == {}

        assert ctl.post("/clock", json={"offset_s": 3600}).json() == {"offset_s": 3600.0}
        assert city.gateway_state.clock_offset_s == 3600.0


def test_probabilistic_faults_are_reproducible() -> None:
    def run() -> list[int]:
        with CitySim(seed=42, control_port=None) as city:
            from citysim import Fault, FaultMode

            city.arm_fault(
                "gateway", "getHealth", Fault(FaultMode.ERROR, times=None, probability=0.5)
            )
            with httpx.Client(base_url=city.gateway_url) as c:
                return [c.get("/health").status_code for _ in range(20)]

    first = run()
    assert first == run() and 500 in first and 200 in first


def test_capacity(city: CitySim) -> None:
    result = measure_capacity(city.gateway_url, requests=200)
    assert result.accepted == 200 and result.per_second > 50
    assert measure_capacity(city.gateway_url, requests=100, workers=2).accepted == 100


def test_python_dash_m_citysim_starts_and_stops() -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "citysim",
            "--gateway-port",
            "0",
            "--sip2-port",
            "0",
            "--control-port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        gateway = lines[0].split()[1]
        assert lines[1].split()[1] == gateway + "/open311/v2"
        assert httpx.get(gateway + "/health", timeout=5).status_code == 200
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
        if proc.stdout is not None:
            proc.stdout.close()
