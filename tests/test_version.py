"""The pipeline version follows the code and the model: any edited line is a new cache key."""

from __future__ import annotations

import shutil

from analyser import extract, version


def _copy_package(tmp_path):
    target = tmp_path / "analyser"
    shutil.copytree(version.PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_changing_a_line_of_extraction_code_changes_the_cache_key(tmp_path):
    package = _copy_package(tmp_path)
    before = version.pipeline_version(package)
    assert version.source_hash(package) == version.source_hash(version.PACKAGE)  # the copy is the same code
    source = package / "extract.py"
    lines = source.read_text().splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.lstrip().startswith("return "))
    lines[number] = lines[number].replace("return ", "return  ", 1)  # one line of code edited
    source.write_text("".join(lines))
    after = version.pipeline_version(package)
    assert after != before
    assert after.startswith(f"{version.__version__}+")


def test_a_new_module_and_a_retrained_model_change_it(tmp_path):
    package = _copy_package(tmp_path)
    before = version.pipeline_version(package)
    (package / "new_stage.py").write_text('"""A new stage."""\n')
    with_module = version.pipeline_version(package)
    assert with_module != before
    models = package / "models"
    models.mkdir(exist_ok=True)
    (models / "indicator-model-v99.pkl").write_bytes(b"retrained")
    assert version.pipeline_version(package) != with_module


def test_the_running_version_is_the_cache_key_and_fits_the_store():
    assert extract.PIPELINE_VERSION == version.pipeline_version()
    assert len(extract.PIPELINE_VERSION) <= 40
