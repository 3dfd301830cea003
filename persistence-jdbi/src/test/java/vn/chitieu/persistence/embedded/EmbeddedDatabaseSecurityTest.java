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
