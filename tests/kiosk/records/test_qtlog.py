"""kiosk.records.qtlog: Qt messages reach Python logging (and its redaction) with levels mapped."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QFile,
    QIODevice,
    QLoggingCategory,
    qCritical,
    qCWarning,
    qDebug,
    qInfo,
    qWarning,
)

from kiosk.records.logs import Redactor, setup_logging
from kiosk.records.qtlog import install_qt_message_handler, uninstall_qt_message_handler


@pytest.fixture
def routed(qapp) -> Iterator[None]:
    install_qt_message_handler()
    install_qt_message_handler()  # idempotent
    yield
    uninstall_qt_message_handler()
    uninstall_qt_message_handler()


def qt_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "qt"]


def test_levels_mapped(routed, caplog):
    with caplog.at_level(logging.DEBUG, logger="qt"):
        qDebug("a debug line")
        qInfo("an info line")
        qWarning("a warning line")
        qCritical("a critical line")
    assert [(r.levelno, r.getMessage()) for r in qt_records(caplog)] == [
        (logging.DEBUG, "a debug line"),
        (logging.INFO, "an info line"),
        (logging.WARNING, "a warning line"),
        (logging.ERROR, "a critical line"),
    ]
    assert {r.__dict__["qt_category"] for r in qt_records(caplog)} == {"default"}


def test_category_and_qt_internal_message(routed, caplog):
    # The PySide6 stubs say bytes; the binding wants str.
    category = QLoggingCategory("kiosk.test.qtlog")  # type: ignore[arg-type]
    with caplog.at_level(logging.DEBUG, logger="qt"):
        qCWarning(category, "from a category")  # type: ignore[arg-type]
        assert not QFile("").open(QIODevice.OpenModeFlag.ReadOnly)  # Qt itself complains
    records = qt_records(caplog)
    assert records[0].__dict__["qt_category"] == "kiosk.test.qtlog"
    assert records[0].getMessage() == "from a category"
    assert any("No file name specified" in r.getMessage() for r in records[1:])


def test_level_threshold_respected(routed, caplog):
    with caplog.at_level(logging.WARNING, logger="qt"):
        qDebug("not wanted")
        qWarning("wanted")
    assert [r.getMessage() for r in qt_records(caplog)] == ["wanted"]


def test_qt_messages_are_redacted_in_the_log_file(routed, tmp_path):
    redactor = Redactor()
    setup = setup_logging(tmp_path, "DEBUG", journal=False, redactor=redactor, stream=io.StringIO())
    try:
        redactor.register("Beatrix Wollstonecraft", words=True)
        qWarning("label text was Beatrix Wollstonecraft, card 4111111111111111")
        text = setup.log_file.read_text(encoding="utf-8")
    finally:
        setup.close()
        logging.getLogger().setLevel(logging.WARNING)
    [entry] = [json.loads(line) for line in text.splitlines() if '"logger": "qt"' in line]
    assert entry["msg"] == "label text was [redacted], card [redacted]"
    assert entry["level"] == "WARNING"
    assert entry["qt_category"] == "default"
    assert "Beatrix" not in text
    assert "4111" not in text
