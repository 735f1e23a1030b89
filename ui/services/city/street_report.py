"""Report a pothole or another street problem through Open311: category from the 311 server,
its questions, a place (the kiosk's site, a point nearby or a typed address), an optional
description, an optional camera photo (faces and number plates blurred before the resident sees
it: :mod:`kiosk.camera.photo_privacy`), anonymous or with the resident's account, then a
check-answers step (a small map drawn from the site's vector plan; each answer with a "Change" link
back to its step); queued for the 311 server (the photo is uploaded to the gateway's media endpoint
first, in the same queued transaction)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from civic.street_reports import ServiceAttribute
from kiosk.camera.photo_privacy import PrivacyResult
from kiosk.services import street_report as sr
from kiosk.services.site_plan import PlanError, SitePlan, load_plan
from kiosk.services.submit import SubmitInvalid, SubmitOutcome
from kiosk.session.machine import Role
from ui.formatting import ShownWords, alone
from ui.keyboard import Variant
from ui.services.base import ServiceScreen, Step, column
from ui.services.camera_step import PREVIEW_SIDE, CameraStep
from ui.services.city.common import ButtonList, attach_keyboard, text_field
from ui.services.city.list_step import ListStep
from ui.services.context import ServiceContext
from ui.services.receipt import ReceiptStep
from ui.services.step import page
from ui.widgets.base import button, isolate, label, set_text, text_area
from ui.widgets.plan_map import PlanMap

logger = logging.getLogger(__name__)

_PLAN: list[SitePlan | None] = []


def site_plan() -> SitePlan | None:
    """The bundled vector plan of the site's streets (read once), or None when it is unusable."""
    if not _PLAN:
        try:
            _PLAN.append(load_plan())
        except PlanError as exc:
            logger.warning("site plan not usable: %s", exc.key)
            _PLAN.append(None)
    return _PLAN[0]


class StreetReportScreen(ServiceScreen):
    service_id = "street_report"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-street-report")
        self.report = sr.Report()
        self.request_id: QLabel | None = None
        self._request_ref = ""
        # what the privacy blur found in the current photo (None: no photo yet)
        self.photo_privacy: PrivacyResult | None = None
        # a "Change" link on the review step was used: the changed step returns to the review
        self.returning = False
        self.push(CategoryStep(self))

    def title(self) -> str:
        return self.tr("Report a street problem")

    def proceed(self, step: Callable[[], Step]) -> None:
        """Go on to ``step``, or straight back to the review after a "Change"."""
        self.push(ReviewStep(self) if self.returning else step())

    def change(self, kind: type[Step]) -> None:
        """A "Change" link on the review step: back to the step of ``kind``, or a new one in
        place of the review when that step was left behind on an earlier return to the review
        (it starts from what the report holds)."""
        self.returning = True
        for step in self.steps:
            if isinstance(step, kind):
                self.pop_to(step)
                return
        self.replace(kind(self))

    def show_receipt(self, outcome: SubmitOutcome) -> None:
        """The receipt, plus the 311 server's request number when it already answered."""
        super().show_receipt(outcome)
        self._link(outcome)
        step = self.current
        layout = step.layout() if isinstance(step, ReceiptStep) else None
        if outcome.remote_ref and isinstance(layout, QVBoxLayout):
            self.request_id = label("body", name="report-request-id")
            layout.insertWidget(4, self.request_id)
            self.request_id.show()  # now, not at the layout's deferred show
            self._request_ref = outcome.remote_ref
            self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if self.request_id is not None:
            set_text(
                self.request_id,
                self.tr("The city's request number: %1").replace("%1", self._request_ref),
            )

    def _link(self, outcome: SubmitOutcome) -> None:
        """A report the resident linked to their account joins their "My street reports" on
        this kiosk (off the GUI thread; never for anonymous reports or practice)."""
        identity, core, category = self.context.identity, self.context.core, self.report.category
        if (
            outcome.practice
            or core is None
            or category is None
            or self.report.anonymous
            or identity.role is not Role.RESIDENT
            or not identity.subject_id
        ):
            return
        from kiosk.services.request_status import StatusDesk
        from ui.services.base import pool

        subject, reference, code, name = (
            identity.subject_id,
            outcome.reference,
            category.code,
            category.name,
        )
        pool().start(lambda: StatusDesk.for_core(core).link(subject, reference, code, name))

    @property
    def has_camera(self) -> bool:
        """A photo step is offered when the started core has a camera configured."""
        core = self.context.core
        return core is not None and core.config.devices.camera.driver != "disabled"

    def send(self) -> None:
        """Validate and queue the report (with its photo, if any), then the receipt."""
        context = self.context
        report = self.report
        account = context.identity.subject_id if context.identity.role is Role.RESIDENT else ""
        instructions = [self.tr("The city's request number follows once the report is sent.")]
        if report.photo is not None:
            instructions.append(self.tr("A photo is sent with the report."))
        try:
            submission = sr.submission(
                report,
                title=self.title(),
                now=dt.datetime.now(dt.UTC),
                account_id=account,
                kiosk_id=context.config.kiosk.id,
                instructions=tuple(instructions),
            )
        except SubmitInvalid as exc:  # tell plainly, nothing was sent
            if "photo" in exc.problems:
                self.show_message(self.tr("The photo cannot be used. Please take it again."))
            else:
                self.show_message(self.tr("Something is missing. Please go back."))
            return
        self.submit(submission)

    def wipe(self) -> None:
        super().wipe()
        self.report.wipe()
        self.photo_privacy = None
        self.returning = False


class CategoryStep(ListStep[sr.Category]):
    step_id = "report-category"
    intro_name = "report-intro"

    def __init__(self, screen: StreetReportScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.categories: sr.Categories | None = None
        city = screen.context.city
        self.no_client = not city.reports_available  # still starting: said once shown
        if self.no_client:
            return
        # categories and questions asked in the resident's language (locale, Accept-Language)
        language = screen.context.language
        screen.run(lambda: city.report_categories(language), self._loaded, self._failed)

    def title(self) -> str:
        return self.tr("What is the problem?")

    def shown(self) -> None:
        if self.no_client:
            self._failed(sr.ReportError("report.no_categories"))

    def _failed(self, _error: Exception) -> None:
        self.owner.show_message(
            self.tr(
                "The list of problems is not available on this kiosk yet: it needs the "
                "network once. Please try again later."
            )
        )

    def _loaded(self, categories: sr.Categories) -> None:
        self.categories = categories
        self.show_items(categories.items)

    def item_name(self, item: sr.Category) -> str:
        return f"report-category-{item.code}"

    def item_text(self, item: sr.Category, words: ShownWords) -> str:
        name, description = item.name, item.description
        return f"{words.plain(name, item.language)}\n{words.plain(description, item.language)}"

    def chosen(self, item: sr.Category) -> None:
        self.choose(item)

    def choose(self, category: sr.Category) -> None:
        report = self.owner.report
        report.category = category
        report.answers.clear()
        if any(q.datatype in sr.CHOICE_TYPES for q in category.questions):
            self.owner.push(QuestionsStep(self.owner))
        else:
            self.owner.proceed(lambda: PlaceStep(self.owner))

    def intro_text(self) -> str:
        cats = self.categories
        if cats is not None and cats.from_cache:
            return self.tr(
                "The network is down: this is the list saved on this kiosk. Your report will "
                "be sent when the network returns."
            )
        return self.tr("Choose the kind of problem.")


class QuestionsStep(Step):
    step_id = "report-questions"

    def __init__(self, screen: StreetReportScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        category = screen.report.category
        assert category is not None
        self.questions = [q for q in category.questions if q.datatype in sr.CHOICE_TYPES]
        self.chosen: dict[str, dict[str, bool]] = {q.code: {} for q in self.questions}
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self.captions: list[tuple[QLabel, ServiceAttribute]] = []
        layout = column(self)
        for q in self.questions:
            caption = label("subtitle", name=f"report-question-{q.code}")
            layout.addWidget(caption)
            self.captions.append((caption, q))
            for value in q.values:
                widget = button("toggle", name=f"report-answer-{q.code}-{value.key}")
                widget.setCheckable(True)
                widget.toggled.connect(
                    lambda on, qq=q, key=value.key: self._toggle(qq.code, qq.datatype, key, on)
                )
                layout.addWidget(widget)
                self.buttons[(q.code, value.key)] = widget
        layout.addStretch(1)

    def _toggle(self, code: str, datatype: str, key: str, on: bool) -> None:
        chosen = self.chosen[code]
        if on and datatype == "singlevaluelist":
            for other, widget in self.buttons.items():
                if other[0] == code and other[1] != key and widget.isChecked():
                    widget.setChecked(False)
        chosen[key] = on

    def title(self) -> str:
        return self.tr("A few questions")

    def next_text(self) -> str:
        return self.tr("Continue")

    def advance(self) -> None:
        report = self.owner.report
        for q in self.questions:
            report.answers[q.code] = sr.answers_for(q, self.chosen[q.code])
        missing = [q for q in self.questions if q.required and not report.answers.get(q.code)]
        if missing:
            self.owner.show_message(self.tr("Please answer the questions marked as needed."))
            return
        self.owner.proceed(lambda: PlaceStep(self.owner))

    def retranslate(self) -> None:
        words = self.words()  # the city's questions, each in its own direction
        for caption, q in self.captions:
            text = words.plain(q.description, q.language)
            set_text(
                caption, self.tr("%1 (needed)").replace("%1", text) if q.required else alone(text)
            )
            for value in q.values:
                widget = self.buttons[(q.code, value.key)]
                name = words.plain(value.name, q.language)
                set_text(widget, name)
                widget.setAccessibleName(name)
        self.note_words(words)


def direction_text(key: str) -> str:
    names = {
        "north": QCoreApplication.translate("StreetReport", "About 100 m north of this kiosk"),
        "east": QCoreApplication.translate("StreetReport", "About 100 m east of this kiosk"),
        "south": QCoreApplication.translate("StreetReport", "About 100 m south of this kiosk"),
        "west": QCoreApplication.translate("StreetReport", "About 100 m west of this kiosk"),
    }
    return names.get(key, key)


class PlaceStep(Step):
    step_id = "report-place"

    def __init__(self, screen: StreetReportScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        config = screen.context.config
        self.site = sr.site_place(config)
        self.nearby = sr.nearby_places(config)
        layout = column(self)
        self.intro = label("body", name="report-place-intro")
        layout.addWidget(self.intro)
        self.list = ButtonList()
        layout.addWidget(self.list)
        names = ["report-place-site"] + [f"report-place-{p.label}" for p in self.nearby]
        buttons = self.list.set_items([(n, "") for n in names])
        for widget, place in zip(buttons, [self.site, *self.nearby], strict=True):
            widget.clicked.connect(lambda _=False, p=place: self.choose(p))
        self.address_label = label("body", name="report-address-label")
        self.address: QLineEdit = text_field("report-address")
        layout.addWidget(self.address_label)
        layout.addWidget(self.address)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Where is it?")

    def next_text(self) -> str:
        return self.tr("Use this address")

    def shown(self) -> None:
        attach_keyboard(self, self.address, Variant.TEXT)

    def choose(self, place: sr.Place) -> None:
        self.owner.report.place = place
        self.owner.proceed(lambda: DescribeStep(self.owner))

    def advance(self) -> None:
        try:
            place = sr.typed_place(self.address.text())
        except sr.ReportError:
            self.owner.show_message(self.tr("Please type the street and number, or tap a place."))
            return
        self.choose(place)

    def retranslate(self) -> None:
        set_text(self.intro, self.tr("Tap a place, or type the address below."))
        site = self.tr("Here, at this kiosk: %1").replace("%1", self.site.label)
        self.list.set_texts([site] + [direction_text(p.label) for p in self.nearby])
        set_text(self.address_label, self.tr("Another address"))
        self.address.setAccessibleName(self.tr("Another address"))

    def wipe(self) -> None:
        self.address.clear()


class DescribeStep(Step):
    step_id = "report-describe"

    def __init__(self, screen: StreetReportScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.caption = label("body", name="report-description-label")
        self.text = text_area("report-description", screen.theme.spacing * 6)
        self.identity_text = label("body", name="report-identity")
        self.linked = button("toggle", name="report-linked")
        self.linked.setCheckable(True)
        page(self, self.caption, self.text, self.identity_text, self.linked)
        resident = screen.context.identity.role is Role.RESIDENT
        self.linked.setVisible(resident)
        report = screen.report
        self.text.setPlainText(report.description)  # back from the review: as entered
        self.linked.setChecked(resident and not report.anonymous)
        self.linked.toggled.connect(self.retranslate)

    def title(self) -> str:
        return self.tr("Describe it (optional)")

    def next_text(self) -> str:
        return self.tr("Continue")

    def shown(self) -> None:
        attach_keyboard(self, self.text, Variant.TEXT)

    def advance(self) -> None:
        report = self.owner.report
        report.description = self.text.toPlainText()[: sr.MAX_DESCRIPTION + 1]
        report.anonymous = not self.linked.isChecked()
        if len(report.description) > sr.MAX_DESCRIPTION:
            self.owner.show_message(self.tr("Please shorten the description."))
            return
        if self.owner.has_camera:
            self.owner.proceed(lambda: ReportPhotoStep(self.owner))
        else:
            self.owner.push(ReviewStep(self.owner))

    def retranslate(self) -> None:
        set_text(self.caption, self.tr("What should the city know? (optional)"))
        self.text.setAccessibleName(self.tr("Description"))
        if self.linked.isChecked():
            text = self.tr("The report is linked to your eCitizen account.")
        elif self.owner.context.identity.role is Role.RESIDENT:
            text = self.tr("The report is anonymous. You can link it to your account.")
        else:
            text = self.tr("The report is anonymous.")
        set_text(self.identity_text, text)
        set_text(self.linked, self.tr("Link the report to my account"))

    def wipe(self) -> None:
        self.text.clear()


class ReportPhotoStep(CameraStep):
    """An optional photo of the problem: the camera turns on only after "Take photo"; the
    picture is reviewed, can be taken again or removed, and is kept in the session only (the
    report's zeroable buffer). It is published with the report, so the step asks the resident to
    keep faces and number plates out of it, and blurs those it finds (off the GUI thread,
    :func:`kiosk.camera.photo_privacy.blur_private`) before the resident sees the photo; the status
    line then says so. A photo that cannot be checked is not kept.

    Attributes:
        camera_state: "off" | "starting" | "live" | "absent".
    """

    step_id = "report-photo"
    camera_purpose = "street-report photo"

    def __init__(self, screen: StreetReportScreen) -> None:
        super().__init__(screen, "report-photo-preview")
        self.owner = screen
        self.intro = label("body", name="report-photo-intro")
        self.indicator = label("subtitle", name="report-photo-camera-on")
        self.status = label("body", name="report-photo-status")
        self.start_button = button("primary", name="report-photo-start")
        self.shoot_button = button("primary", name="report-photo-shoot")
        self.retake_button = button(name="report-photo-retake")
        self.remove_button = button(name="report-photo-remove")
        page(
            self,
            self.intro,
            self.indicator,
            self.preview,
            self.status,
            self.start_button,
            self.shoot_button,
            self.retake_button,
            self.remove_button,
        )
        self.start_button.clicked.connect(self.start_camera)
        self.shoot_button.clicked.connect(self.take)
        self.retake_button.clicked.connect(self.retake)
        self.remove_button.clicked.connect(self.remove)
        if screen.report.photo is not None:
            self._show_photo()

    # -- camera ------------------------------------------------------------------------------
    def start_camera(self) -> None:
        if self.camera is not None:
            return
        camera = self.owner.context.camera()
        if not camera.available:
            self.camera_state = "absent"
            self._update()
            return
        self._start_feed(camera)
        self._update()

    def take(self) -> None:
        """The shutter: the newest frame, downscaled, faces and plates blurred (on a worker),
        as a JPEG without metadata."""
        camera = self.camera
        frame = camera.latest() if camera is not None else None
        if frame is None:
            return
        image = np.array(frame.downscaled(sr.PHOTO_MAX_SIDE), copy=True)  # ours to zero
        self.stop_camera()
        self._update()
        self.owner.run(
            lambda: sr.private_photo(image),
            self._taken,
            self._not_checked,
            busy_text=self.tr("Blurring faces and number plates…"),
        )

    def _not_checked(self, error: Exception) -> None:
        logger.warning("street-report photo not checked for faces: %s", type(error).__name__)
        self.owner.show_message(self.tr("The photo cannot be used. Please take it again."))
        self._update()

    def _taken(self, result: tuple[bytearray, PrivacyResult]) -> None:
        jpeg, privacy = result
        if not sr.photo_fits(jpeg):
            jpeg[:] = bytes(len(jpeg))
            self.owner.show_message(self.tr("This photo is too large. Please take it again."))
            self._update()
            return
        self.owner.report.set_photo(jpeg)
        self.owner.photo_privacy = privacy
        self._show_photo()

    def _show_photo(self) -> None:
        photo = self.owner.report.photo
        pixmap = QPixmap()
        if photo is not None:
            pixmap.loadFromData(bytes(photo))
            side = PREVIEW_SIDE
            pixmap = pixmap.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        self.preview.setPixmap(pixmap)
        self._update()

    def retake(self) -> None:
        self.remove()
        self.start_camera()

    def remove(self) -> None:
        self.owner.report.forget_photo()
        self.owner.photo_privacy = None
        self.preview.clear()
        self._update()

    # -- flow --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Add a photo (optional)")

    def next_text(self) -> str:
        if self.owner.report.photo is not None:
            return self.tr("Continue with the photo")
        return self.tr("Continue without a photo")

    def advance(self) -> None:
        self.stop_camera()
        self._update()
        self.owner.push(ReviewStep(self.owner))

    def _update(self) -> None:
        has_photo = self.owner.report.photo is not None
        privacy = self.owner.photo_privacy
        live = self.camera_state in ("starting", "live")
        self.start_button.setVisible(not has_photo and self.camera_state == "off")
        self.shoot_button.setVisible(self.camera_state == "live")
        self.retake_button.setVisible(has_photo)
        self.remove_button.setVisible(has_photo)
        self.indicator.setVisible(live)
        self.preview.setVisible(live or has_photo)
        if self.camera_state == "absent":
            text = self.tr(
                "The camera of this kiosk is not working right now. You can send the report "
                "without a photo."
            )
        elif has_photo and privacy is not None and privacy.blurred:
            text = self.tr(
                "Faces and number plates found in the photo have been blurred. This photo will "
                "be sent with your report."
            )
        elif has_photo:
            text = self.tr("This photo will be sent with your report.")
        elif self.camera_state == "starting":
            text = self.tr("Starting the camera…")
        elif live:
            text = self.tr("Point the camera at the problem, then take the photo.")
        else:
            text = ""
        set_text(self.status, text)
        self.status.setVisible(bool(text))
        self.owner.refresh()

    def retranslate(self) -> None:
        set_text(
            self.intro,
            self.tr(
                "A photo helps the city find and fix the problem. It is published with the "
                "report, so please keep people's faces and number plates out of it: those the "
                "kiosk finds are blurred. The camera turns on only when you press Take photo."
            ),
        )
        set_text(self.indicator, self.tr("Camera on"))
        set_text(self.start_button, self.tr("Take photo"))
        set_text(self.shoot_button, self.tr("Take the photo now"))
        set_text(self.retake_button, self.tr("Take it again"))
        set_text(self.remove_button, self.tr("Remove the photo"))
        self.preview.setAccessibleName(self.tr("Photo of the problem"))
        self._update()


class ReviewStep(Step):
    """Check your answers before sending: the problem, the place (with a small map from the
    site's plan when the place is a point the plan covers), the description and how the report
    is linked, the photo as it will be published (blurred); each with a "Change" link that goes
    back to its step and returns here. Next sends the report once."""

    step_id = "report-review"

    def __init__(self, screen: StreetReportScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        screen.returning = False
        report = screen.report
        theme = screen.theme
        layout = column(self)
        self.intro = label("body", name="report-review-intro")
        layout.addWidget(self.intro)
        self.headings: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.changes: dict[str, QPushButton] = {}
        targets: dict[str, type[Step]] = {
            "problem": CategoryStep,
            "place": PlaceStep,
            "description": DescribeStep,
        }
        if screen.has_camera:
            targets["photo"] = ReportPhotoStep
        self.map: PlanMap | None = None
        self.thumbnail: QLabel | None = None
        for key, kind in targets.items():
            row = QHBoxLayout()
            heading = label("subtitle", name=f"report-review-{key}-heading")
            change = button(name=f"report-review-change-{key}")
            change.clicked.connect(lambda _=False, k=kind: self.owner.change(k))
            row.addWidget(heading, 1)
            row.addWidget(change)
            layout.addLayout(row)
            value = label("body", name=f"report-review-{key}")
            layout.addWidget(value)
            self.headings[key], self.values[key], self.changes[key] = heading, value, change
            if key == "place":
                plan = site_plan()
                place = report.place
                if (
                    plan is not None
                    and place is not None
                    and place.lat is not None
                    and place.lon is not None
                    and plan.covers(place.lat, place.lon)
                ):
                    self.map = PlanMap(plan, lambda: self.owner.theme.palette, theme.font_px())
                    self.map.set_marker(place.lat, place.lon)
                    layout.addWidget(self.map)
            if key == "photo" and report.photo is not None:
                self.thumbnail = QLabel()
                self.thumbnail.setObjectName("report-review-photo-image")
                pixmap = QPixmap()
                pixmap.loadFromData(bytes(report.photo))
                side = PREVIEW_SIDE // 2
                self.thumbnail.setPixmap(
                    pixmap.scaled(
                        side,
                        side,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                layout.addWidget(self.thumbnail)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Check your report")

    def next_text(self) -> str:
        return self.tr("Send the report")

    def advance(self) -> None:
        """Send, once: a tap while the report is being queued sends nothing more."""
        if self.owner.busy:
            return
        self.owner.send()

    def retranslate(self) -> None:
        report = self.owner.report
        set_text(self.intro, self.tr("Check what you entered, then send the report."))
        words = self.words()  # the city's words, each in its own direction
        category = report.category
        problem = words.plain(category.name, category.language) if category is not None else ""
        chosen = []  # the answers' names as the resident saw them (not the city's keys)
        for q in category.questions if category is not None else ():
            answer = report.answers.get(q.code)
            keys = answer if isinstance(answer, list) else [answer] if answer else []
            chosen += [words.plain(v.name, q.language) for v in q.values if v.key in keys]
        if chosen:
            problem = (
                self.tr("%1 (%2)")
                .replace("%1", problem)
                .replace("%2", QLocale().createSeparatedList(chosen))
            )
        place = report.place
        if place is None:
            where = ""
        elif place.label in ("north", "east", "south", "west"):
            where = direction_text(place.label)
        else:
            where = isolate(place.label)  # an address keeps its order in an Arabic line
        if report.anonymous:
            who = self.tr("The report is anonymous.")
        else:
            who = self.tr("The report is linked to your eCitizen account.")
        typed = report.description.strip()  # the resident's words, in their own direction
        description = (
            "\n".join(isolate(line) for line in typed.splitlines())
            if typed
            else self.tr("No description")
        )
        if report.photo is None:
            photo = self.tr("No photo")
        elif self.owner.photo_privacy is not None and self.owner.photo_privacy.blurred:
            photo = self.tr(
                "This photo is published with the report. Faces and number plates found in it "
                "have been blurred."
            )
        else:
            photo = self.tr("This photo is published with the report.")
        texts = {
            "problem": (self.tr("Problem"), problem, self.tr("Change the problem")),
            "place": (self.tr("Place"), where, self.tr("Change the place")),
            "description": (
                self.tr("Description"),
                f"{description}\n{who}",
                self.tr("Change the description"),
            ),
            "photo": (self.tr("Photo"), photo, self.tr("Change the photo")),
        }
        for key, heading in self.headings.items():
            title, value, change_name = texts[key]
            set_text(heading, title)
            set_text(self.values[key], value)
            set_text(self.changes[key], self.tr("Change"))
            self.changes[key].setAccessibleName(change_name)
        self.note_words(words)
        if self.map is not None:
            self.map.setAccessibleName(self.tr("Map of the place: %1").replace("%1", where))
        if self.thumbnail is not None:
            self.thumbnail.setAccessibleName(self.tr("Photo of the problem"))
