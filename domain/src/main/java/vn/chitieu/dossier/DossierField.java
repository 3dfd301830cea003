package vn.chitieu.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.common.InputProblem;
import vn.chitieu.table.Table;

/**
 * The fields of a dossier record (domain.md §9), each with its English header of contracts.md and
 * the national synchronisation name ({@code HoSoDongBoDVC}) accepted in its place. Headers are
 * matched as {@link Table#key} matches them (case, diacritics, spaces and punctuation ignored).
 */
public enum DossierField {
    CODE("code", "MaHoSo", true),
    PROCEDURE("procedure", "MaTTHC", true),
    UNIT("unit", "DonViXuLy", true),
    CHANNEL("channel", "KenhThucHien", true),
    RECEIVED("received", "NgayTiepNhan", true),
    DUE("due", "NgayHenTra", false),
    FINISHED("finished", "NgayKetThucXuLy", false),
    STATUS("status", "TrangThaiHoSo", true),
    PAID_ONLINE("paidOnline", "DuocThanhToanTrucTuyen", false),
    FEE("fee", "LePhi", false),
    DIGITIZED("digitized", "HoSoCoThanhPhanSoHoa", false),
    E_RESULT("eResult", "CoKetQuaDienTu", false);

    private static final DossierField[] ALL = values();
    private static final Map<String, DossierField> BY_KEY = new HashMap<>();
    /** Every field's two names, English then national: what a key may be a near miss of. */
    private static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>();
        for (DossierField f : ALL) {
            BY_KEY.put(Table.key(f.header), f);
            BY_KEY.put(Table.key(f.national), f);
            names.add(f.header);
            names.add(f.national);
        }
        NAMES = List.copyOf(names);
    }

    private final String header;
    private final String national;
    private final boolean required;

    DossierField(String header, String national, boolean required) {
        this.header = header;
        this.national = national;
        this.required = required;
    }

    /** The English header of contracts.md ({@code received}). */
    public String header() {
        return header;
    }

    /** The national synchronisation name ({@code NgayTiepNhan}). */
    public String national() {
        return national;
    }

    /** True when a file must have this column. */
    public boolean required() {
        return required;
    }

    /** The field a header names (English or national), or null. */
    public static DossierField ofHeader(String header) {
        return header == null ? null : BY_KEY.get(Table.key(header));
    }

    /**
     * The refusals of the {@code headers} (on {@code line} of {@code file}) that name no field but are a
     * near miss ({@link Table#closest}) of a field the header lacks: {@code paidOnlne} would otherwise
     * leave every dossier unpaid without a word.
     */
    public static List<InputProblem> misspelt(String file, int line, List<String> headers) {
        java.util.EnumSet<DossierField> absent = java.util.EnumSet.allOf(DossierField.class);
        for (String h : headers) {
            DossierField f = ofHeader(h);
            if (f != null) {
                absent.remove(f);
            }
        }
        List<String> names = new ArrayList<>();
        for (DossierField f : absent) {
            names.add(f.header);
            names.add(f.national);
        }
        List<InputProblem> problems = new ArrayList<>();
        for (String h : headers) {
            String near = h == null || ofHeader(h) != null ? null : Table.closest(h, names);
            if (near != null) {
                problems.add(Table.misspelt(file, line, h, near));
            }
        }
        return problems;
    }

    /** The near misses found so far of keys that name no field ("" for none): records repeat their keys. */
    private static final Map<String, String> NEAR = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The name of the field (English or national) that {@code key}, which names none, is a near miss of
     * ({@link Table#closest}), or null: how an NDJSON record's {@code DuocThanhToanTrucTuyn} is caught.
     */
    public static String nearMiss(String key) {
        String near = NEAR.get(key);
        if (near == null) {
            near = ofHeader(key) != null ? "" : java.util.Objects.requireNonNullElse(Table.closest(key, NAMES), "");
            if (NEAR.size() < 10_000) { // bounded: a file of random keys does not grow it
                NEAR.put(key, near);
            }
        }
        return near.isEmpty() ? null : near;
    }

    /**
     * Why a record is refused whose {@code key} names no field but is a near miss ({@link #nearMiss}) of one
     * that the record's {@code values} (by field) lack; null when it is not.
     */
    public static String misspeltKey(String key, String[] values) {
        String meant = nearMiss(key);
        return meant == null || values[ofHeader(meant).ordinal()] != null ? null
                : "the key '" + key + "' is not read; did you mean '" + meant + "'? Rename it: its value would be ignored";
    }

    /** How many fields there are: the length of a record's value array. */
    public static int count() {
        return ALL.length;
    }
}
