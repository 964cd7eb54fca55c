package org.coproduction.landscape.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.platform.ListQuery;
import org.coproduction.landscape.platform.Page;
import org.coproduction.landscape.reports.lists.RecordSheet;
import org.coproduction.landscape.web.faces.RecordList;

/**
 * The list of networks: a lazy table that pages, sorts and filters in the database. The filters are
 * the page's URL parameters ({@code
 * ?area=E12000003&sector=HOUSING&status=ACTIVE&scope=LOCAL&q=text}), so a link from the dashboard's
 * map, a bookmark or the filter form (a GET) all say what the list shows. A code the list does not
 * know (an old bookmark, a mistyped link) is dropped rather than shown as an empty list.
 */
@Named
@ViewScoped
public class NetworkList extends RecordList<Network> {

  private static final long serialVersionUID = 1L;

  @Inject Networks networks;

  @Override
  protected RecordSheet sheet() {
    return RecordSheet.NETWORKS;
  }

  @Override
  protected String[] filterNames() {
    return new String[] {Networks.AREA, Networks.SECTOR, Networks.STATUS, Networks.SCOPE};
  }

  @Override
  protected Page<Network> list(ListQuery query) {
    return networks.list(query);
  }

  @Override
  protected String normalise(String name, String value) {
    String v = value.toUpperCase(Locale.ROOT);
    return switch (name) {
      case Networks.AREA -> AreaCode.isValid(v) ? v : null;
      case Networks.STATUS -> known(v, LifecycleStatus.values()) ? v : null;
      case Networks.SCOPE -> known(v, NetworkScope.values()) ? v : null;
      default -> v;
    };
  }

  private static boolean known(String value, Enum<?>[] values) {
    return Arrays.stream(values).anyMatch(e -> e.name().equals(value));
  }
}
