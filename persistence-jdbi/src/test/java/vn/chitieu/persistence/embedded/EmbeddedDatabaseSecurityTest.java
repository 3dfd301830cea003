package vn.chitieu.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server trusts no one: without its password (or with a wrong one, or as another
 * user) a connection is refused; the password is in a file only its owner reads; every line of
 * pg_hba.conf asks for it; the server listens on 127.0.0.1 only; writes are durable. A data
 * directory of an older chitieu, made with {@code trust}, gets a password before it listens again.
 */
class EmbeddedDatabaseSecurityTest {

    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefusedAndWithItWorks(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("chitieu-data");
        try (EmbeddedDatabase server = EmbeddedDatabase.start(data, StartNotices.NONE)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";

            assertRefused(url, "postgres", null);
            assertThat(refusal(url, "postgres", "wrong-password").getSQLState()).isEqualTo("28P01");
            assertThat(refusal(url, "postgres", "").getSQLState()).isNotNull();
            assertThat(refusal(url, "nobody", server.password()).getSQLState()).startsWith("28");

            Path passwordFile = data.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile, StandardCharsets.US_ASCII).strip()).isEqualTo(server.password());
            assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");

            try (Connection c = connect(url, "postgres", server.password())) {
                assertThat(query(c, "SELECT DISTINCT auth_method FROM pg_hba_file_rules")).containsExactly("scram-sha-256");
                assertThat(query(c, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'"))
                        .containsExactly("t");
                assertThat(query(c, "SHOW listen_addresses")).containsExactly("127.0.0.1");
                assertThat(query(c, "SHOW unix_socket_directories")).containsExactly("");
            }
        }
    }

    @Test
    void writesAreDurable(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dir.resolve("chitieu-data"), StartNotices.NONE);
                Connection c = connect("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", "postgres",
                        server.password())) {
            assertThat(query(c, "SHOW fsync")).containsExactly("on");
            assertThat(query(c, "SHOW synchronous_commit")).containsExactly("on");
            assertThat(query(c, "SHOW full_page_writes")).containsExactly("on");
        }
    }

    /**
     * At {@code wal_level=minimal} a table made and filled in one transaction (as an import fills the month's new
     * partition) writes no WAL: its files are synced at commit instead. Killed (SIGKILL, every server process) right
     * after the commit, the server recovers at the next start with every row of it.
     */
    @Test
    void aTableMadeAndFilledInOneTransactionSurvivesAKilledServer(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("chitieu-data");
        EmbeddedDatabase first = EmbeddedDatabase.start(data, StartNotices.NONE);
        try (Connection c = connect("jdbc:postgresql://127.0.0.1:" + first.port() + "/postgres", "postgres",
                first.password()); Statement s = c.createStatement()) {
            assertThat(query(c, "SHOW wal_level")).containsExactly("minimal");
            c.setAutoCommit(false);
            s.execute("CREATE TABLE made_in_one_transaction (id bigint PRIMARY KEY, pad text NOT NULL)");
            // some 15 MB: above wal_skip_threshold (2 MB), so synced at commit rather than written to the WAL
            s.execute("INSERT INTO made_in_one_transaction SELECT g, repeat('x', 100) FROM generate_series(1, 100000) g");
            c.commit();
        }
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        first.close(); // its server is gone: the stop fails (logged), the directory is freed
        try (EmbeddedDatabase again = EmbeddedDatabase.start(data, StartNotices.NONE);
                Connection c = connect("jdbc:postgresql://127.0.0.1:" + again.port() + "/postgres", "postgres",
                        again.password())) {
            assertThat(query(c, "SELECT count(*) || ' ' || sum(length(pad)) FROM made_in_one_transaction"))
                    .containsExactly("100000 10000000");
        }
    }

    @Test
    void theDatabaseOfAnOlderVersionMadeWithTrustGetsAPasswordAndKeepsItsData(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("chitieu-data");
        // what chitieu did before: zonky's initdb -A trust; anyone on the machine could connect
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (x int)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        assertThat(data.resolve(EmbeddedDatabase.PASSWORD_FILE)).doesNotExist();

        try (EmbeddedDatabase server = EmbeddedDatabase.start(data, StartNotices.NONE)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
            assertRefused(url, "postgres", null);
            assertThat(refusal(url, "postgres", "wrong-password").getSQLState()).isEqualTo("28P01");
            assertThat(Files.readString(data.resolve(EmbeddedDatabase.PASSWORD_FILE)).strip()).isEqualTo(server.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    data.resolve(EmbeddedDatabase.PASSWORD_FILE)))).isEqualTo("rw-------");
            try (Connection c = connect(url, "postgres", server.password())) {
                assertThat(query(c, "SELECT x FROM kept")).containsExactly("42");
                assertThat(query(c, "SELECT DISTINCT auth_method FROM pg_hba_file_rules")).containsExactly("scram-sha-256");
                assertThat(query(c, "SHOW fsync")).containsExactly("on");
            }
        }
        // and the next start uses the same password
        try (EmbeddedDatabase again = EmbeddedDatabase.start(data, StartNotices.NONE);
                Connection c = connect("jdbc:postgresql://127.0.0.1:" + again.port() + "/postgres", "postgres",
                        Files.readString(data.resolve(EmbeddedDatabase.PASSWORD_FILE)).strip())) {
            assertThat(query(c, "SELECT x FROM kept")).containsExactly("42");
        }
    }

    @Test
    void theDatabaseOpensWithThePasswordThroughThePool(@TempDir Path dir) throws Exception {
        try (Database db = Database.embedded(dir.resolve("chitieu-data"))) {
            assertThat(db.appliedMigrations()).isNotEmpty();
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(query(c, "SELECT current_user")).containsExactly("postgres");
            }
        }
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> connect(url, user, password).close()).isInstanceOf(SQLException.class);
    }

    private static SQLException refusal(String url, String user, String password) {
        try (Connection c = connect(url, user, password)) {
            throw new AssertionError("connected as " + user + " with password " + password);
        } catch (SQLException e) {
            return e;
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
