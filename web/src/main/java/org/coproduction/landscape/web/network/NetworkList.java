package org.coproduction.landscape.web.network;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.network.LifecycleStatus;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.NetworkScope;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.web.faces.RegistryDataModel;

/**
 * The list of networks: a lazy table that pages, sorts and filters in the database. The filters are
 * the page's URL parameters ({@code
 * ?area=E12000003&sector=HOUSING&status=ACTIVE&scope=LOCAL&q=text}), so a link from the dashboard's
 * map, a bookmark or the filter form (a GET) all say what the list shows.
 */
@Named
@ViewScoped
public class NetworkList implements Serializable, RegistryDataModel.Question {

  private static final long serialVersionUID = 1L;

  @EJB Networks networks;

  private String q;
  private String area;
  private String sector;
  private String status;
  private String scope;
  private RegistryDataModel<Network> model;

  public void load() {
    area = known(area, AreaCode::isValid);
    status =
        known(
            status, v -> Arrays.stream(LifecycleStatus.values()).anyMatch(e -> e.name().equals(v)));
    scope =
        known(scope, v -> Arrays.stream(NetworkScope.values()).anyMatch(e -> e.name().equals(v)));
    sector = sector == null || sector.isBlank() ? null : sector.trim().toUpperCase();
    q = q == null || q.isBlank() ? null : q.trim();
    model = new RegistryDataModel<>(query -> networks.list(query), () -> this);
  }

  /**
   * A filter value from the URL in upper case, or null when it is empty or not one the list knows.
   */
  private static String known(String value, Predicate<String> valid) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim().toUpperCase();
    return valid.test(v) ? v : null;
  }

  @Override
  public String text() {
    return q;
  }

  @Override
  public Map<String, String> filters() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put(Networks.AREA, area);
    f.put(Networks.SECTOR, sector);
    f.put(Networks.STATUS, status);
    f.put(Networks.SCOPE, scope);
    return f;
  }

  public boolean isFiltered() {
    return q != null || filters().values().stream().anyMatch(v -> v != null && !v.isBlank());
  }

  public RegistryDataModel<Network> getModel() {
    return model;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }
}
