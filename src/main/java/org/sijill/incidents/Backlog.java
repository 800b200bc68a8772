package org.sijill.incidents;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * What writers recorded since the last derivation ({@code incident_backlog}, V4), taken in the derivation's
 * transaction: the changed articles and the incidents that included them, or "everything".
 *
 * @param all derive everything from scratch; then {@code articles} and {@code incidents} are empty
 */
record Backlog(boolean all, Set<String> articles, Set<String> incidents) {

    /**
     * More recorded changes than this are derived from scratch, which gives the same incidents as deriving only what
     * changed (see {@code IncrementalDerivationTest}), without holding the ids of a bulk load's every article.
     */
    static final int MOST_CHANGES = 50_000;

    static Backlog take(Connection c) throws SQLException {
        return take(c, MOST_CHANGES);
    }

    /** Takes (and deletes) the recorded changes; more than {@code most} of them make it "everything". */
    static Backlog take(Connection c, int most) throws SQLException {
        var articles = new HashSet<String>();
        var incidents = new HashSet<String>();
        boolean all = false;
        try (var s = c.prepareStatement("delete from incident_backlog returning what, id")) {
            s.setFetchSize(10_000);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    if (all) {
                        continue; // the rest only needs deleting
                    }
                    switch (r.getString(1)) {
                        case "article" -> articles.add(r.getString(2));
                        case "incident" -> incidents.add(r.getString(2));
                        default -> all = true;
                    }
                    all = all || articles.size() + incidents.size() > most;
                }
            }
        }
        return all ? new Backlog(true, Set.of(), Set.of()) : new Backlog(false, articles, incidents);
    }

    boolean isEmpty() {
        return !all && articles.isEmpty() && incidents.isEmpty();
    }
}
