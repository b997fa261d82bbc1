"""The data folder's passphrase, asked at start-up where the computer has no keyring."""
