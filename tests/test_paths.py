"""Where presslib finds its reference data: the repository's data/ when present, else the
defaults packaged inside presslib; every reader says which file it read."""

import pytest

from presslib import paths
from presslib.answers.non_answers import read_non_answers
from presslib.discourse.markers import read_markers
from presslib.outlets import read_registry
from presslib.topics.lexicon import read_lexicon


@pytest.fixture
def data_dir(monkeypatch, tmp_path):
    """A repository data/ folder of our own, and data_file's choices forgotten before and after."""
    monkeypatch.setattr(paths, "DATA_DIR", tmp_path)
    paths.data_file.cache_clear()
    yield tmp_path
    paths.data_file.cache_clear()


@pytest.mark.parametrize("name", paths.DATA_FILES)
def test_the_repository_copy_is_read_when_present(data_dir, name):
    (data_dir / name).write_text("edited", encoding="utf-8")
    assert paths.data_file(name) == data_dir / name


@pytest.mark.parametrize("name", paths.DATA_FILES)
def test_the_packaged_default_is_read_without_a_repository_copy(data_dir, name):
    found = paths.data_file(name)
    assert found == paths.packaged_file(name) and found.is_file()
    assert found.parent.name == "data" and found.parent.parent.name == "presslib"


@pytest.mark.parametrize("name", paths.DATA_FILES)
def test_packaged_defaults_are_the_repository_files(name):
    # The package ships what the repository's data/ holds; after editing data/, copy the file
    # to src/presslib/data/ for installed copies of presslib to read it too.
    repository = paths.DATA_DIR / name
    assert repository.read_bytes() == paths.packaged_file(name).read_bytes(), (
        f"{repository} differs from {paths.packaged_file(name)}")


def test_unknown_names_are_refused():
    with pytest.raises(ValueError, match="not reference data"):
        paths.data_file("raw/x.txt")


def test_readers_name_the_file_they_read(data_dir):
    packaged = {name: str(paths.packaged_file(name)) for name in paths.DATA_FILES}
    assert read_registry().attrs["source"] == packaged["outlets.csv"]
    assert read_lexicon().source == packaged["topics.toml"]
    assert read_markers().attrs["source"] == packaged["markers.csv"]
    assert read_non_answers().attrs["source"] == packaged["non_answers.csv"]
    (data_dir / "outlets.csv").write_bytes(paths.packaged_file("outlets.csv").read_bytes())
    paths.data_file.cache_clear()  # the choice is made once per process
    assert read_registry().attrs["source"] == str(data_dir / "outlets.csv")
