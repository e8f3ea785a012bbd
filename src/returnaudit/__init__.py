"""returnaudit: audit an online store's product-return experience in a real headless browser."""

__version__ = "0.1.0"
