"""Runs the native CLI once over many texts (`newsfacts --jsonl`), for the scorers.

run_jsonl(cli, [(id, text, date or None)], offsets) -> {id: result document}; a text the
CLI answered with an error gets {} and a warning on stderr; a CLI that cannot run ends
the scorer with the CLI's own message.
"""
import json
import subprocess
import sys


def run_jsonl(cli, items, offsets="codepoint"):
    lines = []
    for key, text, date in items:
        row = {"id": str(key), "text": text}
        if date:
            row["date"] = date[:10]
        lines.append(json.dumps(row, ensure_ascii=False))
    payload = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    try:
        out = subprocess.run([str(cli), "--jsonl", "--offsets", offsets], input=payload,
                             capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        detail = getattr(e, "stderr", b"") or b""
        sys.exit(f"running {cli} failed: {e}\n{detail.decode('utf-8', 'replace')}")
    found = {}
    for line in out.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "error" in row:
            print(f"warning: {row['id']}: {row['error']}", file=sys.stderr)
        found[row["id"]] = row.get("result") or {}
    return {str(key): found.get(str(key), {}) for key, _, _ in items}
