"""Launch settings for the browser tests, which drive Debian's Chromium."""

# Debian's package, never a browser that a test tool downloads.
CHROMIUM_PATH = "/usr/bin/chromium"

# The background-networking, component-update and sync switches keep Chromium
# from calling Google's hosts, which a closed test network rejects.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch_chromium(playwright):
    """Start headless Debian Chromium through Playwright's sync API."""
    return playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
