package org.coproduction.landscape.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Objects;

/**
 * One network standing to another: a member of, affiliated with, succeeded by. Part of its network.
 */
@Entity
@Table(name = "network_relation")
public class NetworkRelation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "landscape_seq", sequenceName = "landscape_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "landscape_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "from_network_id", nullable = false)
  private Network from;

  @NotNull(message = "{landscape.networkRelation.to.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_network_id", nullable = false)
  private Network to;

  @NotNull(message = "{landscape.networkRelation.type.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RelationType type;

  protected NetworkRelation() {}

  NetworkRelation(Network from, RelationType type, Network to) {
    this.from = Objects.requireNonNull(from);
    this.type = Objects.requireNonNull(type, "A relation needs a type");
    this.to = Objects.requireNonNull(to, "A relation needs another network");
  }

  public Long getId() {
    return id;
  }

  public Network getFrom() {
    return from;
  }

  public Network getTo() {
    return to;
  }

  public RelationType getType() {
    return type;
  }

  @Override
  public String toString() {
    return type.forwards() + " " + (to == null ? "?" : to.label());
  }
}
