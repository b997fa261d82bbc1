from tests.gui.main_window.world import empty_store, memory_keyring, world

__all__ = ["empty_store", "memory_keyring", "world"]
