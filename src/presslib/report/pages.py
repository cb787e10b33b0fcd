"""The report's pages: one HTML page per executed notebook, its first figure as a cover, and
``index.html`` linking them."""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path


def write_pages(nb, name: str, out: Path) -> tuple[Path, Path | None]:
    """Write ``<out>/<name>.html`` for an executed notebook, and its first figure as
    ``<out>/covers/<name>.png`` when it has one; return both paths (the cover's or None)."""
    page = out / f"{name}.html"
    _write_html(nb, page)
    cover = None
    image = _first_image(nb)
    if image:
        cover = out / "covers" / f"{name}.png"
        cover.parent.mkdir(parents=True, exist_ok=True)
        cover.write_bytes(image)
    return page, cover


def _write_html(nb, target: Path) -> None:
    from nbconvert import HTMLExporter  # imported when first used: it takes 1.3 s

    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    target.write_text(body, encoding="utf-8")


def _first_image(nb) -> bytes | None:
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" in data:
                return base64.b64decode(data["image/png"])
    return None


def write_index(runs: list, out: Path) -> Path:
    """Write ``index.html`` linking each notebook's page (``runs``: the
    :class:`~presslib.report.run.NotebookRun` of each), with its title and first figure, and
    ``runs.json``; return the index's path."""
    items = []
    for r in runs:
        cover = (
            f'<img src="{html.escape(r.cover.relative_to(out).as_posix())}" alt="first figure of {html.escape(r.name)}">'
            if r.cover else "<p><em>no figure</em></p>"
        )
        state = f'<p class="failed">failed: {html.escape(r.error)}</p>' if r.error else ""
        items.append(
            f'<li><a href="{html.escape(r.html.name)}"><h2>{html.escape(r.title)}</h2>'
            f"<p>{html.escape(r.name)}</p>{cover}</a>{state}</li>"
        )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>presslib report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #222; }}
ul {{ list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1.5rem; }}
li {{ border: 1px solid #ddd; border-radius: 6px; padding: 1rem; }}
a {{ color: inherit; text-decoration: none; }} h2 {{ font-size: 1.1rem; margin: 0 0 .3rem; }}
img {{ max-width: 100%; }} .failed {{ color: #b00; }}
</style></head>
<body><h1>presslib report</h1>
<p>Each notebook executed from a fresh kernel. Figures are in <code>figures/</code>, tables in <code>tables/</code>.</p>
<ul>
{chr(10).join(items)}
</ul></body></html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    (out / "runs.json").write_text(
        json.dumps([{"name": r.name, "title": r.title, "error": r.error} for r in runs], indent=1) + "\n",
        encoding="utf-8",
    )
    return index
