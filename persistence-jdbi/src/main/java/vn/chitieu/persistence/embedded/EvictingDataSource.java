package vn.chitieu.persistence.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the storage uses it, never handing back a connection whose protocol state may be
 * broken. HikariCP evicts a connection after an {@link SQLException} that says so (SQLSTATE 08…),
 * but the PostgreSQL driver can also fail with an unchecked exception in the middle of a
 * statement: pgjdbc 42.7 throws {@link IllegalArgumentException} while it describes a failed
 * batch whose numeric parameter the server refused, with the rest of the server's answer still
 * unread; returned to the pool, that connection answered the next request with the rows of the
 * previous one (issue 10 #1: tokens read as unit kinds, a made-up token taken for an admin).
 *
 * <p>Here any exception but an {@link SQLException} thrown by a connection, a statement or a
 * result set closes the physical connection at once and evicts it from the pool; every later
 * call on it fails with SQLSTATE 08006 without reaching the driver.
 */
final class EvictingDataSource implements DataSource {

    /** SQLSTATE connection_failure. */
    static final String BROKEN = "08006";

    private static final Set<Class<?>> WRAPPED = Set.of(Connection.class, Statement.class, PreparedStatement.class,
            CallableStatement.class, ResultSet.class, DatabaseMetaData.class);

    private final HikariDataSource pool;

    EvictingDataSource(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return lease(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return lease(pool.getConnection(username, password));
    }

    private Connection lease(Connection connection) {
        return (Connection) new Guard(new Lease(pool, connection), connection).proxy(Connection.class);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(pool) ? type.cast(pool) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(pool) || pool.isWrapperFor(type);
    }

    /** One borrowed connection: broken once the driver failed on it. */
    private static final class Lease {

        private final HikariDataSource pool;
        private final Connection connection;
        private volatile Throwable failure;

        Lease(HikariDataSource pool, Connection connection) {
            this.pool = pool;
            this.connection = connection;
        }

        /** Closes the physical connection now (not after a rollback on it) and takes it out of the pool. */
        synchronized void broke(Throwable cause) {
            if (failure != null) {
                return;
            }
            failure = cause;
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // evicted below all the same
            }
            pool.evictConnection(connection);
        }

        SQLException refusal() {
            return new SQLException("the database connection was closed after the driver failed on it: " + failure,
                    BROKEN, failure);
        }
    }

    /** Forwards every call of one JDBC object, watching for a driver failure. */
    private static final class Guard implements InvocationHandler {

        private final Lease lease;
        private final Object target;

        Guard(Lease lease, Object target) {
            this.lease = lease;
            this.target = target;
        }

        Object proxy(Class<?> type) {
            return Proxy.newProxyInstance(EvictingDataSource.class.getClassLoader(), new Class<?>[] {type}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) { // equals, hashCode, toString: of the proxy
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "evicting(" + target + ")";
                };
            }
            if (lease.failure != null && !closing(method)) {
                throw lease.refusal();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (!(cause instanceof SQLException) && !closing(method)) {
                    lease.broke(cause);
                }
                throw cause;
            }
            Class<?> type = method.getReturnType();
            return result != null && WRAPPED.contains(type) && !method.getName().equals("unwrap")
                    ? new Guard(lease, result).proxy(type) : result;
        }

        private static boolean closing(Method method) {
            return method.getName().equals("close") || method.getName().equals("isClosed");
        }
    }
}
