"""Where the indicator model's training text comes from, as one frame.

The project's own corpus is concerns only and was written by the same hands as the rules, so a
model trained on it alone learns the corpus's wording (issue 13: F1 0.76-0.89 on real wording).
The blind-authored sources look like the field: the phrase bank (its `train` split only; its
`test` split is the held-out set of the model comparison) and the blind batches whose first
contact has been recorded. Later batches are held out for first-contact measurement, so the
set of batches is an explicit setting, never "every folder under corpus/blind".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent

#: Columns of the training frame. `polarity` is "concern" or "strength"; strengths have blank
#: issue, issues, severity and level. `group` keeps near-copies together in cross-validation.
COLUMNS = ("text", "polarity", "issue", "issues", "severity", "level", "source", "group")


@dataclass(frozen=True)
class TrainingSources:
    """Which sources `threshold-analyser train` learns from (the default is everything allowed)."""

    annotations: Path = ROOT / "annotations"
    own_corpus: bool = True
    phrase_bank: bool = True
    #: Phrase-bank splits used for training; "test" is held out for the model comparison.
    phrase_splits: tuple[str, ...] = ("train",)
    blind_root: Path = ROOT / "corpus" / "blind"
    #: Blind batches whose first contact is recorded. Never add a batch before its first contact.
    blind_batches: tuple[str, ...] = ("batch1", "batch3")


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, dtype=str)


def own_corpus(annotations: Path) -> pd.DataFrame:
    """The 16-document corpus: concerns with issue, severity and level; grouped by source."""
    from analyser.evaluate import source_groups

    gold = _read(annotations / "indicators.csv")
    groups = source_groups(gold)
    return pd.DataFrame(
        {
            "text": gold["text"],
            "polarity": "concern",
            "issue": gold["issue"],
            "issues": gold["issues"],
            "severity": gold["severity"],
            "level": gold["level"],
            "source": "own",
            "group": "own:" + gold["doc"].map(groups),
        }
    )


def phrase_bank(annotations: Path, splits: tuple[str, ...] = ("train",)) -> pd.DataFrame:
    """The blind phrase bank rows of the given splits (no level: phrases have no document)."""
    folder = annotations / "phrases"
    phrases = _read(folder / "phrases.csv").merge(_read(folder / "split.csv"), on="id")
    phrases = phrases[phrases["split"].isin(splits)]
    return pd.DataFrame(
        {
            "text": phrases["text"],
            "polarity": phrases["polarity"],
            "issue": phrases["issue"],
            "issues": phrases["issues"],
            "severity": phrases["severity"],
            "level": "",
            "source": "phrases:" + phrases["split"],
            "group": "phrase:" + phrases["id"],
        }
    ).reset_index(drop=True)


def blind_batch(folder: Path) -> pd.DataFrame:
    """One blind batch: its concerns (indicators.csv) and its strengths (strengths.csv)."""
    concerns = _read(folder / "indicators.csv")
    frames = [
        pd.DataFrame(
            {
                "text": concerns["text"],
                "polarity": "concern",
                "issue": concerns["issue"],
                "issues": concerns["issues"],
                "severity": concerns["severity"],
                "level": concerns["level"],
                "source": folder.name,
                "group": folder.name + ":" + concerns["doc"],
            }
        )
    ]
    if (folder / "strengths.csv").exists():
        strengths = _read(folder / "strengths.csv")
        frames.append(
            pd.DataFrame(
                {
                    "text": strengths["text"],
                    "polarity": "strength",
                    "issue": "",
                    "issues": "",
                    "severity": "",
                    "level": "",
                    "source": folder.name,
                    "group": folder.name + ":" + strengths["doc"],
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def load(sources: TrainingSources | None = None) -> pd.DataFrame:
    """Every allowed source as one frame with `COLUMNS` (severity an int, 0 for strengths)."""
    sources = sources or TrainingSources()
    frames = []
    if sources.own_corpus:
        frames.append(own_corpus(sources.annotations))
    if sources.phrase_bank and sources.phrase_splits:
        frames.append(phrase_bank(sources.annotations, sources.phrase_splits))
    for batch in sources.blind_batches:
        frames.append(blind_batch(sources.blind_root / batch))
    if not frames:
        raise ValueError("no training source selected")
    frame = pd.concat(frames, ignore_index=True)
    frame["severity"] = pd.to_numeric(frame["severity"], errors="coerce").fillna(0).astype(int)
    frame["text"] = frame["text"].astype(str).str.strip()
    return frame[frame["text"] != ""].reset_index(drop=True)[list(COLUMNS)]
