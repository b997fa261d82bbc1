"""The main window: a shell of navigation (queues), menus, toolbar and status bar."""
