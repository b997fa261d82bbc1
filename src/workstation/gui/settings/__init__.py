"""Settings of this computer (typed in `runtime.settings`) and their dialog."""
