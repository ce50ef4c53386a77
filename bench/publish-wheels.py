#!/usr/bin/env python3
"""Writes COUNT valid wheels of SIZE MiB each (a stored member of random bytes, so nothing compresses
and no tool can take a shortcut) into DIR, one project per wheel: bench_upload_<i>-1.0-py3-none-any.whl.
Used by bench/publish-upload.sh.  Usage: publish-wheels.py DIR COUNT SIZE_MIB"""
import base64, hashlib, os, sys, zipfile

out, count, size_mib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(out, exist_ok=True)
for i in range(count):
    name = f"bench_upload_{i}"
    dist_info = f"{name}-1.0.dist-info"
    path = os.path.join(out, f"{name}-1.0-py3-none-any.whl")
    if os.path.exists(path):
        continue
    files = {
        f"{name}/__init__.py": b"",
        f"{name}/blob.bin": os.urandom(size_mib * 1024 * 1024),
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: bench-upload-{i}\nVersion: 1.0\nSummary: Upload benchmark.\n".encode(),
        f"{dist_info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for member, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{member},sha256={digest},{len(data)}")
    record.append(f"{dist_info}/RECORD,,")
    files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    with zipfile.ZipFile(path + ".partial", "w", zipfile.ZIP_STORED) as z:
        for member, data in files.items():
            z.writestr(member, data)
    os.rename(path + ".partial", path)
