"""The choices of the badges dialog: layout, stock, QR, stripe, sides, tables, printer offset."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.exporters.badges import BadgeOptions, LabelStock, PlaceCardOptions, QrMode
from app.services.badge_dto import Layout, Seating, SheetRequest
from app.services.badges import BadgeService

from app.ui import labels
from app.ui import settings as keys
from app.ui.settings import AppSettings

MAX_OFFSET_MM = 20.0
DEFAULT_SEATS = 8
_DEFAULT_STOCKS = {
    (Layout.BADGES, True): "avery-5392",
    (Layout.BADGES, False): "avery-l7418",
    (Layout.PLACE_CARDS, True): "avery-5305",
    (Layout.PLACE_CARDS, False): "a4-tent-2up",
}
"""First choice per layout for Letter countries (True) and A4 countries (False)."""


def uses_letter_paper() -> bool:
    return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem


class BadgeOptionsForm(QWidget):
    """Signals:
    changed(): any choice changed (the dialog re-renders the preview).
    """

    changed = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.badges_radio = QRadioButton(self.tr("Name badges"))
        self.cards_radio = QRadioButton(self.tr("Place cards (folded tent cards)"))
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.badges_radio)
        self.layout_group.addButton(self.cards_radio)
        self.badges_radio.setChecked(True)
        self.stock_combo = QComboBox()
        self.stock_combo.setAccessibleName(self.tr("Label stock"))
        self.stock_combo.setMinimumContentsLength(38)
        self.stock_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.stock_info = QLabel()
        self.stock_info.setWordWrap(True)
        self.stock_info.setStyleSheet("color: palette(placeholder-text);")
        self.qr_combo = QComboBox()
        self.qr_combo.addItem(self.tr("Check-in code (scan at the door)"), QrMode.CHECKIN)
        self.qr_combo.addItem(self.tr("Contact card (vCard)"), QrMode.VCARD)
        self.qr_combo.addItem(self.tr("No QR code"), QrMode.NONE)
        self.stripe_check = QCheckBox(self.tr("Role stripe (host, speaker, core, staff, guest)"))
        self.stripe_check.setChecked(True)
        self.two_sided_check = QCheckBox(self.tr("Two-sided (names on the back, for flip badges)"))
        self.seating_check = QCheckBox(self.tr("Number tables and seats in list order"))
        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(1, 100)
        self.seats_spin.setValue(DEFAULT_SEATS)
        self.seats_spin.setSuffix(self.tr(" per table"))
        self.seats_spin.setAccessibleName(self.tr("Seats per table"))
        self.outline_check = QCheckBox(self.tr("Outline each label"))
        self.crop_check = QCheckBox(self.tr("Crop marks"))
        self.offset_x = self._offset_spin(self.tr("Move right"), keys.BADGE_OFFSET_X)
        self.offset_y = self._offset_spin(self.tr("Move down"), keys.BADGE_OFFSET_Y)
        self.alignment_button = QPushButton(self.tr("Alignment Test Sheet"))
        self.alignment_button.setToolTip(
            self.tr(
                "One page with every label's outline and centre: print it on plain paper, hold "
                "it against a label sheet, and correct the offset"
            )
        )
        self.alignment_button.setAutoDefault(False)  # Return prints the badges, not this
        self.alignment_menu = QMenu(self.alignment_button)
        self.print_alignment_action = self.alignment_menu.addAction(self.tr("Print…"))
        self.save_alignment_action = self.alignment_menu.addAction(self.tr("Save as PDF…"))
        self.alignment_button.setMenu(self.alignment_menu)
        self._arrange()
        self._fill_stocks()
        self._connect_signals()
        self._update_visibility()

    # -- building ------------------------------------------------------------------------------

    def _offset_spin(self, name: str, key: keys.Key[float]) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(self.tr(" mm"))
        spin.setAccessibleName(name)
        spin.setValue(max(-MAX_OFFSET_MM, min(MAX_OFFSET_MM, self.settings.get(key))))
        return spin

    def _arrange(self) -> None:
        what = QGroupBox(self.tr("Print"))
        what_form = QFormLayout(what)
        kinds = QVBoxLayout()
        kinds.setSpacing(2)
        kinds.addWidget(self.badges_radio)
        kinds.addWidget(self.cards_radio)
        what_form.addRow(self.tr("Layout:"), kinds)
        what_form.addRow(self.tr("Stock:"), self.stock_combo)
        what_form.addRow("", self.stock_info)
        self.badge_box = QGroupBox(self.tr("Badges"))
        badge_form = QFormLayout(self.badge_box)
        badge_form.addRow(self.tr("QR code:"), self.qr_combo)
        badge_form.addRow(self.stripe_check)
        badge_form.addRow(self.two_sided_check)
        self.cards_box = QGroupBox(self.tr("Place cards"))
        cards_row = QHBoxLayout(self.cards_box)
        cards_row.addWidget(self.seating_check)
        cards_row.addWidget(self.seats_spin)
        cards_row.addStretch(1)
        printer = QGroupBox(self.tr("Printer"))
        printer_form = QFormLayout(printer)
        guides = QHBoxLayout()
        guides.addWidget(self.outline_check)
        guides.addWidget(self.crop_check)
        guides.addStretch(1)
        printer_form.addRow(guides)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("Right")))
        offsets.addWidget(self.offset_x)
        offsets.addSpacing(8)
        offsets.addWidget(QLabel(self.tr("Down")))
        offsets.addWidget(self.offset_y)
        offsets.addStretch(1)
        printer_form.addRow(self.tr("Offset:"), offsets)
        alignment = QHBoxLayout()
        alignment.addWidget(self.alignment_button)
        alignment.addStretch(1)
        printer_form.addRow("", alignment)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for box in (what, self.badge_box, self.cards_box, printer):
            column.addWidget(box)
        column.addStretch(1)

    def _connect_signals(self) -> None:
        self.layout_group.buttonToggled.connect(self._on_layout_toggled)
        self.stock_combo.currentIndexChanged.connect(self._on_stock_changed)
        self.seating_check.toggled.connect(self.seats_spin.setEnabled)
        self.offset_x.valueChanged.connect(self._on_offset_x_changed)
        self.offset_y.valueChanged.connect(self._on_offset_y_changed)
        for check in (
            self.stripe_check,
            self.two_sided_check,
            self.seating_check,
            self.outline_check,
            self.crop_check,
        ):
            check.toggled.connect(self.changed)
        self.qr_combo.currentIndexChanged.connect(self.changed)
        self.seats_spin.valueChanged.connect(self.changed)

    def _fill_stocks(self) -> None:
        layout = self.layout_choice()
        key = keys.BADGE_STOCK if layout is Layout.BADGES else keys.PLACE_CARD_STOCK
        default = _DEFAULT_STOCKS[(layout, uses_letter_paper())]
        self.stock_combo.blockSignals(True)
        self.stock_combo.clear()
        for stock in BadgeService.stocks(layout):
            name = labels.stock_text(stock.name)  # i18n: noop
            self.stock_combo.addItem(name, stock.id)
            notes = labels.stock_text(stock.notes)  # i18n: noop
            self.stock_combo.setItemData(
                self.stock_combo.count() - 1,
                f"{name}\n{stock.id}\n{notes}".strip(),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.stock_combo.findData(self.settings.get(key))
        if index < 0:  # never chosen, or no longer shipped
            index = self.stock_combo.findData(default)
        self.stock_combo.setCurrentIndex(max(0, index))
        self.stock_combo.blockSignals(False)
        self._show_stock_info()

    # -- reading -------------------------------------------------------------------------------

    def layout_choice(self) -> Layout:
        return Layout.BADGES if self.badges_radio.isChecked() else Layout.PLACE_CARDS

    def set_layout(self, layout: Layout) -> None:
        (self.badges_radio if layout is Layout.BADGES else self.cards_radio).setChecked(True)

    def stock_id(self) -> str:
        return str(self.stock_combo.currentData())

    def stock(self) -> LabelStock:
        return BadgeService.stock(self.stock_id())

    def set_stock(self, stock_id: str) -> bool:
        index = self.stock_combo.findData(stock_id)
        if index >= 0:
            self.stock_combo.setCurrentIndex(index)
        return index >= 0

    def seating(self) -> Seating | None:
        return Seating(self.seats_spin.value()) if self.seating_check.isChecked() else None

    def request(self, out_path: Path, *, first_sheet_only: bool = False) -> SheetRequest:
        offset_x, offset_y = self.offset_x.value(), self.offset_y.value()
        outline, crops = self.outline_check.isChecked(), self.crop_check.isChecked()
        return SheetRequest(
            stock_id=self.stock_id(),
            out_path=out_path,
            layout=self.layout_choice(),
            badge_options=BadgeOptions(
                qr=QrMode(self.qr_combo.currentData()),
                role_stripe=self.stripe_check.isChecked(),
                two_sided=self.two_sided_check.isChecked(),
                outline=outline,
                crop_marks=crops,
                offset_x_mm=offset_x,
                offset_y_mm=offset_y,
            ),
            card_options=PlaceCardOptions(
                offset_x_mm=offset_x,
                offset_y_mm=offset_y,
                outline=outline,
                crop_marks=crops,
                table_label=self.tr("Table"),
                seat_label=self.tr("Seat"),
            ),
            seating=self.seating(),
            first_sheet_only=first_sheet_only,
        )

    def remember_stock(self) -> None:
        """Keep this stock as the first choice for its layout next time."""
        key = keys.BADGE_STOCK if self.layout_choice() is Layout.BADGES else keys.PLACE_CARD_STOCK
        self.settings.set(key, self.stock_id())

    # -- slots ---------------------------------------------------------------------------------

    def _update_visibility(self) -> None:
        badges = self.layout_choice() is Layout.BADGES
        self.badge_box.setVisible(badges)
        self.cards_box.setVisible(not badges)
        self.seats_spin.setEnabled(self.seating_check.isChecked())

    def _show_stock_info(self) -> None:
        stock = self.stock()
        size = (
            self.tr("%1 × %2 mm")
            .replace("%1", labels.format_decimal(stock.label_w_mm))
            .replace("%2", labels.format_decimal(stock.label_h_mm))
        )
        self.stock_info.setText(
            self.tr("%1 per sheet · %2 · %3 paper")
            .replace("%1", labels.format_number(stock.per_sheet))
            .replace("%2", size)
            .replace("%3", labels.stock_text(stock.page))  # i18n: noop
        )

    def _on_layout_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        self._fill_stocks()
        self._update_visibility()
        self.changed.emit()

    def _on_stock_changed(self, _index: int) -> None:
        self._show_stock_info()
        self.changed.emit()

    def _on_offset_x_changed(self, value: float) -> None:
        self.settings.set(keys.BADGE_OFFSET_X, value)
        self.changed.emit()

    def _on_offset_y_changed(self, value: float) -> None:
        self.settings.set(keys.BADGE_OFFSET_Y, value)
        self.changed.emit()
