package org.sijill;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.quarkus.runtime.configuration.MemorySize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Service settings under {@code sijill.*}; every key can also be set as an environment variable (SIJILL_...). */
@ConfigMapping(prefix = "sijill")
public interface SijillConfig {

    /** Where the embedded PostgreSQL keeps its files (unused when a database URL is configured). */
    @WithDefault("data")
    Path dataDir();

    /** Folder whose {@code *.txt} files are ingested at startup. */
    @WithDefault("seeds")
    Path seedsDir();

    Seeds seeds();

    EmbeddedDb embeddedDb();

    /**
     * Keys that may write over the API ({@code Authorization: Bearer <key>}); env SIJILL_API_KEYS, comma-separated.
     * None configured: writes are refused. Never logged.
     */
    Optional<List<String>> apiKeys();

    Http http();

    Writes writes();

    interface Writes {
        /** Writes each API key may make per minute; more get 429 with Retry-After. */
        @WithDefault("60")
        int perMinute();
    }

    interface Http {
        /** How long clients and shared caches may keep an API read before revalidating it with its ETag. */
        @WithDefault("60")
        int maxAge();

        /**
         * How long the data version (and so every cached read) may be used from memory before the database is asked
         * again: the longest a write made elsewhere (another replica, or by hand in the database) stays unseen here.
         * A write through this instance is seen by the next read at once.
         */
        @WithDefault("1s")
        Duration versionMaxAge();

        /** Memory for encoded JSON reads kept under their ETag; the least recently used are dropped beyond it. */
        @WithDefault("16M")
        MemorySize cacheSize();
    }

    interface Seeds {
        /** Load the seeds folder at startup; re-loading unchanged files changes nothing. */
        @WithDefault("true")
        boolean loadOnStartup();

        /** Files larger than this are skipped and reported, never loaded. */
        @WithDefault("1048576")
        @WithName("max-bytes")
        int maxBytes();
    }

    interface EmbeddedDb {
        /** Read by the launcher before Quarkus starts; declared here so the key is documented and validated. */
        @WithDefault("true")
        boolean enabled();
    }
}
