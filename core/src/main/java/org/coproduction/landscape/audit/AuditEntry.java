package org.coproduction.landscape.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One change to the record: who made it, when, to which record, and what changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.OF_RECORD,
    query =
        "select a from AuditEntry a where a.recordType = :type and a.recordId = :id"
            + " order by a.at desc, a.id desc")
@NamedQuery(
    name = AuditEntry.COUNT_OF_RECORD,
    query = "select count(a) from AuditEntry a where a.recordType = :type and a.recordId = :id")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OF_RECORD = "AuditEntry.ofRecord";
  public static final String COUNT_OF_RECORD = "AuditEntry.countOfRecord";

  /** What was done to the record. */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    ANONYMISE,
    /** One record entered twice merged into another, which keeps both histories. */
    MERGE
  }

  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 100)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Action action;

  @Column(name = "record_type", nullable = false, length = 60)
  private String recordType;

  @Column(name = "record_id")
  private Long recordId;

  @Column(name = "record_label", length = 300)
  private String recordLabel;

  /** One line per changed field: "field: before -> after". */
  @Column private String changes;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at,
      String actor,
      Action action,
      String recordType,
      Long recordId,
      String recordLabel,
      String changes) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.recordType = recordType;
    this.recordId = recordId;
    this.recordLabel =
        recordLabel == null || recordLabel.length() <= 300
            ? recordLabel
            : recordLabel.substring(0, 300);
    this.changes = changes;
  }

  /**
   * How an entry refers to another record (a network's contact, an event's participant): its label
   * and its id, e.g. {@code "Jo Smith (#12)"}, so that the reference can be found by id.
   */
  public static String reference(String label, Long id) {
    return label + " (#" + id + ")";
  }

  /** Keeps what was done and when, under {@code label}, without the values. */
  void forget(String label) {
    this.recordLabel = label;
    this.changes = null;
  }

  void rewrite(String changes) {
    this.changes = changes;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public Action getAction() {
    return action;
  }

  public String getRecordType() {
    return recordType;
  }

  public Long getRecordId() {
    return recordId;
  }

  public String getRecordLabel() {
    return recordLabel;
  }

  public String getChanges() {
    return changes;
  }
}
