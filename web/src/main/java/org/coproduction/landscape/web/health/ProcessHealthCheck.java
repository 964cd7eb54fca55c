package org.coproduction.landscape.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application answers at all: Payara's {@code GET /health/live}. It asks nothing of
 * the database, so that an orchestrator restarts a server that is stuck, not every server while the
 * database restarts ({@link DatabaseHealthCheck} says whether the server is ready).
 */
@Liveness
@ApplicationScoped
public class ProcessHealthCheck implements HealthCheck {

  static final String NAME = "landscape-process";

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up(NAME);
  }
}
