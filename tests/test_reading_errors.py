"""open_dataset's errors, URLs served by a local HTTP server, and the report's display."""

from __future__ import annotations

import functools
import http.server
import socket
import threading

import pytest

import workshop_kit as wk
from fixtures_reading import PLACES, places_text, write_bytes, write_text


@pytest.fixture(autouse=True)
def in_english(english):
    """Run every test of this module with English messages."""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    """A real HTTP server on 127.0.0.1 serving a folder of files; stopped after the module."""
    folder = tmp_path_factory.mktemp("portal")
    write_text(folder, "lieux.csv", places_text(), "cp1252")
    write_text(folder, "page.html", "<!DOCTYPE html><html><body>Jeu de données</body></html>")
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_url_csv(portal):
    frame = wk.open_dataset(f"{portal}/lieux.csv")
    assert frame.loc[2, "nom"] == PLACES[2][0], "CSV served over HTTP misread"
    assert frame.attrs["workshop_report"].source == f"{portal}/lieux.csv", "report source should be the URL"


def test_url_not_found(portal):
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(f"{portal}/absent.csv")
    assert "404" in str(error.value), f"message: {error.value}"


def test_url_html_page(portal):
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(f"{portal}/page.html")
    assert error.value.key == "reading.html_file", f"raised {error.value.key}"


def test_url_offline():
    url = f"http://127.0.0.1:{closed_port()}/lieux.csv"
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(url)
    assert error.value.key == "reading.url_offline", f"raised {error.value.key}"
    assert url in str(error.value), "the message should name the URL"


def test_url_timeout(monkeypatch):
    """A server that accepts the connection but never responds must time out with a clear message."""
    from workshop_kit.reading import sources

    monkeypatch.setattr(sources, "URL_TIMEOUT_SECONDS", 0.5)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/lieux.csv"
        with pytest.raises(wk.WorkshopError) as error:
            wk.open_dataset(url)
    assert error.value.key == "reading.url_timeout", f"raised {error.value.key}"
    assert "0.5 seconds" in str(error.value), f"message: {error.value}"


def test_file_not_found(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(tmp_path / "absent.csv")
    assert "absent.csv" in str(error.value), "the message should name the file"


def test_file_not_found_in_french(tmp_path):
    wk.set_language("fr")
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(tmp_path / "absent.csv")
    assert "Fichier introuvable" in str(error.value), f"message not in French: {error.value}"


def test_empty_file(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(write_bytes(tmp_path, "vide.csv", b"\r\n  \r\n"))
    assert error.value.key == "reading.empty_file", f"raised {error.value.key}"


@pytest.mark.parametrize("data", [b"%PDF-1.4\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n\x00\x00", b"\x00\x01\x02binary\x00"])
def test_binary_file(tmp_path, data):
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(write_bytes(tmp_path, "donnees.csv", data))
    assert error.value.key == "reading.binary_file", f"raised {error.value.key}"
    assert "donnees.csv" in str(error.value), "the message should name the file"


def test_html_file(tmp_path):
    path = write_text(tmp_path, "export.csv", "\n<html><head><title>Portail</title></head></html>")
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(path)
    assert "web page" in str(error.value), f"message: {error.value}"


def test_invalid_json(tmp_path):
    with pytest.raises(wk.WorkshopError) as error:
        wk.open_dataset(write_text(tmp_path, "lieux.json", '[{"nom": "A",'))
    assert error.value.key == "reading.invalid_json", f"raised {error.value.key}"


def test_report_follows_language(tmp_path):
    frame = wk.open_dataset(write_text(tmp_path, "lieux.csv", places_text(), "cp1252"))
    report = frame.attrs["workshop_report"]
    english_text = str(report)
    wk.set_language("fr")
    french_text = str(report)
    assert "column delimiter" in english_text, english_text
    assert "séparateur de colonnes" in french_text, french_text


def test_report_html(tmp_path):
    frame = wk.open_dataset(write_text(tmp_path, "lieux.csv", places_text(), "cp1252"))
    html = frame.attrs["workshop_report"]._repr_html_()
    assert "Windows-1252" in html, "encoding missing from the HTML report"
    assert "<ul" in html, "HTML report has no list"


def test_show_report_prints(tmp_path, capsys):
    wk.open_dataset(write_text(tmp_path, "lieux.csv", places_text(), "cp1252"), show_report=True)
    assert "What open_dataset found in lieux.csv" in capsys.readouterr().out, "show_report=True printed nothing"


def test_report_hidden_by_default_outside_notebooks(tmp_path, capsys):
    wk.open_dataset(write_text(tmp_path, "lieux.csv", places_text(), "cp1252"))
    assert capsys.readouterr().out == "", "the report should not print outside IPython by default"
