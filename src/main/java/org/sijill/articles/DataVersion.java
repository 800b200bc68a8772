package org.sijill.articles;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.sijill.SijillConfig;

/**
 * The version of everything the API serves: a counter the database bumps once per committed write (triggers in
 * {@code V3__api_writes_and_data_version.sql}), including every re-derivation of the incidents, which also runs at each
 * start, so a new deployment gets new numbers too.
 * <p>
 * Kept in memory so that a cached read costs no query. The rule: a value is used for at most
 * {@code sijill.http.version-max-age} after the read that produced it began, and not at all once a transaction of this
 * process has ended (a write through this instance is visible to the very next read). A write made by another replica,
 * or directly in the database, is therefore seen within that bound. Values never go backwards.
 */
@ApplicationScoped
public class DataVersion {

    private record Known(long version, long readAtNanos, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();

    private final Object refreshing = new Object();

    private volatile Known known;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SijillConfig config;

    /** The version, from memory when it is recent enough, otherwise read from the database (by one caller at a time). */
    public long current() {
        OptionalLong fresh = fresh();
        if (fresh.isPresent()) {
            return fresh.getAsLong();
        }
        synchronized (refreshing) { // when it expires under load, one request reads it and the others use that
            fresh = fresh();
            return fresh.isPresent() ? fresh.getAsLong() : read();
        }
    }

    /**
     * The version from memory when it is recent enough; empty when it must be read first. Never blocks, so it may be
     * called on an event-loop thread.
     */
    public OptionalLong fresh() {
        Known k = known;
        if (k == null || k.generation() != generation.get()
                || System.nanoTime() - k.readAtNanos() >= config.http().versionMaxAge().toNanos()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(k.version());
    }

    /** Reads the version from the database (one primary-key row) and remembers it. */
    public long read() {
        long gen = generation.get();
        long at = System.nanoTime();
        long version;
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select version from data_version where id = 1");
                var rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("data_version has no row; the migrations insert it");
            }
            version = rows.getLong(1);
        } catch (SQLException e) {
            throw new DataVersionUnavailable(e);
        }
        remember(version, at, gen);
        return version;
    }

    private synchronized void remember(long version, long at, long gen) {
        Known k = known;
        if (k != null && (k.version() > version || k.version() == version && k.readAtNanos() - at > 0)) {
            return; // a later read finished first: keep what it saw
        }
        // a transaction that ended while we read may not be in what we read: keep the number, but not as fresh
        known = new Known(version, at, gen == generation.get() ? gen : -1);
    }

    /**
     * Every transaction of this process that ends (commit or rollback) may have changed what the API serves, so the
     * next read asks the database again. Fired synchronously after the commit, before the writer's response is sent.
     */
    void transactionEnded(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        generation.incrementAndGet();
    }

    /** The database could not be asked; carries the SQL state so it is answered as 503, like any other query. */
    public static final class DataVersionUnavailable extends RuntimeException {
        DataVersionUnavailable(SQLException cause) {
            super("Cannot read the data version: " + cause.getMessage(), cause);
        }
    }
}
