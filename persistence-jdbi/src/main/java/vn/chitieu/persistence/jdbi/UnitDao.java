package vn.chitieu.persistence.jdbi;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the unit registry. */
@RegisterConstructorMapper(UnitRow.class)
public interface UnitDao {

    @SqlQuery("SELECT code, name, kind, parent, aliases, valid_from, valid_to FROM units ORDER BY seq")
    List<UnitRow> all();

    @SqlQuery("SELECT code, name, kind, parent, aliases, valid_from, valid_to FROM units WHERE code = :code")
    Optional<UnitRow> find(@Bind("code") String code);

    /** Unit imports run one at a time, so that the tree they check is the tree they change. */
    @SqlUpdate("LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE")
    void lockForImport();

    @SqlBatch("""
            INSERT INTO units (code, name, kind, parent, aliases, valid_from, valid_to)
            VALUES (:code, :name, :kind, :parent, :aliases, :validFrom, :validTo)
            ON CONFLICT (code) DO UPDATE
               SET name = excluded.name, kind = excluded.kind, parent = excluded.parent, aliases = excluded.aliases,
                   valid_from = excluded.valid_from, valid_to = excluded.valid_to
            """)
    void upsert(@BindMethods List<UnitRow> rows);
}
