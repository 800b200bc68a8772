package org.sijill.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sijill.ingest.StartupIngest;

/** Ready only once the startup ingest has finished (the datasource check covers database reachability). */
@Readiness
@ApplicationScoped
public class IngestReadiness implements HealthCheck {

    @Inject
    StartupIngest startup;

    @Override
    public HealthCheckResponse call() {
        var state = startup.state();
        var builder = HealthCheckResponse.named("startup-ingest").status(state != StartupIngest.State.PENDING)
                .withData("state", state.name());
        var report = startup.report();
        if (report != null) {
            builder.withData("inserted", report.inserted()).withData("updated", report.updated())
                    .withData("unchanged", report.unchanged()).withData("skipped", report.skipped().size());
        }
        return builder.build();
    }
}
