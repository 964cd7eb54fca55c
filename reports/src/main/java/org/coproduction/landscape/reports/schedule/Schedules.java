package org.coproduction.landscape.reports.schedule;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coproduction.landscape.organisation.Organisations;
import org.coproduction.landscape.platform.InvalidRecordException;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Roles;
import org.coproduction.landscape.reports.ReportParameters;
import org.coproduction.landscape.reports.Reports;
import org.coproduction.landscape.reports.lists.ListDownloads;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.reports.run.ListRequest;
import org.coproduction.landscape.reports.run.ReportRuns;
import org.coproduction.landscape.searches.SavedSearch;
import org.coproduction.landscape.searches.SavedSearches;

/**
 * A person's reports by e-mail: any document of the Reports screen with its filters, or a saved
 * search's list, sent weekly or monthly to the addresses they name, from a first sending they
 * choose (at once, unless they say when). Everyone who may run reports may schedule them; each
 * person sees and deletes their own. The document is produced as them when it is sent, so a
 * schedule stops sending anything once their account may no longer run reports.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.VIEWER})
public class Schedules {

  /** The most schedules one person keeps. */
  public static final int MAX_PER_PERSON = 20;

  @PersistenceContext(unitName = ReportRuns.PERSISTENCE_UNIT)
  EntityManager em;

  @Resource SessionContext session;

  @EJB Reports reports;

  @EJB ListDownloads lists;

  @EJB SavedSearches searches;

  @EJB ScheduledReports sender;

  @EJB Organisations organisations;

  private final Clock clock = Clock.systemUTC();

  /** The signed-in person's schedules, oldest first. */
  public List<ReportSchedule> mine() {
    return em.createNamedQuery(ReportSchedule.OF_OWNER, ReportSchedule.class)
        .setParameter("owner", caller())
        .getResultList();
  }

  /**
   * One of the signed-in person's schedules.
   *
   * @throws RecordNotFoundException when there is none of theirs with that id
   */
  public ReportSchedule find(long id) {
    ReportSchedule s = em.find(ReportSchedule.class, id);
    if (s == null || !s.getOwner().equals(caller())) {
      throw new RecordNotFoundException("schedule", id);
    }
    return s;
  }

  /**
   * Schedules the document {@code name} with {@code parameters}.
   *
   * @param first the first sending; null for at once
   * @throws RecordNotFoundException when there is no such report, funder or programme
   * @throws InvalidRecordException naming the field that cannot be used
   */
  public ReportSchedule document(
      String name,
      ReportParameters parameters,
      Cadence cadence,
      List<String> recipients,
      Instant first) {
    reports.describe(name, parameters);
    String title = reports.titleOf(name);
    List<String> about = new ArrayList<>();
    if (parameters.funderId() != null) {
      about.add(organisations.find(parameters.funderId()).getName());
    }
    if (parameters.from() != null || parameters.to() != null) {
      about.add(parameters.periodText());
    }
    if (!about.isEmpty()) {
      title += " (" + String.join(", ", about) + ")";
    }
    return add(name, title, parameters, null, cadence, recipients, first);
  }

  /**
   * Schedules the list a saved search finds, in {@code format}, with the search's filters as they
   * are now: the person's own search or a shared one (the list of people for administrators only).
   *
   * @throws RecordNotFoundException when there is no such search, or the person may not use it
   * @throws InvalidRecordException naming the field that cannot be used
   */
  public ReportSchedule search(
      long searchId,
      ListDownloads.Format format,
      Cadence cadence,
      List<String> recipients,
      Instant first) {
    SavedSearch search = searches.find(searchId);
    RecordSheet sheet = RecordSheet.of(search.getKind().id());
    lists.check(sheet, ListQuery.ofParameters(search.getQuery(), 1));
    return add(
        ReportRuns.listRunName(format),
        "Saved search \u201c" + search.getName() + "\u201d (" + sheet.kind() + ")",
        ReportParameters.none(),
        new ListRequest(sheet.kind(), search.getQuery()),
        cadence,
        recipients,
        first);
  }

  private ReportSchedule add(
      String name,
      String title,
      ReportParameters parameters,
      ListRequest list,
      Cadence cadence,
      List<String> recipients,
      Instant first) {
    List<String> to = recipients(recipients);
    if (cadence == null) {
      throw new InvalidRecordException("cadence", "Choose how often: WEEKLY or MONTHLY");
    }
    String owner = caller();
    long kept =
        em.createQuery("select count(s) from ReportSchedule s where s.owner = :owner", Long.class)
            .setParameter("owner", owner)
            .getSingleResult();
    if (kept >= MAX_PER_PERSON) {
      throw new InvalidRecordException(
          "schedule",
          "You have " + MAX_PER_PERSON + " scheduled reports: delete one before adding another");
    }
    Instant now = clock.instant();
    ReportSchedule s =
        new ReportSchedule(
            owner, name, title, parameters, list, cadence, to, first == null ? now : first, now);
    em.persist(s);
    em.flush();
    return s;
  }

  /** The addresses as given, each checked, without repeats (whatever their case). */
  private static List<String> recipients(List<String> given) {
    Set<String> to = new LinkedHashSet<>();
    Set<String> seen = new java.util.HashSet<>();
    List<String> wrong = new ArrayList<>();
    for (String written : given == null ? List.<String>of() : given) {
      if (written == null || written.isBlank()) {
        continue;
      }
      try {
        String address = Mailer.address(written);
        if (seen.add(address.toLowerCase(java.util.Locale.ROOT))) {
          to.add(address);
        }
      } catch (IllegalArgumentException e) {
        wrong.add(e.getMessage());
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidRecordException("recipients", String.join("; ", wrong));
    }
    if (to.isEmpty()) {
      throw new InvalidRecordException("recipients", "Give at least one e-mail address to send to");
    }
    if (to.size() > ReportSchedule.MAX_RECIPIENTS) {
      throw new InvalidRecordException(
          "recipients", "Send to at most " + ReportSchedule.MAX_RECIPIENTS + " addresses");
    }
    String joined = String.join(", ", to);
    if (joined.length() > 2000) {
      throw new InvalidRecordException("recipients", "The addresses are too long together");
    }
    return List.copyOf(to);
  }

  /**
   * Deletes one of the signed-in person's schedules.
   *
   * @throws RecordNotFoundException when there is none of theirs with that id
   */
  public void delete(long id) {
    em.remove(find(id));
  }

  /**
   * Sends the schedule's report now, whatever its next sending, and says how it went; its next
   * sending stays as it was.
   *
   * @throws RecordNotFoundException when there is none of theirs with that id
   * @throws MailNotSentException when it could not be produced or sent: why
   */
  public ReportSchedule sendNow(long id) {
    ReportSchedule s = find(id);
    em.detach(s);
    sender.sendNow(s.getId());
    return find(id);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
