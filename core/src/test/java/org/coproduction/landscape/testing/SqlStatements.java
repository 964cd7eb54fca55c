package org.coproduction.landscape.testing;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.server.Server;

/**
 * The SQL statements EclipseLink sends to the test database while some work runs: what a page or a
 * document costs the database, counted as the database would count it.
 */
public final class SqlStatements {

  /** What the work answered, and the statements it sent. */
  public record Sent<R>(R answer, List<String> statements) {}

  private SqlStatements() {}

  /**
   * Runs {@code work} (which opens its own entity managers of {@code emf}) and notes every SQL
   * statement sent meanwhile. Not for work running at the same time as other work of {@code emf}.
   */
  public static synchronized <R> Sent<R> during(EntityManagerFactory emf, Supplier<R> work) {
    Server server = JpaHelper.getServerSession(emf);
    SessionLog before = server.getSessionLog();
    List<String> statements = new ArrayList<>();
    AbstractSessionLog noting =
        new AbstractSessionLog() {
          @Override
          public void log(SessionLogEntry entry) {
            if (SessionLog.SQL.equals(entry.getNameSpace())) {
              statements.add(entry.getMessage());
            }
          }
        };
    noting.setLevel(SessionLog.SEVERE);
    noting.setLevel(SessionLog.FINE, SessionLog.SQL);
    server.setSessionLog(noting);
    try {
      return new Sent<>(work.get(), List.copyOf(statements));
    } finally {
      server.setSessionLog(before);
    }
  }
}
