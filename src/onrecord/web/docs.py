"""The API docs pages (/docs Swagger UI, /redoc) served with local assets, so they work offline.

The Swagger UI and ReDoc files come from the ``fastapi-offline`` package; the pages are FastAPI's own
(``get_swagger_ui_html`` / ``get_redoc_html`` with local asset URLs, FastAPI's self-hosting recipe).
"""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS_URL = "/docs-assets"
ASSET_FILES = ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js", "favicon.png")


def assets_dir() -> str:
    """The folder of the Swagger UI / ReDoc files shipped by ``fastapi-offline``."""
    folder = resources.files("fastapi_offline").joinpath("static")
    missing = [f for f in ASSET_FILES if not folder.joinpath(f).is_file()]
    if missing:
        raise RuntimeError(f"fastapi-offline ships no {', '.join(missing)} in {folder}")
    return str(folder)


def add_offline_docs(app: FastAPI, docs_url: str = "/docs", redoc_url: str = "/redoc") -> None:
    """Serve the docs pages and their assets from this server (create ``app`` with
    ``docs_url=None, redoc_url=None`` so FastAPI's CDN-based pages are not registered)."""
    app.mount(ASSETS_URL, StaticFiles(directory=assets_dir()), name="docs-assets")
    oauth2_url = app.swagger_ui_oauth2_redirect_url

    def url(request: Request, path: str) -> str:
        return f"{request.scope.get('root_path', '')}{path}"

    @app.get(docs_url, include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=url(request, str(app.openapi_url)),
            title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=url(request, oauth2_url) if oauth2_url else None,
            swagger_js_url=url(request, f"{ASSETS_URL}/swagger-ui-bundle.js"),
            swagger_css_url=url(request, f"{ASSETS_URL}/swagger-ui.css"),
            swagger_favicon_url=url(request, f"{ASSETS_URL}/favicon.png"),
            swagger_ui_parameters=app.swagger_ui_parameters,
        )

    if oauth2_url:
        @app.get(oauth2_url, include_in_schema=False)
        async def swagger_ui_redirect() -> HTMLResponse:
            return get_swagger_ui_oauth2_redirect_html()

    @app.get(redoc_url, include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        return get_redoc_html(
            openapi_url=url(request, str(app.openapi_url)),
            title=f"{app.title} - ReDoc",
            redoc_js_url=url(request, f"{ASSETS_URL}/redoc.standalone.js"),
            redoc_favicon_url=url(request, f"{ASSETS_URL}/favicon.png"),
            with_google_fonts=False,
        )
