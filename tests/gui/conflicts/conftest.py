"""The conflict view is shown by the detail page: its fixtures serve here too."""

from tests.gui.detail.conftest import open_page

__all__ = ["open_page"]
