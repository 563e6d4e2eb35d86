"""Loading Qt translations and switching the UI language while the program runs.

Installing a new QTranslator makes Qt send LanguageChange to every widget; each widget then
re-applies its texts in `retranslate()` (desktop.ui.base_tab.Retranslating, once per switch).
The language is the application's, like the translators: `current_language()` tells it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resource_path

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str:
        """Marks `message` for lupdate and gives it back (PySide6's stubs say it gives object)."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

QT_LOCALES = {
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
}


class Translations:
    """The translators installed on the application (one set per application)."""

    _installed: ClassVar[list[QTranslator]] = []
    _language: ClassVar[str] = ""
    _switches: ClassVar[int] = 0

    @property
    def language(self) -> str:
        """'kk', 'ru', or '' (the English sources, in tests)."""
        return Translations._language

    def switch(self, language: str) -> None:
        """Install the app's and Qt's own translations for `language` ('kk' or 'ru')."""
        app = QCoreApplication.instance()
        assert app is not None, "a QCoreApplication must exist"
        for translator in Translations._installed:
            app.removeTranslator(translator)
        Translations._installed.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [
            (f"qtbase_{language}", qt_dir),
            (f"app_{language}", str(resource_path("i18n"))),
        ]
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                Translations._installed.append(translator)
        QLocale.setDefault(QT_LOCALES.get(language, QLocale.c()))
        Translations._language = language
        Translations._switches += 1
        # Qt posts LanguageChange to the widgets; deliver it now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def current_language() -> str:
    """The UI language now: 'kk', 'ru', or '' (no translation installed)."""
    return Translations._language


def switch_count() -> int:
    """How many times the language was switched: widgets retranslate once per switch."""
    return Translations._switches


class Retranslating:
    """Mixin for a Qt widget class (listed first): `retranslate()` once per language switch.

    Qt delivers LanguageChange to a dialog twice (as a window, and as its parent's child) and
    may post several per switch; the texts are re-applied once. Every tab (BaseTab), dialog
    (BaseDialog) and text-bearing widget of the UI inherits it; none handles the event itself.
    """

    _texts_of_switch = -1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._texts_of_switch != switch_count():
            self._texts_of_switch = switch_count()
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        """Set every text from self.tr() (and language-dependent data) in the UI language."""
        raise NotImplementedError


def language_from_environment(environ: dict[str, str]) -> str:
    """'kk' or 'ru' when the machine's locale says so, else '' (English sources)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            code = value[:2].lower()
            return code if code in ("kk", "ru") else ""
    return ""


# Each language named in itself, as language menus usually do (not translated).
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}
