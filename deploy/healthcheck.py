"""The container's health check: exit 0 when the worker answers /ready with 200, else 1.

Installed in the image as /usr/local/bin/enricher-healthcheck and run by its HEALTHCHECK (and
by docker-compose.yml's). It asks 127.0.0.1 on WEB_PORT (default 6066); stdlib only.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def main() -> int:
    port = os.environ.get("WEB_PORT", "6066")
    url = f"http://127.0.0.1:{port}/ready"
    try:
        with urllib.request.urlopen(url, timeout=4) as response:
            status = int(response.status)
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError as error:
        print(f"{url}: {error}", file=sys.stderr)
        return 1
    if status != 200:
        print(f"{url}: HTTP {status}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
