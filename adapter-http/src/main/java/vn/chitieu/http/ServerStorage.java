package vn.chitieu.http;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.chitieu.persistence.PersistenceModule;
import vn.chitieu.persistence.StorageSettings;
import vn.chitieu.persistence.embedded.Database;

/**
 * The storage the server runs on: the persistence module's ports (the token store among them) plus
 * the database check of {@code /health}; PostgreSQL (embedded by default, or at {@code --db-url}) or
 * in memory (tests, demos).
 */
public final class ServerStorage {

    /** How long {@code /health} waits for the database before it says DOWN. */
    static final Duration HEALTH_TIMEOUT = Duration.ofMillis(1500);
    private static final ExecutorService HEALTH_CHECKS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chitieu-health-check");
        t.setDaemon(true);
        return t;
    });

    private ServerStorage() {
    }

    public static Module postgres(StorageSettings settings) {
        return Modules.combine(PersistenceModule.postgres(settings), new PostgresExtras());
    }

    public static Module inMemory() {
        return Modules.combine(PersistenceModule.inMemory(), binder -> binder.bind(DatabaseHealth.class)
                .toInstance(new DatabaseHealth() {
                    @Override
                    public String kind() {
                        return "in-memory";
                    }

                    @Override
                    public boolean isUp() {
                        return true;
                    }
                }));
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

                /** At most {@link #HEALTH_TIMEOUT}: a database that is down (or hangs) is DOWN at once. */
                @Override
                public boolean isUp() {
                    CompletableFuture<Boolean> check = CompletableFuture.supplyAsync(() -> {
                        try (Connection c = database.dataSource().getConnection()) {
                            return c.isValid(1);
                        } catch (SQLException | RuntimeException e) {
                            return false;
                        }
                    }, HEALTH_CHECKS);
                    try {
                        return check.get(HEALTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        return false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            };
        }
    }
}
