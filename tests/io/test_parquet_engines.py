"""The README's worked example: a corpus streamed to Parquet by ``presslib parse``, then read
by DuckDB, Polars or Dask without loading it into pandas. Each runs where its library is
installed and is skipped otherwise (none is a dependency of presslib)."""

import shutil

from pathlib import Path
import pytest

import presslib
from presslib.cli import main
from presslib.paths import DEFAULT_TRANSCRIPT as NATO

DATA = Path(__file__).parents[1] / "data" / "conventions"


@pytest.fixture(scope="module")
def streamed(tmp_path_factory):
    """A small corpus (the NATO transcript and the convention samples) as Parquet, and the
    words per role that pandas counts from load_corpus."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(NATO, folder / "nato.txt")
    for f in sorted(DATA.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    out = folder.parent / "turns.parquet"
    assert main(["parse", str(folder), "-o", str(out)]) == 0
    turns, _ = presslib.load_corpus(folder)
    want = turns.groupby("role")["n_words"].agg(["size", "sum"]).sort_index()
    return out, [(role, int(n), int(w)) for role, (n, w) in want.iterrows()]


def test_duckdb(streamed):
    duckdb = pytest.importorskip("duckdb")
    out, want = streamed
    got = duckdb.sql(f"SELECT role, count(*) AS turns, sum(n_words) AS words "
                     f"FROM read_parquet('{out}') GROUP BY role ORDER BY role").fetchall()
    assert [(r, int(n), int(w)) for r, n, w in got] == want


def test_polars(streamed):
    pl = pytest.importorskip("polars")
    out, want = streamed
    got = (pl.scan_parquet(out).group_by("role")
           .agg(pl.len().alias("turns"), pl.col("n_words").sum().alias("words")).sort("role").collect())
    assert [(r, int(n), int(w)) for r, n, w in got.iter_rows()] == want


def test_dask(streamed):
    dd = pytest.importorskip("dask.dataframe")
    out, want = streamed
    got = dd.read_parquet(str(out)).groupby("role")["n_words"].agg(["size", "sum"]).compute().sort_index()
    assert [(r, int(n), int(w)) for r, (n, w) in got.iterrows()] == want


def test_pandas_reads_it_in_row_groups(streamed):
    import pyarrow.parquet as pq

    out, want = streamed
    counts: dict[str, list[int]] = {}
    for batch in pq.ParquetFile(out).iter_batches(columns=["role", "n_words"]):
        for role, words in zip(batch.column("role").to_pylist(), batch.column("n_words").to_pylist()):
            n, w = counts.get(role, [0, 0])
            counts[role] = [n + 1, w + words]
    assert sorted((r, n, w) for r, (n, w) in counts.items()) == want
