#!/usr/bin/env python3
"""Write a larger, deterministic sitegen project for benchmarks.

Usage: bench/gen-course.py OUT_DIR [--tracks N] [--lessons M]

OUT_DIR receives content/ (site.yaml, index.md, track-01/ ... with an index.md and M lessons each)
and a copy of the repository's templates/. Every lesson defines one chain and shows all five views
({forward}, {factors}, {gradients}, {descent}, {graph}), cites computed numbers in prose and links
to the previous lesson's anchor, so the build exercises the engine, the views, Markdown, Mustache and
the link checker. No randomness and no clock: the same arguments always write the same bytes.
"""

import argparse
import shutil
from pathlib import Path

ACTIVATIONS = ["none", "sigmoid", "tanh", "none", "relu"]
# Targets the outputs cannot reach in a few small steps, so costs stay in fixed notation (see docs/benchmarks.md:
# a number shown as ×10⁻⁵ in an SVG makes `sitegen check` fail on a fresh build, a bug reported separately).
TARGETS = {"sigmoid": "0.05", "tanh": "-0.5", "relu": "0"}


def number(x: float) -> str:
    """A short decimal for YAML (no float noise like 0.30000000000000004)."""
    return f"{x:.3f}".rstrip("0").rstrip(".")


def chain_block(chain_id: str, k: int) -> tuple[str, str]:
    """The {chain} body for lesson k and the parameter its factor table follows."""
    activation = ACTIVATIONS[k % len(ACTIVATIONS)]
    steps = 1 + k % 6
    if k % 4 == 3:
        # Two inputs, a hidden layer of two neurons, one output: the factor table has two paths.
        body = "\n".join([
            f"input: [1, {number(0.5 + (k % 3) * 0.25)}]",
            "layers:",
            f"  - w: [[{number(0.4 + (k % 5) * 0.1)}, -0.3], [0.2, {number(0.6 - (k % 4) * 0.1)}]]",
            "    b: [0.1, -0.1]",
            f"    activation: {activation}",
            f"  - w: [{number(0.7 + (k % 3) * 0.1)}, -0.5]",
            "    b: 0.05",
            "target: 2",
            "learning_rate: 0.01",
            f"steps: {steps}",
        ])
        return body, "w1[1,1]"
    depth = 1 + k % 5
    weights = [number(0.5 + ((k + 3 * layer) % 7) * 0.15) for layer in range(depth)]
    lines = [
        f"input: {number(1 + (k % 3) * 0.5)}",
        f"weights: [{', '.join(weights)}]",
    ]
    if k % 2 == 0:
        lines.append(f"biases: [{', '.join(number(0.1 * ((k + l) % 3)) for l in range(depth))}]")
    if activation != "none":
        lines.append(f"activation: {activation}")
    lines += [
        f"target: {TARGETS[activation] if activation != 'none' else number(4 + (k % 4) * 0.5)}",
        f"learning_rate: {0.01 if activation != 'none' else 0.002}",
        f"steps: {steps}",
        "meanings:",
        f'  dC/da{depth}: "How much the cost wants output `a{depth}` to move."',
    ]
    return "\n".join(lines), "w1"


def lesson(track: int, n: int, lessons: int, k: int) -> str:
    chain_id = f"c{k}"
    body, parameter = chain_block(chain_id, k)
    steps = 1 + k % 6
    previous = ""
    if n > 1:
        previous = (f"It continues [the previous lesson](lesson-{n - 1:02d}.md#the-factors-of-one-slope), "
                    "with a different chain.\n")
    elif track > 1:
        previous = ("It follows the [last lesson of the previous track]"
                    f"(../track-{track - 1:02d}/lesson-{lessons:02d}.md#all-slopes).\n")
    return f"""---
title: "Track {track}, lesson {n}: chain {chain_id}"
description: Generated benchmark lesson {n} of track {track}; one chain, every view.
order: {n}
---

This lesson works one chain through from the input to a step of gradient descent.
{previous}
## The chain

```{{chain}} {chain_id}
{body}
```

## Forward pass

```{{forward}} {chain_id}
```

The cost is `={chain_id}:C`, so the output misses the target `={chain_id}:y`.

## The factors of one slope

```{{factors}} {chain_id} dC/d{parameter}
```

Their product, `={chain_id}:dC/d{parameter}`, is the slope of the cost with respect to this weight.

## All slopes

```{{gradients}} {chain_id}
```

## Descent

With a learning rate of `={chain_id}:learning_rate`, the weight moves from `={chain_id}:{parameter}` to
`={chain_id}:{parameter}_new`. After the last step the cost is `={chain_id}:C@{steps}`.

```{{descent}} {chain_id}
```

## The graph

```{{graph}} {chain_id}
```

- Values flow forward along the nodes.
- Local rates sit on the edges; multiplying them backward from the cost gives every slope.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--tracks", type=int, default=10)
    parser.add_argument("--lessons", type=int, default=20)
    args = parser.parse_args()

    repo = Path(__file__).resolve().parent.parent
    out: Path = args.out
    if (out / "content").exists() or (out / "templates").exists():
        raise SystemExit(f"error: {out} already holds content/ or templates/; use an empty folder")
    content = out / "content"
    content.mkdir(parents=True)
    shutil.copytree(repo / "templates", out / "templates")

    (content / "site.yaml").write_text(
        'title: "Benchmark course"\nbase_url: "https://example.org/bench/"\nlanguage: en\nprecision: 4\n')
    track_links = "\n".join(f"- [Track {t}](track-{t:02d}/index.md)" for t in range(1, args.tracks + 1))
    (content / "index.md").write_text(
        "---\ntitle: Benchmark course\ndescription: A generated course for timing sitegen.\n---\n\n"
        f"{args.tracks} tracks of {args.lessons} lessons, each with one chain and all five views.\n\n"
        f"{track_links}\n")

    k = 0
    for track in range(1, args.tracks + 1):
        folder = content / f"track-{track:02d}"
        folder.mkdir()
        (folder / "index.md").write_text(
            f"---\ntitle: Track {track}\ndescription: Generated track {track}.\norder: {track}\n---\n\n"
            "Start with [the first lesson](lesson-01.md).\n")
        for n in range(1, args.lessons + 1):
            (folder / f"lesson-{n:02d}.md").write_text(lesson(track, n, args.lessons, k))
            k += 1
    print(f"wrote {args.tracks} tracks x {args.lessons} lessons ({k} chains) into {out}")


if __name__ == "__main__":
    main()
