package org.coproduction.landscape.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * When a query finds the database gone, EclipseLink tries again with a fresh connection: by default
 * up to three times, 5 s apart, so that a request waited 10 s and more before it could say that the
 * database is away. Once, after a quarter of a second, is enough to step over a connection that
 * broke a moment ago; the server's pool already validates the connections it hands out. Named in
 * persistence.xml ({@code eclipselink.session.customizer}).
 */
public class QuickFailover implements SessionCustomizer {

  static final int RETRIES = 1;
  static final int DELAY_MILLIS = 250;

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(RETRIES);
      login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
    }
  }
}
