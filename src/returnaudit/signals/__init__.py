"""Pure reading of page signals: the returns link, support channels, pushes to support."""
