"""Preferences: the organizer and default time zone everyone on the database shares, and this
user's own label stocks, printer offset, theme and language.

The shared part is one undo step (like OrganizerDialog): a teammate may need to take it back.
The personal part is this computer's preferences and is simply stored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.errors import ValidationError
from app.services.badge_dto import Layout
from app.services.badges import BadgeService
from app.services.shared_settings import SharedSettings

from app.ui import labels
from app.ui import settings as keys
from app.ui.commands.invites import SharedSettingsCommand
from app.ui.context import AppContext
from app.ui.dialogs.badge_options import MAX_OFFSET_MM
from app.ui.dialogs.event_dialog import system_zone, zone_names
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.i18n import language_choices, restart_note
from app.ui.theme import Theme


@dataclass(frozen=True)
class PersonalPreferences:
    """This user's own preferences (QSettings), as chosen in the dialog."""

    badge_stock: str
    place_card_stock: str
    offset_x_mm: float
    offset_y_mm: float
    theme: str
    language: str
    show_welcome: bool
    user_name: str = ""


@dataclass(frozen=True)
class PreferencesDraft:
    """What the dialog holds; `shared` is None while no database is open."""

    shared: SharedSettings | None
    personal: PersonalPreferences

    def validated(self) -> PreferencesDraft:
        if self.shared is None:
            return self
        try:
            shared = self.shared.validated()
        except ValidationError as error:
            if error.field == "timezone":  # the domain names the event's field
                raise ValidationError("default_timezone", error.message) from error
            raise
        return replace(self, shared=shared)


def read_personal(settings: keys.AppSettings) -> PersonalPreferences:
    return PersonalPreferences(
        badge_stock=settings.get(keys.BADGE_STOCK),
        place_card_stock=settings.get(keys.PLACE_CARD_STOCK),
        offset_x_mm=settings.get(keys.BADGE_OFFSET_X),
        offset_y_mm=settings.get(keys.BADGE_OFFSET_Y),
        theme=Theme.parse(settings.get(keys.THEME)).value,
        language=settings.get(keys.LANGUAGE),
        show_welcome=not settings.get(keys.WELCOME_DISMISSED),
        user_name=settings.get(keys.USER_NAME),
    )


def write_personal(settings: keys.AppSettings, chosen: PersonalPreferences) -> None:
    settings.set(keys.BADGE_STOCK, chosen.badge_stock)
    settings.set(keys.PLACE_CARD_STOCK, chosen.place_card_stock)
    settings.set(keys.BADGE_OFFSET_X, chosen.offset_x_mm)
    settings.set(keys.BADGE_OFFSET_Y, chosen.offset_y_mm)
    settings.set(keys.THEME, chosen.theme)
    settings.set(keys.LANGUAGE, chosen.language)
    settings.set(keys.WELCOME_DISMISSED, not chosen.show_welcome)
    settings.set(keys.USER_NAME, chosen.user_name.strip())
    settings.sync()


class PreferencesDialog(RecordDialog):
    """Signals:
    saved(object) (from RecordDialog): the PreferencesDraft stored; shared changes are on the
        undo stack already.
    theme_changed(str): the theme choice changed ("system", "light", "dark", "high-contrast").
    language_changed(str): the language changed ("" for the system's, "en", "de", "zh_CN").
    """

    theme_changed = Signal(str)
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Preferences"), ctx.errors, parent)
        self.ctx = ctx
        self._shared = ctx.services.settings.get() if ctx.has_database else None
        self._personal = read_personal(ctx.settings)
        self._build_organizer_tab()
        self._build_printing_tab()
        self._build_appearance_tab()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.set_saver(self._store)
        self._connect_signals()
        self._show_stock_info()
        self._on_language_changed()

    # -- building ------------------------------------------------------------------------------

    def _build_organizer_tab(self) -> None:
        self.add_tab(self.tr("&Organizer"))
        shared = self._shared or SharedSettings()
        intro = QLabel(
            self.tr(
                "Calendar invitations name the organizer, and guests' answers go to this "
                "e-mail address. New events start in the default time zone. Everyone who uses "
                "this database shares these settings."
            )
            if self._shared is not None
            else self.tr("Open a database to set its organizer and default time zone.")
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.organizer_name = QLineEdit(shared.organizer_name)
        self.organizer_name.setPlaceholderText(self.tr("e.g. Alex Morgan"))
        self.organizer_email = QLineEdit(shared.organizer_email)
        self.organizer_email.setPlaceholderText(self.tr("e.g. alex@example.org"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(["", *zone_names()])
        completer = QCompleter(list(zone_names()), self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.timezone.setCompleter(completer)
        self.timezone.setCurrentText(shared.default_timezone)
        line = self.timezone.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                self.tr("This computer's time zone (%1)").replace("%1", system_zone())
            )
        self.add_field(self.tr("&Name:"), self.organizer_name, "organizer_name")
        self.add_field(self.tr("&E-mail:"), self.organizer_email, "organizer_email")
        self.add_field(self.tr("Default &time zone:"), self.timezone, "default_timezone")
        for widget in (self.organizer_name, self.organizer_email, self.timezone):
            widget.setEnabled(self._shared is not None)
        self.user_name = QLineEdit(self._personal.user_name)
        self.user_name.setPlaceholderText(self.ctx.login_name)
        self.user_name.setMaxLength(100)
        self.add_field(self.tr("&Your name:"), self.user_name, "user_name")
        self.form.addRow(
            "",
            self._quiet_label(
                self.tr("Shown next to your changes in the history; kept on this computer only.")
            ),
        )

    def _build_printing_tab(self) -> None:
        self.add_tab(self.tr("&Printing"))
        self.badge_stock = self._stock_combo(Layout.BADGES, self._personal.badge_stock)
        self.badge_stock.setAccessibleName(self.tr("Label stock for badges"))
        self.badge_stock_info = self._quiet_label()
        self.card_stock = self._stock_combo(Layout.PLACE_CARDS, self._personal.place_card_stock)
        self.card_stock.setAccessibleName(self.tr("Stock for place cards"))
        self.card_stock_info = self._quiet_label()
        self.add_field(self.tr("&Badges on:"), self.badge_stock)
        self.form.addRow("", self.badge_stock_info)
        self.add_field(self.tr("Place &cards on:"), self.card_stock)
        self.form.addRow("", self.card_stock_info)
        offset = QLabel(
            self.tr(
                "<b>Printer offset.</b> If your printer puts badges slightly off the labels, "
                "print the alignment test sheet from the Badges window on plain paper, hold it "
                "against a sheet of labels, and enter how far to move the print."
            )
        )
        offset.setWordWrap(True)
        self.form.addRow(offset)
        self.offset_x = self._offset_spin(self.tr("Move right"), self._personal.offset_x_mm)
        self.offset_y = self._offset_spin(self.tr("Move down"), self._personal.offset_y_mm)
        self.add_field(self.tr("Move &right:"), self.offset_x)
        self.add_field(self.tr("Move &down:"), self.offset_y)
        self.form.addRow("", self._quiet_label(self.tr("Negative values move left and up.")))

    def _build_appearance_tab(self) -> None:
        self.add_tab(self.tr("&Appearance"))
        self.theme = QComboBox()
        for choice, text in (
            (Theme.SYSTEM, self.tr("System (follows light, dark and high contrast)")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
            (Theme.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.theme.addItem(text, choice.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._personal.theme)))
        self.language = QComboBox()
        for code, name in language_choices():  # names in their own language, "System" first
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._personal.language)))
        self.language_note = self._quiet_label(restart_note())
        self.show_welcome = QCheckBox(self.tr("Show the &welcome window when a database is empty"))
        self.show_welcome.setChecked(self._personal.show_welcome)
        self.add_field(self.tr("T&heme:"), self.theme)
        self.add_field(self.tr("&Language:"), self.language)
        self.form.addRow("", self.language_note)
        self.form.addRow("", self.show_welcome)
        self.form.addRow(
            self._quiet_label(
                self.tr(
                    "Text follows the font size set for your system. To make it larger or "
                    "smaller, change it there."
                )
            )
        )

    def _stock_combo(self, layout: Layout, chosen: str) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumContentsLength(34)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.addItem(self.tr("Automatic (Letter or A4, as usual in your region)"), "")
        source = self.ctx.services.badges if self.ctx.has_database else BadgeService
        for stock in source.stocks(layout):
            name = labels.stock_text(stock.name)  # i18n: noop
            combo.addItem(name, stock.id)
            tip = f"{name}\n{stock.id}\n{labels.stock_text(stock.notes)}".strip()  # i18n: noop
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        return combo

    def _offset_spin(self, name: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(self.tr(" mm"))
        spin.setAccessibleName(name)
        spin.setValue(max(-MAX_OFFSET_MM, min(MAX_OFFSET_MM, value)))
        return spin

    @staticmethod
    def _quiet_label(text: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _connect_signals(self) -> None:
        self.badge_stock.currentIndexChanged.connect(self._on_stock_changed)
        self.card_stock.currentIndexChanged.connect(self._on_stock_changed)
        self.language.currentIndexChanged.connect(self._on_language_changed)

    # -- values --------------------------------------------------------------------------------

    def draft(self) -> PreferencesDraft:
        shared = None
        if self._shared is not None:
            shared = replace(
                self._shared,
                organizer_name=self.organizer_name.text(),
                organizer_email=self.organizer_email.text(),
                default_timezone=self.timezone.currentText(),
            )
        return PreferencesDraft(
            shared,
            PersonalPreferences(
                badge_stock=str(self.badge_stock.currentData()),
                place_card_stock=str(self.card_stock.currentData()),
                offset_x_mm=self.offset_x.value(),
                offset_y_mm=self.offset_y.value(),
                theme=str(self.theme.currentData()),
                language=str(self.language.currentData()),
                show_welcome=self.show_welcome.isChecked(),
                user_name=self.user_name.text(),
            ),
        )

    def _store(self, chosen: PreferencesDraft) -> PreferencesDraft:
        if chosen.shared is not None and chosen.shared != self._shared:
            settings = self.ctx.services.settings
            before, after, changes = settings.save(chosen.shared)
            self.ctx.undo_stack.push(
                SharedSettingsCommand(
                    self.ctx, settings, before, after, self.tr("Change Shared Preferences")
                )
            )
            self.ctx.bus.publish(changes)
        write_personal(self.ctx.settings, chosen.personal)
        self.ctx.apply_user_name()
        if chosen.personal.theme != self._personal.theme:
            self.theme_changed.emit(chosen.personal.theme)
        if chosen.personal.language != self._personal.language:
            self.language_changed.emit(chosen.personal.language)
        return chosen

    # -- slots ---------------------------------------------------------------------------------

    def _on_stock_changed(self, _index: int) -> None:
        self._show_stock_info()

    def _show_stock_info(self) -> None:
        for combo, label in (
            (self.badge_stock, self.badge_stock_info),
            (self.card_stock, self.card_stock_info),
        ):
            stock_id = str(combo.currentData())
            if not stock_id:
                label.setText(
                    self.tr("The Badges window picks a common stock for your paper size.")
                )
                continue
            stock = BadgeService.stock(stock_id)
            size = f"{stock.label_w_mm:g} × {stock.label_h_mm:g} mm"
            label.setText(
                self.tr("%1 per sheet · %2 · %3 paper")
                .replace("%1", str(stock.per_sheet))
                .replace("%2", size)
                .replace("%3", labels.stock_text(stock.page))  # i18n: noop
            )

    def _on_language_changed(self, _index: int = 0) -> None:
        self.language_note.setVisible(self.language.currentData() != self._personal.language)
