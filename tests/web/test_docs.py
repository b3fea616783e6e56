"""The /docs (Swagger UI) and /redoc pages load only assets served by the app itself (offline)."""

from __future__ import annotations

import re

import pytest

URL = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url\s*:\s*["']([^"']+)["']""")


def _urls(html: str) -> list[str]:
    return [a or b for a, b in URL.findall(html)]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_use_local_assets(client, page: str) -> None:
    resp = client.get(page)
    assert resp.status_code == 200
    urls = _urls(resp.text)
    assert any(u.endswith(".js") for u in urls), urls
    assert "http://" not in resp.text and "https://" not in resp.text
    for u in urls:
        assert u.startswith("/") and not u.startswith("//"), u
        got = client.get(u)
        assert got.status_code == 200, u
        assert got.content, u


def test_swagger_assets_and_oauth_redirect(client) -> None:
    html = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in html and "/docs-assets/swagger-ui.css" in html
    js = client.get("/docs-assets/swagger-ui-bundle.js")
    assert js.status_code == 200 and "SwaggerUIBundle" in js.text
    assert "javascript" in js.headers["content-type"]
    assert client.get("/docs/oauth2-redirect").status_code == 200
