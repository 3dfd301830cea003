package vn.chitieu.unit;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.ReportColumn;

/**
 * The column contract of units files (contracts.md): {@code code,name,kind,parent[,aliases][,validFrom,validTo]},
 * aliases separated by {@code |}, the validity (domain.md §10) as ISO dates, both inclusive, an
 * empty cell an open end. {@link UnitsTable} reads these columns and {@code export units}
 * writes them, so that an export reads back as the same units.
 */
public final class UnitsColumns {

    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String PARENT = "parent";
    public static final String ALIASES = "aliases";
    /** The first day a unit exists (ISO date, inclusive; empty: since ever). */
    public static final String VALID_FROM = "validFrom";
    /** The last day a unit exists (ISO date, inclusive; empty: still in force). */
    public static final String VALID_TO = "validTo";
    /**
     * The names each column is read under, the written one first, then as a Vietnamese table heads it
     * ({@code Mã, Tên, Loại, Cấp trên, Tên khác, Hiệu lực từ, Hiệu lực đến}): code, name, kind, parent,
     * aliases, validFrom, validTo, in that order.
     */
    static final String[][] READ = {
        {CODE, "mã", "mã đơn vị"},
        {NAME, "tên", "tên đơn vị"},
        {KIND, "loại", "loại đơn vị", "cấp"},
        {PARENT, "cấp trên", "đơn vị cấp trên", "mã cấp trên", "mã đơn vị cấp trên"},
        {ALIASES, "alias", "tên khác"},
        {VALID_FROM, "hiệu lực từ", "từ ngày"},
        {VALID_TO, "hiệu lực đến", "đến ngày"},
    };
    /** Between two aliases in the {@link #ALIASES} cell. */
    public static final String ALIAS_SEPARATOR = "|";

    /** The columns {@code export units} writes, in order. */
    public static final List<ReportColumn> WRITTEN = Arrays.stream(new String[] {CODE, NAME, KIND, PARENT, ALIASES})
            .map(n -> new ReportColumn(n, n, n, ColumnType.TEXT)).toList();

    /** The columns {@code export units} writes when some unit has a validity: {@link #WRITTEN} and the two dates. */
    public static final List<ReportColumn> WRITTEN_DATED = Arrays.stream(new String[] {CODE, NAME, KIND, PARENT, ALIASES,
        VALID_FROM, VALID_TO}).map(n -> new ReportColumn(n, n, n, ColumnType.TEXT)).toList();

    private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(ALIAS_SEPARATOR));

    private UnitsColumns() {
    }

    /** The cells of {@code u} under {@link #WRITTEN}; null for an empty cell. */
    public static List<Object> cells(Unit u) {
        return Arrays.asList(u.code().value(), u.name(), u.kind().name(), u.parent() == null ? null : u.parent().value(),
                u.aliases().isEmpty() ? null : String.join(ALIAS_SEPARATOR, u.aliases()));
    }

    /**
     * The columns that write {@code units}: the dates only when one of them has a validity, so that
     * a registry without dates exports as before.
     */
    public static List<ReportColumn> written(List<Unit> units) {
        return units.stream().anyMatch(Unit::isDated) ? WRITTEN_DATED : WRITTEN;
    }

    /** The cells of {@code u} under {@link #written}: {@code dated} adds the two dates. */
    public static List<Object> cells(Unit u, boolean dated) {
        List<Object> cells = cells(u);
        if (!dated) {
            return cells;
        }
        List<Object> out = new java.util.ArrayList<>(cells);
        out.add(u.validFrom() == null ? null : u.validFrom().toString());
        out.add(u.validTo() == null ? null : u.validTo().toString());
        return out;
    }

    /** The aliases of an {@link #ALIASES} cell ({@code null}: none). */
    static List<String> aliases(String cell) {
        return cell == null ? List.of() : SEPARATOR.splitAsStream(cell).map(String::strip).toList();
    }
}
