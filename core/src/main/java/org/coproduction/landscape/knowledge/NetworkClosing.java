package org.coproduction.landscape.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.landscape.audit.AuditLog;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.platform.EditConflictException;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.vocabulary.Themes;

/**
 * Closing a network with what it learned. Local networks spring up and die off, and what they
 * learned was recorded nowhere: here the closure and the lessons the network leaves are one act.
 * The network gets its closing date, reason and successor; each lesson becomes an insight about the
 * network, under a theme, with the network's sectors and areas. Either all of it is kept or none.
 */
@Stateless
public class NetworkClosing {

  /** A lesson a closing network leaves for those who come after, under a theme. */
  public record Lesson(String text, String themeCode) implements Serializable {}

  @Inject Networks networks;
  @Inject Themes themes;
  @Inject AuditLog audit;

  @PersistenceContext(unitName = "landscape")
  EntityManager em;

  /**
   * Closes the network and keeps its lessons, in one transaction.
   *
   * @throws EditConflictException if the network changed since {@code version} was read
   * @throws InvalidRecordException naming what is missing or wrong, in the network or a lesson
   */
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  public Network close(
      long id, long version, LocalDate on, String reason, Long successorId, List<Lesson> lessons) {
    Network network = networks.close(id, version, on, reason, successorId);
    int i = 0;
    for (Lesson lesson : lessons == null ? List.<Lesson>of() : lessons) {
      if (lesson.text() == null || lesson.text().isBlank()) {
        throw new InvalidRecordException(
            "lessons[" + i + "].text", "Write the lesson, or remove it");
      }
      Insight insight =
          new Insight(
                  lesson.text().trim(),
                  themes.byCode("lessons[" + i + "].theme", lesson.themeCode()),
                  on,
                  "Left by " + network.label() + " on closing")
              .about(network);
      insight.getSectors().addAll(network.getSectors());
      insight.getAreas().addAll(network.getAreas());
      em.persist(insight);
      audit.created(insight);
      i++;
    }
    em.flush();
    return network;
  }
}
