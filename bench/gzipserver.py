"""Een kleine statische server met gzip, zoals een gewone webhost (GitHub Pages) de site serveert.

    python bench/gzipserver.py MAP [POORT]      # POORT 0 of weglaten: een vrije poort

Alleen voor de benchmark (Lighthouse meet anders ongecomprimeerde bestanden). Luistert enkel op
127.0.0.1. Tekstbestanden (HTML, CSS, JS, JSON, SVG, XML) gaan gzip-gecomprimeerd over de lijn
als de browser dat aanvraagt; het resultaat wordt per bestand in het geheugen bewaard.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import os
import sys
import threading

COMPRIMEER = {"text/html", "text/css", "text/javascript", "application/javascript",
              "application/json", "image/svg+xml", "application/xml", "text/xml", "text/plain"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    _cache: dict[tuple[str, float], bytes] = {}
    _slot = threading.Lock()

    def log_message(self, format, *args):  # noqa: A002
        pass

    def end_headers(self):
        # Zoals een statische host: bestanden met een hash in de naam mogen lang in de cache.
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):
        pad = self.translate_path(self.path)
        if os.path.isdir(pad):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # doorverwijzing naar .../
            pad = os.path.join(pad, "index.html")
        soort = self.guess_type(pad)
        wil_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wil_gzip and soort.split(";")[0] in COMPRIMEER and os.path.isfile(pad)):
            return super().send_head()
        sleutel = (pad, os.path.getmtime(pad))
        with self._slot:
            data = self._cache.get(sleutel)
            if data is None:
                with open(pad, "rb") as f:
                    data = gzip.compress(f.read(), compresslevel=6)
                self._cache[sleutel] = data
        self.send_response(200)
        self.send_header("Content-Type", soort)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        import io

        return io.BytesIO(data)


class StilleServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def start(map_: str, poort: int = 0) -> tuple[StilleServer, str]:
    """Start de server in een achtergronddraad; geeft (server, origin)."""
    httpd = StilleServer(("127.0.0.1", poort), functools.partial(GzipHandler, directory=str(map_)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    server, origin = start(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    print(f"{origin}/  (Ctrl+C om te stoppen)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
