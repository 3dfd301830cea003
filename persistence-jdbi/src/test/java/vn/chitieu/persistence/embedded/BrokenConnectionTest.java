package vn.chitieu.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chitieu.persistence.jdbi.TestPostgres;

/**
 * A connection on which the driver failed is never handed out again (issue 10 #1). pgjdbc 42.7
 * throws IllegalArgumentException in the middle of a batch whose numeric parameter the server
 * refused, leaving the server's answer unread: on that connection the next query read the rows of
 * the one before. The pool here has one connection, so the next query would get the same one.
 */
class BrokenConnectionTest {

    private HikariDataSource pool;
    private Jdbi jdbi;

    @BeforeEach
    void onePooledConnection() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestPostgres.database().jdbcUrl());
        config.setMaximumPoolSize(1);
        config.setPoolName("broken-connection-test");
        pool = new HikariDataSource(config);
        jdbi = Jdbi.create(new EvictingDataSource(pool));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e-100000", "1e-20000", "1e-999999999"})
    void aDriverFailureInABatchEvictsTheConnectionAndEveryLaterQueryGetsItsOwnAnswer(String number) {
        assertThatThrownBy(() -> jdbi.useHandle(h -> {
            // straight to the driver, as a number that escaped every bound would go
            Connection c = h.getConnection();
            try (PreparedStatement s = c.prepareStatement("SELECT CAST(? AS numeric)")) {
                s.setBigDecimal(1, BigDecimal.ONE);
                s.addBatch();
                s.setBigDecimal(1, new BigDecimal(number));
                s.addBatch();
                s.executeBatch();
            }
        })).isNotNull();

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int asked = i;
            String answer = jdbi.withHandle(h -> h.createQuery("SELECT 'answer-' || :i").bind("i", asked)
                    .mapTo(String.class).findOne().orElse("no row"));
            if (!answer.equals("answer-" + i)) {
                wrong.add("asked " + i + ", got " + answer);
            }
        }
        assertThat(wrong).isEmpty();
        Integer four = jdbi.inTransaction(h -> h.createQuery("SELECT 2 + 2").mapTo(Integer.class).one());
        assertThat(four).isEqualTo(4);
    }
}
