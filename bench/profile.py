"""Summaries of py-spy's raw (collapsed-stack) profiles of a worker's processes.

py-spy writes one line per distinct stack, root first: `frame;frame;...;leaf COUNT`, each
frame `function (file:line)`. Idle threads are not sampled, so samples / (seconds x rate) is
the average number of busy threads. A sample is put in one category, chosen by the deepest
service frame on its stack (and, inside `nlp.pipe`, by the spaCy component running).

    python -m bench.profile bench/out/profile/child.txt --seconds 20
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")

# spaCy components, recognised by a frame of theirs anywhere on the stack under nlp.pipe
_COMPONENTS = (
    ("Tok2Vec", "spaCy tok2vec (CNN)"),
    ("Tagger.", "spaCy tagger"),
    ("AttributeRuler", "spaCy attribute_ruler"),
    ("Lemmatizer", "spaCy lemmatizer"),
    ("tb_framework", "spaCy parser/ner (model forward)"),
    ("_precomputable_affine", "spaCy parser/ner (model forward)"),
    ("make_doc", "spaCy tokenizer"),
    ("Tokenizer", "spaCy tokenizer"),
)


def parse_frame(frame: str) -> tuple[str, str]:
    """(function, file) of one frame, without the line number."""
    match = _FRAME.match(frame.strip())
    if not match:
        return frame.strip(), ""
    return match.group("func"), match.group("file")


def read_stacks(path: Path) -> list[tuple[list[tuple[str, str]], int]]:
    stacks = []
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames = [parse_frame(f) for f in stack.split(";") if f.strip()]
        stacks.append((frames, int(count)))
    return stacks


def _service_frame(frames: list[tuple[str, str]]) -> tuple[str, str] | None:
    for func, file in reversed(frames):
        if file.startswith("service/") or "/service/" in file:
            return func, file.rsplit("service/", 1)[-1]
    return None


def category(frames: list[tuple[str, str]]) -> str:
    """Which part of the work one sample belongs to."""
    files = " ".join(file for _, file in frames)
    funcs = " ".join(func for func, _ in frames)
    deepest = _service_frame(frames)
    if deepest is not None:
        func, file = deepest
        func = func.split(".<locals>")[0]
        if file.startswith("extract/"):
            return f"extract: {file.removeprefix('extract/').removesuffix('.py')}"
        if file == "ingest.py":
            return "ingest: language detection" if "py3langid" in files else "ingest: parse"
        if file == "pipeline.py" and func == "Pipeline._enrich":
            for marker, name in _COMPONENTS:
                if marker in funcs or marker in files:
                    return name
            return "spaCy other (parser/ner transition loop, Cython)"
        if file == "pipeline.py" and func in ("article_messages", "item_events"):
            return "serialize events (pydantic model_dump_json)"
        if file == "pipeline.py" and func == "Pipeline._build":
            return "build EnrichedArticle (pydantic validation)"
        if file == "isolation.py":
            return "service: isolation (batch hand-over, Result objects)"
        return f"service: {file.removesuffix('.py')}.{func}"
    if "pebble" in files or "multiprocessing" in files:
        if "pickle" in funcs or "loads" in funcs or "dumps" in funcs or "recv" in funcs:
            return "pebble/multiprocessing: (un)pickling and pipe I/O"
        return "pebble/multiprocessing: pool threads"
    if "aiokafka" in files:
        return "aiokafka"
    if "faust/" in files or "mode/" in files:
        return "faust"
    if "prometheus_client" in files:
        return "prometheus_client"
    if "asyncio" in files:
        return "asyncio event loop"
    return "other"


def summarise(path: Path, *, seconds: float, role: str, rate: int = 100) -> dict[str, Any]:
    stacks = read_stacks(path)
    total = sum(count for _, count in stacks)
    leaf: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    for frames, count in stacks:
        if frames:
            func, file = frames[-1]
            leaf[f"{func} ({file})"] += count
        for name in {f"{func} ({file})" for func, file in frames}:
            inclusive[name] += count
        categories[category(frames)] += count

    def share(counter: Counter[str], top: int) -> list[tuple[str, float]]:
        return [(name, round(100 * n / total, 1)) for name, n in counter.most_common(top)]

    interesting = Counter(
        {
            name: n
            for name, n in inclusive.items()
            if "service/" in name or any(k in name for k in ("Language.pipe", "pebble"))
        }
    )
    return {
        "role": role,
        "samples": total,
        "busy_threads": round(total / max(seconds * rate, 1), 2),
        "categories": share(categories, 20),
        "self": share(leaf, 15),
        "inclusive_service": share(interesting, 15),
    }


def markdown(summary: dict[str, Any]) -> str:
    lines = [
        "## Profile (py-spy) of one worker during an end-to-end pass",
        "",
        f"py-spy `record --nonblocking --rate {summary.get('rate', 100)}` on the worker's "
        f"main process and its enrichment child while one corpus pass went through "
        f"({summary.get('seconds', 0):.1f} s). Percentages are of that process's samples; "
        "'busy threads' is samples / (seconds x rate).",
    ]
    for role in ("child", "main"):
        part = summary.get(role)
        if not part:
            continue
        lines += [
            "",
            f"### {role} process: {part['samples']} samples, {part['busy_threads']} busy threads",
            "",
            "| category | % |",
            "|---|---:|",
            *[f"| {name} | {pct} |" for name, pct in part["categories"]],
            "",
            "Top functions by own time:",
            "",
            "| function | % |",
            "|---|---:|",
            *[f"| `{name}` | {pct} |" for name, pct in part["self"][:12]],
        ]
        if part["inclusive_service"]:
            lines += [
                "",
                "Service functions, inclusive:",
                "",
                "| function | % |",
                "|---|---:|",
                *[f"| `{name}` | {pct} |" for name, pct in part["inclusive_service"][:12]],
            ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Summarise a py-spy raw profile.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--seconds", type=float, required=True, help="how long it recorded")
    parser.add_argument("--rate", type=int, default=100)
    parser.add_argument("--role", default="child")
    args = parser.parse_args(argv)
    part = summarise(args.path, seconds=args.seconds, role=args.role, rate=args.rate)
    print(markdown({args.role: part, "rate": args.rate, "seconds": args.seconds}))


if __name__ == "__main__":
    main()
