"""HTTP for the portal sources: one requests Session with timeouts, retries and a download cache.

Workshops run on weak wifi, often with 25 people behind one address, so every request:
- has a timeout (``timeout`` seconds, for connecting and for each read);
- is retried on 429 and 5xx responses and on timeouts, waiting for the time the portal
  requests (``Retry-After`` in seconds or as an HTTP date, or ``X-RateLimit-Reset``, which
  OpenDataSoft sends as a Unix time) and otherwise for ``backoff * 2 ** attempt`` seconds;
- ends in a ``WorkshopError`` that names the URL and points to the local catalog when it
  fails, never in a requests traceback.

Downloads go to a cache folder keyed by the URL, so a room sharing one workshop server
fetches each file once. The folder is ``$WORKSHOP_CACHE_DIR`` when set, otherwise
``.workshop/downloads`` in the workshop folder, which ``.gitignore`` leaves out.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import requests

from ..errors import WorkshopError
from ..files import write_bytes_atomic
from ..locking import file_lock

LOGGER = logging.getLogger(__name__)
CACHE_VARIABLE = "WORKSHOP_CACHE_DIR"
USER_AGENT = "workshop-kit/0.1 (open-data workshop)"
RETRY_STATUSES = {429, 500, 502, 503, 504}
CHUNK_BYTES = 64 * 1024


def default_cache_dir() -> Path:
    """Return the download cache folder: ``$WORKSHOP_CACHE_DIR``, else ``<workshop>/.workshop/downloads``."""
    configured = os.environ.get(CACHE_VARIABLE, "").strip()
    if configured:
        return Path(configured).expanduser()
    from ..paths import workshop_root

    try:
        return workshop_root() / ".workshop" / "downloads"
    except WorkshopError:
        # Outside a workshop folder (a plain pip install), use the user's cache folder.
        return Path.home() / ".cache" / "workshop-kit" / "downloads"


class PortalClient:
    """A requests Session with the workshop's timeout, retry and cache rules.

    ``timeout`` is in seconds. ``retries`` is the number of extra attempts after the
    first one. ``max_wait`` is the longest wait, in seconds, the client accepts before a
    retry: a portal requesting a longer wait (a daily quota, say) gets a ``finding.rate_limited``
    error at once instead of a frozen notebook.
    """

    def __init__(
        self,
        timeout: float = 15.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_wait: float = 30.0,
        cache_dir: Path | str | None = None,
    ):
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT

    def close(self) -> None:
        self.session.close()

    # -- requests ---------------------------------------------------------------------

    def get(self, url: str, params=None, stream: bool = False) -> requests.Response:
        """GET ``url``, retrying on 429, 5xx and timeouts; raise WorkshopError on failure."""
        attempt = 0
        while True:
            try:
                response = self.session.get(url, params=params, timeout=self.timeout, stream=stream)
            except requests.Timeout as error:
                if attempt >= self.retries:
                    raise WorkshopError("finding.timeout", url=url, seconds=self.timeout) from error
                delay = self.backoff * 2**attempt
                LOGGER.warning("Timed out after %ss on %s; retry %d in %.1fs", self.timeout, url, attempt + 1, delay)
            except requests.ConnectionError as error:
                # NOTE: a refused or unreachable host is not retried: on a lost connection
                # the learner gains more from the offline message than from waiting.
                LOGGER.warning("Cannot connect to %s: %s", url, error)
                raise WorkshopError("finding.offline", host=_host(url)) from error
            else:
                if response.status_code not in RETRY_STATUSES:
                    _raise_for_status(response)
                    return response
                delay = self._retry_delay(response, attempt)
                if attempt >= self.retries or delay > self.max_wait:
                    response.close()
                    if response.status_code == 429:
                        raise WorkshopError("finding.rate_limited", host=_host(url), seconds=round(delay))
                    raise WorkshopError("finding.server_error", url=response.url, status=response.status_code)
                LOGGER.warning(
                    "HTTP %d from %s; retry %d in %.1fs", response.status_code, response.url, attempt + 1, delay
                )
                response.close()
            time.sleep(delay)
            attempt += 1

    def get_json(self, url: str, params=None) -> dict:
        """GET ``url`` and return its JSON object.

        A body that is not JSON, or JSON that is not an object, raises ``finding.bad_response``:
        every portal API used here returns an object.
        """
        response = self.get(url, params=params)
        try:
            body = response.json()
        except ValueError as error:
            raise WorkshopError("finding.bad_response", url=response.url) from error
        if not isinstance(body, dict):
            raise WorkshopError("finding.bad_response", url=response.url)
        return body

    def _retry_delay(self, response: requests.Response, attempt: int) -> float:
        """Return the seconds to wait before retrying: the portal's requested wait, else the backoff."""
        requested = _seconds_from_headers(response.headers)
        if requested is not None:
            return max(requested, 0.0)
        return min(self.backoff * 2**attempt, self.max_wait)

    # -- downloads --------------------------------------------------------------------

    def download(self, url: str, suffix: str = "", refresh: bool = False, progress: bool = True) -> Path:
        """Download ``url`` into the cache and return the file's path.

        A URL already in the cache is not fetched again unless ``refresh`` is true. The file
        is written to a temporary name and renamed, and a lock file makes concurrent calls
        for the same URL wait for the first one instead of fetching it again.
        """
        folder = self.cache_dir or default_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        target = folder / f"{key}{suffix}"

        with file_lock(folder / f"{key}.lock"):
            if target.exists() and not refresh:
                LOGGER.info("Using cached %s for %s", target.name, url)
                return target
            response = self.get(url, stream=True)
            self._write_stream(response, target, url, progress)
            metadata = {
                "url": url,
                "fetched": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "content_type": response.headers.get("Content-Type", ""),
                "bytes": target.stat().st_size,
            }
            write_bytes_atomic(folder / f"{key}.json", json.dumps(metadata, indent=2).encode("utf-8"))
        return target

    def _write_stream(self, response: requests.Response, target: Path, url: str, progress: bool) -> None:
        """Write the response body to ``target`` through a temporary file, with a tqdm progress bar."""
        from tqdm.auto import tqdm

        total = int(response.headers.get("Content-Length") or 0) or None
        handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", delete=False)
        try:
            with handle, tqdm(
                total=total, unit="B", unit_scale=True, desc=_host(url), disable=None if progress else True, leave=False
            ) as bar:
                for chunk in response.iter_content(CHUNK_BYTES):
                    handle.write(chunk)
                    bar.update(len(chunk))
            os.replace(handle.name, target)
        except requests.RequestException as error:
            Path(handle.name).unlink(missing_ok=True)
            raise WorkshopError("finding.download_failed", url=url) from error
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise
        finally:
            response.close()


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _seconds_from_headers(headers) -> float | None:
    """Return the wait, in seconds, that a 429 or 503 response requests in Retry-After or X-RateLimit-Reset."""
    retry_after = headers.get("Retry-After")
    if retry_after:
        retry_after = retry_after.strip()
        if retry_after.isdigit():
            return float(retry_after)
        try:
            moment = parsedate_to_datetime(retry_after)
        except (TypeError, ValueError):
            moment = None
        if moment is not None:
            return (moment - datetime.now(timezone.utc)).total_seconds()

    reset = headers.get("X-RateLimit-Reset")
    if reset:
        try:
            value = float(reset.strip())
        except ValueError:
            return None
        # A Unix time (OpenDataSoft) is far above any delay in seconds a portal would send.
        if value > 1_000_000_000:
            return value - time.time()
        return value
    return None


def _raise_for_status(response: requests.Response) -> None:
    """Raise a WorkshopError for a 4xx response, with the portal's own error text when there is one."""
    status = response.status_code
    if status < 400:
        return
    detail = _error_detail(response)
    if status in (400, 409):
        # CKAN responds with 409 to a search query it cannot parse.
        raise WorkshopError("finding.query_error", url=response.url, detail=detail)
    if status == 404:
        raise WorkshopError("finding.not_found", url=response.url)
    raise WorkshopError("finding.http_error", url=response.url, status=status, detail=detail)


def _error_detail(response: requests.Response) -> str:
    """Return the error text of a portal's JSON error body, or the start of its text body."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:200]
    if isinstance(body, dict):
        for key in ("message", "error", "detail"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message") or value.get("q") or json.dumps(value, ensure_ascii=False)
            if value:
                return str(value)[:200]
    return json.dumps(body, ensure_ascii=False)[:200]

