"""The Synchronisation page, the status bar indicator and the background sync that feeds them."""
