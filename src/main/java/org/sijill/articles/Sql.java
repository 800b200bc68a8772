package org.sijill.articles;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the caller's transaction, for statements that write or read many rows at once
 * (batches, arrays): the entity manager's one-statement-per-row is what made bulk writes slow.
 */
public final class Sql {

    private Sql() {
    }

    /** Work on one connection; SQL errors come out as the unchecked exceptions JPA would throw. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public static <T> T on(EntityManager em, Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    public static java.sql.Array texts(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    public static java.sql.Array ints(Connection c, Collection<Integer> values) throws SQLException {
        return c.createArrayOf("int4", values.toArray());
    }

    /** Sets parameters in order; nulls get the SQL type of their Java class where it matters. */
    public static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof java.time.Instant t) {
                s.setObject(i + 1, t.atOffset(java.time.ZoneOffset.UTC));
            } else if (v instanceof LocalDate d) {
                s.setDate(i + 1, Date.valueOf(d));
            } else if (v instanceof Null n) {
                s.setNull(i + 1, n.type);
            } else if (v == null) {
                s.setNull(i + 1, Types.VARCHAR);
            } else {
                s.setObject(i + 1, v);
            }
        }
    }

    /** A typed SQL null, for a column that is not text. */
    public enum Null {
        INTEGER(Types.INTEGER), DATE(Types.DATE), DOUBLE(Types.DOUBLE), TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE);

        final int type;

        Null(int type) {
            this.type = type;
        }
    }

    public static Object orNull(Object value, Null type) {
        return value == null ? type : value;
    }
}
