"""A batch replay's output, staged and then swapped in, so that an interrupted replay leaves one
complete replay in the output folder: the earlier one, or the new one.

    staged = StagedReplay("out")          # first finishes or clears what an interrupted replay left
    run the replay into staged.folder     # out/.replay-staging-<id>/stories, .../deadletter
    replaced = staged.commit()            # the new files in, the earlier replay's out

The steps, each safe to interrupt:

1. The replay writes under a hidden staging folder inside the output folder (the same filesystem,
   so moving a file is a rename). Killed here, the output folder still holds the earlier replay
   untouched; the next replay deletes the staging folder.
2. ``commit`` writes a ``COMMIT`` marker listing the staged files: from then on the new replay is
   the one that counts.
3. It moves each staged file into place (an atomic replace where the name is the same), then
   deletes the earlier replay's other files, then the staging folder. Killed in here, the folder
   holds the new files next to some earlier ones (never fewer than one complete replay), and the
   next replay, or ``finish_interrupted``, completes the swap from the marker.

Everything goes through Beam's ``FileSystems``, so ``gs://`` output works the same way (a move
there is a copy and a delete, each object replaced whole).
"""

from __future__ import annotations

import json
import uuid

from apache_beam.io.filesystems import FileSystems

from pipeline.sinks.avro import remove_replay_files, replay_files

__all__ = ["StagedReplay", "finish_interrupted"]

STAGING_PREFIX = ".replay-staging-"
MARKER = "COMMIT"
_FOLDERS = ("stories", "deadletter")


class StagedReplay:
    """One replay's staging folder under ``output``; see the module docstring."""

    def __init__(self, output: str) -> None:
        self.output = output.rstrip("/")
        finish_interrupted(self.output)
        self.folder = FileSystems.join(self.output, f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}")

    def commit(self) -> int:
        """Swap the staged replay in; how many files of an earlier replay it replaced or removed."""
        staged = sorted(path for path in replay_files(self.folder))
        marker = FileSystems.join(self.folder, MARKER)
        with FileSystems.create(marker) as handle:
            handle.write(json.dumps({"files": [_relative(self.folder, p) for p in staged]}).encode("utf-8"))
        return _complete(self.output, self.folder)

    def abort(self) -> None:
        """Drop the staged files (the replay failed): the earlier replay stays as it was."""
        _delete_tree(self.folder)


def finish_interrupted(output: str) -> None:
    """Complete the swap of a replay interrupted after its ``COMMIT`` marker; delete the staging
    folders of replays interrupted before it."""
    output = output.rstrip("/")
    folders = _staging_folders(output)
    committed = {
        _staging_folder(output, m.path) for m in _match(FileSystems.join(output, f"{STAGING_PREFIX}*", MARKER))
    }
    for folder in sorted(folders):
        if folder in committed:
            _complete(output, folder)
        else:
            _delete_tree(folder)


def _complete(output: str, folder: str) -> int:
    with FileSystems.open(FileSystems.join(folder, MARKER)) as handle:
        new = json.loads(handle.read().decode("utf-8"))["files"]
    earlier = {_relative(output, p) for p in replay_files(output)}
    moving = [(FileSystems.join(folder, r), FileSystems.join(output, r)) for r in new]
    moving = [(src, dst) for src, dst in moving if FileSystems.exists(src)]  # some may be in place already
    for parent in sorted({dst.rsplit("/", 1)[0] for _, dst in moving}):
        if not FileSystems.exists(parent):
            FileSystems.mkdirs(parent)  # a first replay into this folder (a no-op on object stores)
    if moving:
        FileSystems.rename([src for src, _ in moving], [dst for _, dst in moving])
    replaced = len(earlier & set(new))
    removed = remove_replay_files(output, keep={FileSystems.join(output, r) for r in new})
    _delete_tree(folder)
    return replaced + removed


def _staging_folders(output: str) -> set[str]:
    if "://" not in output:  # a local folder killed early may hold no file yet: list the folder
        import os

        names = os.listdir(output) if os.path.isdir(output) else []
        return {FileSystems.join(output, name) for name in names if name.startswith(STAGING_PREFIX)}
    # On an object store a folder is only the prefix of its files.
    return {_staging_folder(output, m.path) for m in _match(FileSystems.join(output, f"{STAGING_PREFIX}*", "**"))}


def _relative(root: str, path: str) -> str:
    return path[len(root.rstrip("/")) + 1 :]


def _staging_folder(output: str, path: str) -> str:
    name = _relative(output, path).split("/", 1)[0]
    return FileSystems.join(output, name)


def _match(pattern: str) -> list:
    try:
        return FileSystems.match([pattern])[0].metadata_list
    except Exception:  # noqa: BLE001  nothing there (BeamIOError on some filesystems)
        return []


def _delete_tree(folder: str) -> None:
    paths = [m.path for m in _match(FileSystems.join(folder, "**"))]
    if paths:
        FileSystems.delete(paths)
    if "://" not in folder:  # local folders outlive their files
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
