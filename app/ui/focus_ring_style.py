"""A proxy over any style that keeps the keyboard focus easy to see, and the edges of controls
visible on dark and high-contrast palettes (Fusion draws them in a shade of the window colour,
which is nearly invisible on dark grey and invisible on pure black)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFocusRect,
    QStyleOptionFrame,
    QWidget,
)

_CR = QPalette.ColorRole
_PE = QStyle.PrimitiveElement
_CE = QStyle.ControlElement
_CC = QStyle.ComplexControl
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_EDGED_COMPLEX = (_CC.CC_ComboBox, _CC.CC_SpinBox)
_EDGED_FRAMES = (QFrame.Shape.StyledPanel, QFrame.Shape.Panel, QFrame.Shape.Box)
_RINGED_COMPLEX = (_CC.CC_ComboBox, _CC.CC_SpinBox, _CC.CC_ToolButton, _CC.CC_Slider)


class FocusRingStyle(QProxyStyle):
    """Draws a ring in the highlight colour, `width` pixels thick, around the focused control
    over whatever the base style draws, so the keyboard focus is never hard to find.

    With `edges` set, buttons, fields, combo and spin boxes, check boxes, radio buttons and
    framed views get a one-pixel edge in that palette colour. Without `button_icons`, dialog
    buttons show words only: Fusion's standard icons are drawn for light backgrounds.
    """

    def __init__(
        self,
        base: str,
        width: int,
        edges: QPalette.ColorRole | None = None,
        button_icons: bool = True,
    ) -> None:
        super().__init__(base)
        self.ring_width = width
        self.edges = edges
        self.button_icons = button_icons

    def settings(self) -> tuple[int, QPalette.ColorRole | None, bool]:
        """What it was made with (so the theme can tell whether to make another)."""
        return self.ring_width, self.edges, self.button_icons

    def _ring(self, painter: QPainter, option: QStyleOption) -> None:
        colour = option.palette.color(_CR.Highlight)
        if isinstance(option, QStyleOptionFocusRect) and option.backgroundColor == colour:
            colour = option.palette.color(_CR.HighlightedText)  # the current, selected cell
        inset = self.ring_width / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour, self.ring_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.restore()

    def _edge(self, painter: QPainter, option: QStyleOption, *, round_: bool = False) -> None:
        if self.edges is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(option.palette.color(self.edges), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _PE.PE_FrameFocusRect:
            self._ring(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == _PE.PE_IndicatorCheckBox:
            self._edge(painter, option)
        elif element == _PE.PE_IndicatorRadioButton:
            self._edge(painter, option, round_=True)
        elif element == _PE.PE_PanelLineEdit and isinstance(option, QStyleOptionFrame):
            if option.lineWidth <= 0:
                return  # the field inside a combo or spin box: its owner has the edge and ring
            self._edge(painter, option)
            if option.state & _HAS_FOCUS:
                self._ring(painter, option)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == _CE.CE_PushButton:
            self._edge(painter, option)
        elif element != _CE.CE_ShapedFrame or not isinstance(option, QStyleOptionFrame):
            return
        elif option.lineWidth <= 0 or option.frameShape not in _EDGED_FRAMES:
            return  # a frameless view or label, or a dividing line
        else:
            self._edge(painter, option)  # lists, tables, text boxes
        if option.state & _HAS_FOCUS:
            self._ring(painter, option)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _EDGED_COMPLEX:
            self._edge(painter, option)
        if control in _RINGED_COMPLEX and option.state & _HAS_FOCUS:
            self._ring(painter, option)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Table_GridLineColor and self.edges and option is not None:
            rgba = option.palette.color(_CR.Mid).rgba()
            return rgba - (1 << 32) if rgba >= 1 << 31 else rgba  # QRgb, as C++'s signed int
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons and not self.button_icons:
            return 0
        return int(super().styleHint(hint, option, widget, returnData))
