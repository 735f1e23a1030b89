"""The one table of dead-letter decision reasons (kiosk.sync.deadletter_reasons) and its users."""

from __future__ import annotations

import re

from click.testing import CliRunner

from kiosk.commands.queue import retry_command
from kiosk.records.audit import EVENT_FIELDS, Choice
from kiosk.sync.deadletter_reasons import DECISION_CODES, DECISION_REASONS
from offline_queue.deadletters import REASONS


def test_every_reason_has_plain_words() -> None:
    assert tuple(DECISION_REASONS) == DECISION_CODES
    assert len(set(DECISION_CODES)) == len(DECISION_CODES) == 7
    for code, words in DECISION_REASONS.items():
        assert re.fullmatch(r"[a-z_]+", code)
        assert words and words[0].isupper() and "_" not in words


def test_the_audit_log_accepts_exactly_the_table() -> None:
    reason = EVENT_FIELDS["deadletter.decision"]["reason"]
    assert isinstance(reason, Choice)
    assert reason.values == frozenset(DECISION_CODES)
    assert not reason.check("because")


def test_the_queue_command_offers_the_table_with_its_words() -> None:
    result = CliRunner().invoke(retry_command, ["--help"], terminal_width=400)
    assert result.exit_code == 0
    for code, words in DECISION_REASONS.items():
        assert f"{code}: {words}" in " ".join(result.output.split())


def test_the_dead_reasons_actions_name_only_reasons_of_the_table() -> None:
    named = [re.findall(r"--reason (\w+)", r.action) for r in REASONS.values()]
    assert all(named)
    for codes in named:
        assert set(codes) <= set(DECISION_CODES)
