package vn.chitieu.http;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import java.sql.Connection;
import java.sql.SQLException;
import vn.chitieu.persistence.PersistenceModule;
import vn.chitieu.persistence.StorageSettings;
import vn.chitieu.persistence.embedded.Database;

/**
 * The storage the server runs on: the persistence module's ports (the token store among them) plus
 * the database check of {@code /health}; PostgreSQL (embedded by default, or at {@code --db-url}) or
 * in memory (tests, demos).
 */
public final class ServerStorage {

    private ServerStorage() {
    }

    public static Module postgres(StorageSettings settings) {
        return Modules.combine(PersistenceModule.postgres(settings), new PostgresExtras());
    }

    public static Module inMemory() {
        return Modules.combine(PersistenceModule.inMemory(), new MemoryExtras());
    }

    private static final class PostgresExtras extends AbstractModule {

        @Provides
        @Singleton
        DatabaseHealth health(Database database) {
            return new DatabaseHealth() {
                @Override
                public String kind() {
                    return "postgresql";
                }

                @Override
                public boolean isUp() {
                    try (Connection c = database.dataSource().getConnection()) {
                        return c.isValid(2);
                    } catch (SQLException e) {
                        return false;
                    }
                }
            };
        }
    }

    private static final class MemoryExtras extends AbstractModule {

        @Override
        protected void configure() {
            bind(DatabaseHealth.class).toInstance(new DatabaseHealth() {
                @Override
                public String kind() {
                    return "in-memory";
                }

                @Override
                public boolean isUp() {
                    return true;
                }
            });
        }
    }
}
