#!/usr/bin/env python3
"""Marks a library's GLIBCXX_3.4.32 version requirement weak when the system libstdc++ lacks that version.

TorchSharp's libLibTorchSharp.so is built with GCC 13 and so asks for GLIBCXX_3.4.32, whose only symbol is the
marker `_ZSt21ios_base_library_initv` (never called). Older systems (Debian 12: GCC 12, GLIBCXX_3.4.30) then refuse
to load the library. Setting VER_FLG_WEAK on that one requirement in .gnu.version_r makes the dynamic loader accept
its absence. The file's timestamps are kept so MSBuild's incremental copy does not overwrite the patched file.

usage: weaken-glibcxx.py LIBRARY [SYSTEM_LIBSTDCXX]
"""
import os
import struct
import sys

VERSION = b"GLIBCXX_3.4.32"
SHT_GNU_VERNEED = 0x6FFFFFFE
VER_FLG_WEAK = 0x2


def system_has_version(libstdcxx):
    try:
        with open(libstdcxx, "rb") as f:
            return VERSION + b"\0" in f.read()
    except OSError:
        return True  # no system libstdc++ to compare with: leave the library alone


def weaken(path):
    with open(path, "rb") as f:
        data = bytearray(f.read())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise SystemExit(f"{path}: not a little-endian 64-bit ELF file")
    e_shoff, = struct.unpack_from("<Q", data, 0x28)
    e_shentsize, e_shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = []
    for i in range(e_shnum):
        # Elf64_Shdr: name, type, flags, addr, offset, size, link, info, addralign, entsize
        sections.append(struct.unpack_from("<IIQQQQIIQQ", data, e_shoff + i * e_shentsize))
    changed = 0
    for sh in sections:
        if sh[1] != SHT_GNU_VERNEED:
            continue
        strtab_offset = sections[sh[6]][4]
        need = sh[4]
        for _ in range(sh[7]):  # sh_info = number of Elf64_Verneed entries
            _, vn_cnt, _, vn_aux, vn_next = struct.unpack_from("<HHIII", data, need)
            aux = need + vn_aux
            for _ in range(vn_cnt):
                _, vna_flags, _, vna_name, vna_next = struct.unpack_from("<IHHII", data, aux)
                name_start = strtab_offset + vna_name
                name = bytes(data[name_start:data.index(b"\0", name_start)])
                if name == VERSION and not vna_flags & VER_FLG_WEAK:
                    struct.pack_into("<H", data, aux + 4, vna_flags | VER_FLG_WEAK)
                    changed += 1
                aux += vna_next
            need += vn_next
    if changed:
        stat = os.stat(path)
        with open(path, "r+b") as f:
            f.write(data)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return changed


def main():
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__.strip().splitlines()[-1])
    library = sys.argv[1]
    libstdcxx = sys.argv[2] if len(sys.argv) == 3 else "/usr/lib/x86_64-linux-gnu/libstdc++.so.6"
    if system_has_version(libstdcxx):
        return
    if weaken(library):
        print(f"weaken-glibcxx: marked {VERSION.decode()} weak in {library}")


if __name__ == "__main__":
    main()
