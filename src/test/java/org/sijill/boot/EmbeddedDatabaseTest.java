package org.sijill.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server the launcher starts when no database URL is configured. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestartsOnTheSameDataDir() throws Exception {
        try (var db = EmbeddedDatabase.start(dataDir)) {
            execute(db, "create table kept (v text)");
            execute(db, "insert into kept values ('محفوظ')");
        }
        assertFalse(Files.exists(dataDir.resolve("postgres/postmaster.pid")), "clean stop leaves no lock file");
        try (var db = EmbeddedDatabase.start(dataDir)) {
            assertEquals("محفوظ", queryOne(db, "select v from kept"));
        }
    }

    /** Started in a child JVM by the test below, then killed with SIGKILL. */
    public static final class KilledRun {
        public static void main(String[] args) throws Exception {
            var db = EmbeddedDatabase.start(Path.of(args[0]));
            execute(db, "create table survivor (v int)");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void startsAfterAKilledRunLeftItsServerBehind() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledRun.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // wait for the child to have its server up
            }
        }
        long orphanPid = StaleServer.readPid(dataDir.resolve("postgres/postmaster.pid")).orElseThrow();
        child.destroyForcibly().waitFor(); // kill -9: no shutdown hook runs, the postmaster is orphaned
        assertTrue(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), "orphan still running");
        try (var second = EmbeddedDatabase.start(dataDir)) {
            assertFalse(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), "orphan stopped");
            assertEquals("0", queryOne(second, "select count(*) from survivor"));
        }
    }

    @Test
    void removesALockFileWhoseProcessIsGone() throws Exception {
        try (var db = EmbeddedDatabase.start(dataDir)) {
            execute(db, "select 1");
        }
        // a lock file naming a process that no longer exists (e.g. after a reboot)
        Files.writeString(dataDir.resolve("postgres/postmaster.pid"), "999999999\n" + dataDir + "\n");
        try (var db = EmbeddedDatabase.start(dataDir)) {
            assertEquals("1", queryOne(db, "select 1"));
        }
    }

    private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres"); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String queryOne(EmbeddedDatabase db, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres"); var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
