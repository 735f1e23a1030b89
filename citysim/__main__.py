"""``python -m citysim``: run the demo city back end until interrupted."""

from __future__ import annotations

import argparse
import logging
import signal
import threading

from citysim import CitySim


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="citysim", description="Demo city back end (loopback).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--gateway-port", type=int, default=8710)
    parser.add_argument(
        "--open311-port",
        type=int,
        default=None,
        help="own port for Open311 (default: under /open311/v2 on the gateway port)",
    )
    parser.add_argument("--sip2-port", type=int, default=6001)
    parser.add_argument("--control-port", type=int, default=8719)
    parser.add_argument("--open311-quirks", action="store_true", help="mimic a deviating server")
    parser.add_argument(
        "--profile",
        default="default",
        help="behave like a class of deployed servers (see citysim/profiles.py)",
    )
    parser.add_argument("--seed", type=int, default=0, help="fault RNG seed")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    city = CitySim(
        args.host,
        args.gateway_port,
        args.open311_port,
        args.sip2_port,
        args.control_port,
        seed=args.seed,
        open311_quirks=args.open311_quirks,
        profile=args.profile,
    )
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with city:
        print(f"gateway  {city.gateway_url}", flush=True)
        print(f"open311  {city.open311_url}", flush=True)
        print(f"sip2     {city.sip2_address[0]}:{city.sip2_address[1]}", flush=True)
        print(f"control  {city.control_url}", flush=True)
        stop.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
