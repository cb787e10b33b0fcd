"""The report's pages: one HTML page per executed notebook, its first figure as a cover, and
``index.html`` linking them.

Pages work offline and read the same on every run: no script or stylesheet is loaded from the
network (the template leaves out require.js, MathJax and Mermaid, which the notebooks do not
need; math in Markdown stays as typed), the page title is the notebook's title, wide tables
scroll, consecutive printed outputs of a cell are merged into one (a kernel may send one
``print`` in two messages), and the local folders a run used (the project's, the report's,
the transcript's, the home folder) are cut from what the page shows.
"""

from __future__ import annotations

import base64
import copy
import html
import json
import os
import threading
from pathlib import Path

from .. import paths

#: The page template: JupyterLab's, less what it would fetch from a CDN, plus scrolling tables.
TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
.jp-OutputArea-output { overflow-x: auto; max-width: 100%; }
.jp-OutputArea-output pre { white-space: pre; }
.jp-RenderedHTMLCommon table { margin-left: 0; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { white-space: nowrap; }
.jp-RenderedHTMLCommon td { max-width: 40em; overflow: hidden; text-overflow: ellipsis; }
</style>
{%- endblock extra_css -%}
{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
alt="{{ (output | get_metadata('alt', 'image/png')) or 'a chart' | escape_html }}">
</div>
{%- endblock data_png %}
"""


def write_pages(nb, name: str, out: Path, *, title: str = "", hide: list[str | os.PathLike] = ()) -> tuple[Path, Path | None]:
    """Write ``<out>/<name>.html`` for an executed notebook, and its first figure as
    ``<out>/covers/<name>.png`` when it has one; return both paths (the cover's or None).

    ``title`` is the page's title (default: ``name``); ``hide`` lists more local folders to cut
    from the page (the transcript's), besides the project's, ``out`` and the home folder.
    The notebook given is not changed."""
    page = out / f"{name}.html"
    shown = tidy_notebook(nb, hide=[out, *hide])
    shown.metadata["title"] = title or name
    _write_html(shown, page)
    cover = None
    image = _first_image(nb)
    if image:
        cover = out / "covers" / f"{name}.png"
        cover.parent.mkdir(parents=True, exist_ok=True)
        cover.write_bytes(image)
    return page, cover


def merge_streams(outputs: list) -> list:
    """A cell's outputs with consecutive stream outputs of one stream (stdout, stderr) merged
    into one, as the reader saw them; other outputs unchanged.

    >>> merge_streams([{"output_type": "stream", "name": "stdout", "text": "a"},
    ...                {"output_type": "stream", "name": "stdout", "text": "b\\n"}])
    [{'output_type': 'stream', 'name': 'stdout', 'text': 'ab\\n'}]
    """
    merged: list = []
    for out in outputs:
        last = merged[-1] if merged else None
        if (out.get("output_type") == "stream" and last is not None and last.get("output_type") == "stream"
                and last.get("name") == out.get("name")):
            last["text"] = _text(last["text"]) + _text(out["text"])
        else:
            merged.append(copy.deepcopy(out))
    return merged


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def local_folders(extra=()) -> list[str]:
    """The absolute folder names cut from pages, longest first (so that a folder inside
    another is cut whole): the project's, ``extra`` ones, and the home folder."""
    folders = {str(paths.PROJ_ROOT), str(Path.home())}
    for f in extra:
        folders.add(str(Path(f).resolve()))
        folders.add(str(Path(f)))
    return sorted((f for f in folders if len(f) > 1), key=len, reverse=True)


def hide_folders(text: str, folders: list[str], *, home: str | None = None) -> str:
    """``text`` with each of ``folders`` (and the separator after it) cut out; a folder named
    alone becomes ``.``, the home folder ``~``.

    >>> hide_folders("read /home/ann/x/t.txt, /home/ann/y and /home/ann", ["/home/ann/x", "/home/ann"],
    ...              home="/home/ann")
    'read t.txt, y and ~'
    """
    home = str(Path.home()) if home is None else home
    for folder in folders:
        text = text.replace(folder + "/", "").replace(folder + os.sep, "")
        text = text.replace(folder, "~" if folder == home else ".")
    return text


def tidy_notebook(nb, *, hide=()):
    """A copy of an executed notebook as its page shows it: stream outputs merged
    (:func:`merge_streams`) and local folders cut (:func:`hide_folders`) from sources and
    outputs."""
    shown = copy.deepcopy(nb)
    folders = local_folders(hide)
    for cell in shown.cells:
        cell.source = hide_folders(cell.source, folders)
        if cell.cell_type != "code":
            continue
        cell.outputs = merge_streams(cell.outputs)
        for out in cell.outputs:
            if "text" in out:
                out["text"] = hide_folders(_text(out["text"]), folders)
            for mime, value in out.get("data", {}).items():
                if mime.startswith("text/") or mime == "application/json":
                    out["data"][mime] = hide_folders(_text(value), folders)
            if "traceback" in out:
                out["traceback"] = [hide_folders(line, folders) for line in out["traceback"]]
    return shown


_exporters = threading.local()  # one HTML exporter per thread: its templates compile once


def _write_html(nb, target: Path) -> None:
    exporter = getattr(_exporters, "html", None)
    if exporter is None:
        from jinja2 import DictLoader
        from nbconvert import HTMLExporter  # imported when first used: 0.3 s

        exporter = _exporters.html = HTMLExporter(
            template_name="lab", template_file="presslib.html.j2",
            extra_loaders=[DictLoader({"presslib.html.j2": TEMPLATE})])
    body, _ = exporter.from_notebook_node(nb)
    target.write_text(body, encoding="utf-8")


def _first_image(nb) -> bytes | None:
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" in data:
                return base64.b64decode(data["image/png"])
    return None


def write_index(runs: list, out: Path, *, about: str = "") -> Path:
    """Write ``index.html`` linking each notebook's page (``runs``: the
    :class:`~presslib.report.run.NotebookRun` of each), with its title and first figure, and
    ``runs.json``; return the index's path. ``about`` says what was analysed (one line)."""
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
    failed = [r for r in runs if r.error]
    status = (f'<p class="failed">{len(failed)} of {len(runs)} notebooks failed.</p>' if failed
              else f"<p>All {len(runs)} notebooks ran without error.</p>")
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
{f"<p>{html.escape(about)}</p>" if about else ""}
{status}
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
