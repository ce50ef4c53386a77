#!/usr/bin/env python3
"""Writes benchmark wheels with the standard library only, the way wheel/hatchling lay them out.

    generate-wheels.py small OUTDIR COUNT     COUNT small pure-Python wheels (Markdown README)
    generate-wheels.py big OUTDIR MIB         one wheel with a MIB MiB incompressible data file (deflated)
    generate-wheels.py big-stored OUTDIR MIB  the same, the data file stored (uncompressed)
"""
import base64
import hashlib
import os
import sys
import zipfile


def b64(digest: bytes) -> str:
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def metadata(name: str, version: str) -> str:
    return (
        "Metadata-Version: 2.1\n"
        f"Name: {name}\n"
        f"Version: {version}\n"
        "Summary: A benchmark package\n"
        "License: MIT\n"
        "Classifier: Programming Language :: Python :: 3\n"
        "Requires-Python: >=3.9\n"
        "Description-Content-Type: text/markdown\n\n"
        f"# {name}\n\nA package generated for benchmarks.\n"
    )


def write_wheel(outdir: str, name: str, version: str, files: dict, big: int = 0, stored: bool = False) -> str:
    dist = name.replace("-", "_")
    distinfo = f"{dist}-{version}.dist-info"
    path = os.path.join(outdir, f"{dist}-{version}-py3-none-any.whl")
    record = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        members = dict(files)
        members[f"{distinfo}/METADATA"] = metadata(name, version).encode()
        members[f"{distinfo}/WHEEL"] = (
            "Wheel-Version: 1.0\nGenerator: otai-bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        ).encode()
        for member, data in members.items():
            zf.writestr(member, data)
            record.append(f"{member},sha256={b64(hashlib.sha256(data).digest())},{len(data)}")
        if big:
            member = f"{dist}/data.bin"
            sha = hashlib.sha256()
            chunk = 8 * 1024 * 1024
            written = 0
            # Level 1: random data does not compress anyway; it keeps generating 1 GiB quick.
            zf.compression = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zf.compresslevel = 1
            with zf.open(member, "w", force_zip64=True) as out:
                while written < big:
                    data = os.urandom(min(chunk, big - written))
                    sha.update(data)
                    out.write(data)
                    written += len(data)
            record.append(f"{member},sha256={b64(sha.digest())},{written}")
        zf.compression = zipfile.ZIP_DEFLATED
        zf.compresslevel = None
        record.append(f"{distinfo}/RECORD,,")
        zf.writestr(f"{distinfo}/RECORD", "\n".join(record) + "\n")
    return path


def main() -> None:
    mode, outdir, amount = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(outdir, exist_ok=True)
    if mode == "small":
        for i in range(amount):
            name = f"bench-pkg-{i:03d}"
            mod = name.replace("-", "_")
            files = {
                f"{mod}/__init__.py": f'"""Package {i}."""\n__version__ = "1.0.{i}"\n'.encode(),
                f"{mod}/core.py": ("def f(x):\n    return x * 2\n" * 20).encode(),
            }
            write_wheel(outdir, name, f"1.0.{i}", files)
    elif mode in ("big", "big-stored"):
        files = {"bench_big/__init__.py": b'"""Big package."""\n'}
        print(write_wheel(outdir, "bench-big", "1.0.0", files, big=amount * 1024 * 1024, stored=mode == "big-stored"))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
