"""The cascade of domain.md §5 in plain Python, the reference of CascadeBench: reads children.csv
(unit,name,kind,weight,baseline,readiness,cap as the bench writes them: weights are counts, percents
and readiness have at most two decimals, written with a decimal comma), solves on integers (hundredths)
exactly, and writes the plan as JSON, as `chitieu cascade --format json` does.
Usage: cascade_reference.py CHILDREN TARGET OUT   (policy: growth 1, granularity 1, CEIL, cap 99, floors below)"""
import csv
import json
import sys

FLOORS = {"WARD": 8000, "TOWNSHIP": 6000, "COMMUNE": 4000, "DISTRICT_OFFICE": 4000}
GROWTH, GRANULARITY, CAP = 100, 100, 9900


def hundredths(text):
    text = text.strip().rstrip("%").replace(",", ".")
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2]) if whole or frac else None


def plain(h):
    return h // 100 if h % 100 == 0 else float("%d.%02d" % divmod(h, 100))


def main(path, target, out):
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            w = int(r["weight"].replace(".", ""))
            b = hundredths(r["baseline"]) if r["baseline"] else None
            rd = hundredths(r["readiness"]) if r["readiness"] else 100
            c = min(CAP, hundredths(r["cap"])) if r["cap"] else CAP
            fl = FLOORS[r["kind"]]
            base = min(c, fl if b is None else max(fl, b + GROWTH))
            rows.append((r["unit"], r["name"] or r["unit"], r["kind"], w, b, rd, c, fl, base))
    t100 = int(round(float(target) * 100))
    sum_w = sum(x[3] for x in rows)
    a = sum(x[3] * x[8] for x in rows)
    needed = t100 * sum_w
    order = sorted((i for i, x in enumerate(rows) if x[3] > 0 and x[6] > x[8]),
                   key=lambda i: (rows[i][6] - rows[i][8]) / rows[i][5])
    slope = sum(rows[i][3] * rows[i][5] for i in order)
    capped = set()
    need = needed - a
    if need > 0:
        for k in order:
            need = needed - a
            gap = rows[k][6] - rows[k][8]
            if need * rows[k][5] <= slope * gap:
                break
            capped.add(k)
            a += rows[k][3] * gap
            slope -= rows[k][3] * rows[k][5]
        need = needed - a
    else:
        need, slope = 0, 1
    plan = []
    for i, (unit, name, kind, w, b, rd, c, fl, base) in enumerate(rows):
        if i in capped:
            t = c
        else:
            x = base * slope + rd * need
            steps = -(-x // (GRANULARITY * slope))
            t = min(c, steps * GRANULARITY)
        plan.append({"unit": unit, "name": name, "kind": kind, "weight": w,
                     "baseline": None if b is None else plain(b), "readiness": plain(rd), "cap": plain(c),
                     "floor": plain(fl), "base": plain(base), "target": plain(t)})
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"parent": "parent", "target": float(target), "feasible": True, "rows": plan}, f,
                  ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
