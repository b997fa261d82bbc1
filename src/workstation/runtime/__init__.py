"""Qt glue below the screens: the background task runner, settings, logging, the crash
handler, translations and resource paths. Only this package and `gui/` import PySide6."""
