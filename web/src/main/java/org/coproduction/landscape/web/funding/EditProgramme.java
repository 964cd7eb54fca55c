package org.coproduction.landscape.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduction.landscape.funding.GrantProgramme;
import org.coproduction.landscape.funding.Programmes;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.web.faces.EditRecord;

/** Adding a funder's programme or editing one: its title, code, funder and purpose. */
@Named
@ViewScoped
public class EditProgramme extends EditRecord<GrantProgramme> {

  private static final long serialVersionUID = 1L;

  public EditProgramme() {
    super(GrantProgramme.class, "programme", "/programmes/view", "form.programme.new");
  }

  @Inject Programmes programmes;

  @Override
  protected Registry<GrantProgramme> registry() {
    return programmes;
  }

  @Override
  protected GrantProgramme blank() {
    return new GrantProgramme(null, null, null);
  }

  @Override
  protected void compare(Comparison c, GrantProgramme theirs, GrantProgramme yours) {
    c.add("form.programme.title", theirs.getTitle(), yours.getTitle())
        .add("form.programme.code", theirs.getCode(), yours.getCode())
        .add("form.programme.funder", theirs.getFunder(), yours.getFunder())
        .add("edit.description", theirs.getDescription(), yours.getDescription());
  }
}
