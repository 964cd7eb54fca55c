package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.vocabulary.Theme;
import org.coproduction.landscape.vocabulary.Themes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("themes")
@RequestScoped
@Tag(name = "Themes", description = "The codes insights and events use. Sort: name, code.")
public class ThemeResource extends ListEntryResource<Theme> {

  @Inject private Themes themes;

  public ThemeResource() {
    super(Theme.class, () -> new Theme(null, null));
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.THEMES;
  }

  @Override
  protected Registry<Theme> registry() {
    return themes;
  }
}
