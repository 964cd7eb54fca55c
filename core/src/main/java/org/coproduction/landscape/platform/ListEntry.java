package org.coproduction.landscape.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An entry of a list that staff keep (sectors, themes): a stable code and a name people read. */
@MappedSuperclass
public abstract class ListEntry extends Recorded {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{landscape.listEntry.code.required}")
  @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{landscape.listEntry.code.format}")
  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @NotBlank(message = "{landscape.listEntry.name.required}")
  @Size(max = 100, message = "{landscape.listEntry.name.size}")
  @Column(nullable = false, length = 100)
  private String name;

  protected ListEntry() {}

  protected ListEntry(String code, String name) {
    this.code = code;
    this.name = name;
  }

  @Override
  public String label() {
    return name;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return code;
  }
}
