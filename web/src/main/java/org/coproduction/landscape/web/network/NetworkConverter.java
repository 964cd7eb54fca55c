package org.coproduction.landscape.web.network;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.network.Networks;
import org.coproduction.landscape.platform.RecordNotFoundException;

/**
 * A network in a form field, by its id (looked up through CDI: converters are not injected here).
 */
@FacesConverter("network")
public class NetworkConverter implements Converter<Network> {

  @Override
  public Network getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CDI.current().select(Networks.class).get().find(Long.parseLong(value.trim()));
    } catch (NumberFormatException | RecordNotFoundException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a network from the list", null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Network value) {
    return value == null || value.getId() == null ? "" : value.getId().toString();
  }
}
