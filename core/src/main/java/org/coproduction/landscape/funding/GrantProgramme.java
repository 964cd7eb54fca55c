package org.coproduction.landscape.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.platform.Recorded;

/** A funder's programme under which grants are made (360Giving: Grant Programme). */
@Entity
@Table(name = "grant_programme")
public class GrantProgramme extends Recorded {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{landscape.grantProgramme.title.required}")
  @Size(max = 200, message = "{landscape.grantProgramme.title.size}")
  @Column(nullable = false, length = 200)
  private String title;

  @Size(max = 60, message = "{landscape.grantProgramme.code.size}")
  @Column(length = 60)
  private String code;

  @NotNull(message = "{landscape.grantProgramme.funder.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funder_id", nullable = false)
  private Organisation funder;

  @Size(max = 4000, message = "{landscape.grantProgramme.description.size}")
  @Column
  private String description;

  protected GrantProgramme() {}

  public GrantProgramme(String title, String code, Organisation funder) {
    this.title = title;
    this.code = code;
    this.funder = funder;
  }

  @Override
  public String label() {
    return title;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Organisation getFunder() {
    return funder;
  }

  public void setFunder(Organisation funder) {
    this.funder = funder;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
