"""Convivio: organize meetups, dinners and communities offline."""

__version__ = "0.1.0"
APP_ID = "org.convivio.Convivio"
APP_NAME = "Convivio"
