"""The officer's desktop (PySide6): windows, pages, dialogs and Qt models, one folder
per screen. `app.py` is the composition root; screens get their collaborators through
an `AppContext` passed to their constructors."""

import workstation.runtime  # noqa: F401 - first: makes PySide6's import hook cheap (pyside_boot)
