package org.coproduction.landscape.searches;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coproduction.landscape.platform.Recorded;

/**
 * A list's filters saved under a name by the person who chose them: private to them, or shared with
 * everyone signed in. The query is the list's own address parameters ({@code
 * area=E12000003&status=ACTIVE&sort=-name}), so that opening it, counting it and downloading it ask
 * the list exactly what the person asked.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch extends Recorded {

  private static final long serialVersionUID = 1L;

  /** The username of the person who saved it. */
  @Column(nullable = false, length = 100)
  private String owner;

  @NotBlank(message = "{landscape.search.name.required}")
  @Size(max = 100, message = "{landscape.search.name.size}")
  @Column(nullable = false, length = 100)
  private String name;

  /** The list it searches ({@link SearchKind}). */
  @Column(nullable = false, length = 20)
  private String kind;

  @Size(max = 2000, message = "{landscape.search.query.size}")
  @Column(nullable = false, length = 2000)
  private String query;

  @Column(nullable = false)
  private boolean shared;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SavedSearch() {}

  public SavedSearch(
      String owner, String name, SearchKind kind, String query, boolean shared, Instant at) {
    this.owner = owner;
    this.name = name == null ? null : name.strip();
    this.kind = kind.id();
    this.query = query == null ? "" : query;
    this.shared = shared;
    this.createdAt = at;
  }

  @Override
  public String label() {
    return name;
  }

  public String getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public SearchKind getKind() {
    return SearchKind.of(kind).orElseThrow();
  }

  public String getQuery() {
    return query;
  }

  public boolean isShared() {
    return shared;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
