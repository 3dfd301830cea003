package vn.chitieu.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.unit.UnitCode;

/** The checks of a lineage that do not need a registry. */
final class LineageChecks {

    private LineageChecks() {
    }

    /** A cycle of links: {@code closing} is the link (by index) that leads back to {@code path}'s first unit. */
    record Cycle(List<UnitCode> path, int closing) {
        String describe() {
            StringBuilder s = new StringBuilder();
            for (UnitCode c : path) {
                s.append(c.value()).append(" → ");
            }
            return s.append(path.get(0).value()).toString();
        }
    }

    /** The first cycle of {@code links} (depth first, in file order), if any. */
    static Optional<Cycle> cycle(List<LineageLink> links) {
        Map<UnitCode, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            out.computeIfAbsent(links.get(i).from(), k -> new ArrayList<>()).add(i);
        }
        Set<UnitCode> done = new HashSet<>();
        for (LineageLink start : links) {
            if (done.contains(start.from())) {
                continue;
            }
            // iterative DFS with an explicit path
            Deque<UnitCode> path = new ArrayDeque<>();
            Deque<java.util.Iterator<Integer>> next = new ArrayDeque<>();
            Set<UnitCode> onPath = new HashSet<>();
            path.addLast(start.from());
            onPath.add(start.from());
            next.addLast(out.getOrDefault(start.from(), List.of()).iterator());
            while (!path.isEmpty()) {
                java.util.Iterator<Integer> it = next.peekLast();
                if (!it.hasNext()) {
                    UnitCode finished = path.removeLast();
                    next.removeLast();
                    onPath.remove(finished);
                    done.add(finished);
                    continue;
                }
                int i = it.next();
                UnitCode to = links.get(i).to();
                if (onPath.contains(to)) {
                    List<UnitCode> cycle = new ArrayList<>();
                    boolean in = false;
                    for (UnitCode c : path) {
                        in = in || c.equals(to);
                        if (in) {
                            cycle.add(c);
                        }
                    }
                    return Optional.of(new Cycle(cycle, i));
                }
                if (!done.contains(to)) {
                    path.addLast(to);
                    onPath.add(to);
                    next.addLast(out.getOrDefault(to, List.of()).iterator());
                }
            }
        }
        return Optional.empty();
    }
}
