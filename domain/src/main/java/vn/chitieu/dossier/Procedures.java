package vn.chitieu.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The procedures catalogue of a count: each procedure with a dense index (0…size−1), so that
 * counters can live in arrays indexed by procedure. Immutable.
 */
public final class Procedures {

    private final List<Procedure> list;
    private final Map<String, Integer> indexByCode;

    private Procedures(List<Procedure> list) {
        this.list = List.copyOf(list);
        Map<String, Integer> map = new HashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            if (map.putIfAbsent(list.get(i).code(), i) != null) {
                throw new IllegalArgumentException("procedure code given twice: " + list.get(i).code());
            }
        }
        this.indexByCode = map;
    }

    public static Procedures of(List<Procedure> procedures) {
        return new Procedures(new ArrayList<>(procedures));
    }

    public int size() {
        return list.size();
    }

    public Procedure get(int index) {
        return list.get(index);
    }

    public List<Procedure> all() {
        return list;
    }

    /** The index of the procedure with {@code code} (exactly as written), or −1. */
    public int indexOf(String code) {
        Integer i = indexByCode.get(code);
        return i == null ? -1 : i;
    }
}
