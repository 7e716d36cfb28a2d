#!/usr/bin/env python3
"""Fails on any back edge in the runtime's dependency order (runtime/LAYERS).

usage: check_layers.py LAYERS NM OBJECT.o...

Each object is a module (its file name without .o). A module uses another
when it has an undefined symbol the other defines (nm). Every use must go
to a module listed before it in LAYERS; a module missing from LAYERS, or
listed but not built, is an error too.
"""
import os
import subprocess
import sys


def read_order(path):
    order = []
    with open(path) as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            name, colon, mods = line.partition(':')
            order.extend((mods if colon else name).split())
    return {m: i for i, m in enumerate(order)}


def symbols(nm, objs):
    """{module: (defined, undefined)} from one nm run over every object."""
    out = subprocess.run([nm] + objs, check=True, capture_output=True, text=True).stdout
    syms, cur = {}, None
    for line in out.splitlines():
        if line.endswith('.o:'):
            cur = syms.setdefault(os.path.basename(line[:-1])[:-2], (set(), set()))
            continue
        parts = line.split()
        if cur is None:
            continue
        if len(parts) == 2 and parts[0] == 'U':
            cur[1].add(parts[1])
        elif len(parts) == 3 and parts[1] in 'TDBRCVWG':
            cur[0].add(parts[2])
    return syms


def main():
    layers, nm, objs = sys.argv[1], sys.argv[2], sys.argv[3:]
    rank = read_order(layers)
    mods = {os.path.basename(o)[:-2]: o for o in objs}
    errors = []
    for m in sorted(set(mods) - set(rank)):
        errors.append(f'{m}.c is not in {layers}')
    for m in sorted(set(rank) - set(mods)):
        errors.append(f'{m} is in {layers} but not in the library')
    owner, uses = {}, {}
    for m, (d, u) in symbols(nm, sorted(mods.values())).items():
        for s in d:
            owner[s] = m
        uses[m] = u
    for m in sorted(mods):
        for s in sorted(uses[m]):
            t = owner.get(s)
            if t is None or t == m or m not in rank or t not in rank:
                continue
            if rank[t] > rank[m]:
                errors.append(f'back edge: {m} uses {t} ({s}), which comes after it')
    for e in errors:
        print(f'runtime-layers: {e}')
    if not errors:
        print(f'runtime-layers: {len(mods)} modules in order, no back edge')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
