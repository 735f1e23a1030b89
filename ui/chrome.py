"""The bar on top of every screen: where you are, access options, help and "finish"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.base import button, isolate, label, set_text


class TopBar(QWidget):
    """Signals:
    access_requested(): open the language and display panel.
    help_requested(): open "ask staff".
    home_requested(): back to the home screen.
    finish_requested(): finish and sign out (ends the session through the wipe).
    staff_end_requested(): the helping member of staff ends the assisted session.
    staff_stop_requested(): the member of staff stops helping; the session goes on.

    Besides the buttons the bar carries the "PRACTICE" marker on a practice kiosk (every screen)
    and, during an assisted session, who is helping (AD-03) with the staff "end session" button.
    """

    access_requested = Signal()
    help_requested = Signal()
    home_requested = Signal()
    finish_requested = Signal()
    staff_end_requested = Signal()
    staff_stop_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("top-bar")
        self.setProperty("role", "banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.practice = label("practice", name="bar-practice", centred=True)
        self.practice.hide()
        outer.addWidget(self.practice)
        row = QWidget(self)
        outer.addWidget(row)
        layout = QGridLayout(row)
        layout.setContentsMargins(theme.spacing // 2, theme.spacing // 2, theme.spacing // 2, 8)
        layout.setSpacing(theme.spacing // 2)
        self._buttons_row = row
        self._grid = layout
        self._columns = 0
        self.access_button = button(name="bar-access")
        self.access_button.clicked.connect(self.access_requested)
        self.help_button = button(name="bar-help")
        self.help_button.clicked.connect(self.help_requested)
        self.home_button = button(name="bar-home")
        self.home_button.clicked.connect(self.home_requested)
        self.who = label("body", name="bar-who", centred=True)
        self.finish_button = button("danger", name="bar-finish")
        self.finish_button.clicked.connect(self.finish_requested)
        self._session_buttons = (False, False)
        self._bar_buttons = (
            self.access_button,
            self.help_button,
            self.home_button,
            self.finish_button,
        )
        for bar_button in self._bar_buttons:
            bar_button.setParent(row)  # parented before any is hidden (never a top-level)
        self._reflow(force=True)
        # who is signed in: a row of its own, so long names and long languages never squeeze
        # the buttons (reflow at 200 % text)
        self.who.setContentsMargins(theme.spacing // 2, 0, theme.spacing // 2, 4)
        outer.addWidget(self.who)
        self.assisted = QFrame(self)
        self.assisted.setObjectName("bar-assisted")
        self.assisted.setProperty("role", "assisted")
        # text above the button: a wrapped label beside a button gets cut in a row (no
        # height-for-width across an HBox), and large text needs the room anyway
        assisted_row = QVBoxLayout(self.assisted)
        assisted_row.setContentsMargins(theme.spacing // 2, 6, theme.spacing // 2, 6)
        self.assisted_text = label("body", name="bar-assisted-text")
        self.staff_end_button = button(name="bar-staff-end")
        self.staff_end_button.clicked.connect(self.staff_end_requested)
        self.staff_stop_button = button(name="bar-staff-stop")
        self.staff_stop_button.clicked.connect(self.staff_stop_requested)
        assisted_row.addWidget(self.assisted_text, 1)
        staff_buttons = QHBoxLayout()
        staff_buttons.setSpacing(theme.spacing // 2)
        staff_buttons.addWidget(self.staff_stop_button)
        staff_buttons.addWidget(self.staff_end_button)
        assisted_row.addLayout(staff_buttons)
        self.assisted.hide()
        outer.addWidget(self.assisted)
        # offline notice: requests are still taken, saved encrypted and sent later
        self.offline = label("body", name="bar-offline")
        self.offline.setContentsMargins(theme.spacing // 2, 4, theme.spacing // 2, 4)
        self.offline.hide()
        outer.addWidget(self.offline)
        self._signed_in_name = ""
        self._helper_name = ""
        self._compact = False  # the keyboard is open on a landscape screen (set_typing)
        self.retranslate()
        self.set_session_visible(False)

    def retranslate(self) -> None:
        set_text(self.access_button, self.tr("Aa  Language"))
        self.access_button.setAccessibleName(self.tr("Language and display options"))
        set_text(self.help_button, self.tr("Ask staff"))
        set_text(self.home_button, self.tr("Home"))
        set_text(self.finish_button, self.tr("Finish and sign out"))
        self._reflow(force=True)
        set_text(self.practice, self.tr("PRACTICE: made-up people, nothing is sent to the city"))
        set_text(self.staff_end_button, self.tr("Staff: end session"))
        set_text(self.staff_stop_button, self.tr("Stop helping"))
        set_text(
            self.offline,
            self.tr("Offline: your requests are saved here and sent when the network is back"),
        )
        self._show_who()
        self._show_helper()

    def set_session_visible(self, visible: bool, *, home: bool = False) -> None:
        """Session controls appear once a session started; home only inside a service."""
        self._session_buttons = (visible, visible and home)
        self.finish_button.setVisible(visible)
        self.home_button.setVisible(visible and home)
        self._reflow(force=True)

    def _reflow(self, *, force: bool = False) -> None:
        """One row of buttons when their texts fit on one line, else two columns (reflow at
        200 % text instead of squeezing every button into a narrow column of broken words)."""
        finish, home = self._session_buttons
        shown = [self.access_button, self.help_button]
        shown += [self.home_button] if home else []
        shown += [self.finish_button] if finish else []
        margins = self._grid.contentsMargins()
        available = self.width() - margins.left() - margins.right()
        needed = sum(b.sizeHint().width() for b in shown) + self._grid.spacing() * max(
            0, len(shown) - 1
        )
        columns = max(1, len(shown)) if needed <= available or available <= 0 else 2
        if columns == self._columns and not force:
            return
        self._columns = columns
        for widget in self._bar_buttons:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(shown):
            self._grid.addWidget(widget, index // columns, index % columns)
        for index in range(len(self._bar_buttons)):
            self._grid.setColumnStretch(index, 1 if index < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def minimumSizeHint(self) -> QSize:
        """The height the bar needs at its own width. Qt's estimate for wrapped texts assumes
        the narrowest width their words allow (many lines), which made a landscape window at
        200 % text taller than the screen; the bar is always as wide as the window."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if self.width() > 0 and layout is not None and layout.hasHeightForWidth():
            return QSize(hint.width(), layout.heightForWidth(self.width()))
        return hint

    def set_typing(self, typing: bool) -> None:
        """While the on-screen keyboard is open on a landscape screen the bar keeps its buttons
        (and the staff buttons) but not its information lines (who is signed in, who helps):
        the field being typed in, Back/Next and the keyboard need that height. They come back
        when the keyboard goes. A portrait screen has the room and keeps them."""
        window = self.window()
        compact = typing and window.width() > window.height()
        if compact != self._compact:
            self._compact = compact
            self._show_who()
            self._show_helper()
            # now, not on the next event loop turn: the keyboard appears right after this
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.updateGeometry()

    def set_signed_in(self, name: str) -> None:
        self._signed_in_name = name
        self._show_who()

    def set_offline(self, offline: bool) -> None:
        """Show or hide the "offline, your requests are saved" notice."""
        self.offline.setVisible(offline)

    def set_practice(self, practice: bool) -> None:
        """Show the "PRACTICE" marker (practice kiosks show it on every screen)."""
        self.practice.setVisible(practice)

    def set_helper(self, name: str) -> None:
        """Show who is helping (empty: not an assisted session)."""
        self._helper_name = name
        self.assisted.setVisible(bool(name))
        self._show_helper()

    def _show_helper(self) -> None:
        if self._helper_name:
            set_text(
                self.assisted_text,
                self.tr("Helped by staff member %1").replace("%1", isolate(self._helper_name)),
            )
        else:
            set_text(self.assisted_text, "")
        self.assisted_text.setVisible(not self._compact)

    def _show_who(self) -> None:
        if self._signed_in_name:
            self.who.setText(self.tr("Signed in: %1").replace("%1", isolate(self._signed_in_name)))
        else:
            self.who.setText("")
        self.who.setVisible(bool(self._signed_in_name) and not self._compact)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._reflow(force=True)
        super().changeEvent(event)
