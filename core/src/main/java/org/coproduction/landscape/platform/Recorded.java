package org.coproduction.landscape.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Map;

/**
 * A record that people keep and edit: it has an id and a version, so that two people saving the
 * same record one after the other never silently overwrite each other.
 */
@MappedSuperclass
public abstract class Recorded implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "landscape_seq", sequenceName = "landscape_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "landscape_seq")
  private Long id;

  @Version
  @Column(nullable = false)
  private long version;

  public Long getId() {
    return id;
  }

  /** Set only by the API or a form that names an existing record. */
  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public boolean isNew() {
    return id == null;
  }

  /** The name a person reads in lists and in the history of changes. */
  public abstract String label();

  /**
   * The rules this record breaks that span more than one field (field name to message). Single
   * fields are checked by Bean Validation; this is for the rest, kept beside the data it judges.
   */
  public Map<String, String> brokenRules() {
    return Map.of();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || !getClass().equals(o.getClass()) || id == null) {
      return false;
    }
    return id.equals(((Recorded) o).id);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
