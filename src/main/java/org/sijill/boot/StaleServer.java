package org.sijill.boot;

import org.jboss.logging.Logger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A server left behind by a killed run: its {@code postmaster.pid} would stop the next start with "lock file
 * already exists". If the process named there is still a postgres, stop it; if it is gone, remove the stale file.
 */
final class StaleServer {

    private static final Logger LOG = Logger.getLogger(StaleServer.class);

    private StaleServer() {
    }

    static void stopIfRunning(Path clusterDir, Duration wait) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(StaleServer::isPostgres);
        if (process.isPresent()) {
            LOG.warnf("A PostgreSQL server (pid %d) from an earlier run still holds %s: stopping it", pid.get(),
                    clusterDir);
            ProcessHandle handle = process.get();
            handle.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown
            try {
                handle.onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                LOG.warnf("PostgreSQL pid %d did not stop in %s; forcing it", pid.get(), wait);
                handle.destroyForcibly();
            }
        } else {
            LOG.warnf("Removing stale %s (its process is gone)", pidFile);
        }
        Files.deleteIfExists(pidFile);
    }

    static Optional<Long> readPid(Path pidFile) throws IOException {
        return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).flatMap(line -> {
            try {
                return Optional.of(Long.parseLong(line));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                .orElse(false);
    }
}
