package org.coproduction.landscape.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.coproduction.landscape.register.Registry;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.vocabulary.Sector;
import org.coproduction.landscape.vocabulary.Sectors;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("sectors")
@RequestScoped
@Tag(
    name = "Sectors",
    description =
        "The codes networks and insights use (HOUSING, SOCIAL_CARE...). Sort: name, code.")
public class SectorResource extends ListEntryResource<Sector> {

  @Inject private Sectors sectors;

  public SectorResource() {
    super(Sector.class, () -> new Sector(null, null));
  }

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.SECTORS;
  }

  @Override
  protected Registry<Sector> registry() {
    return sectors;
  }
}
