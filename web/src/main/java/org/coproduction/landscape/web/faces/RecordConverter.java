package org.coproduction.landscape.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.coproduction.landscape.platform.RecordNotFoundException;
import org.coproduction.landscape.platform.Recorded;
import org.coproduction.landscape.register.Registry;

/**
 * A record chosen in a form field (an autocomplete among thousands), carried by its id and read
 * again from its register (looked up through CDI: converters are not injected here).
 */
public abstract class RecordConverter<T extends Recorded> implements Converter<T> {

  /** The register that finds the record. */
  protected abstract Class<? extends Registry<T>> registry();

  /** The key of the message shown when the input names no record, e.g. "Choose a network". */
  protected abstract String messageKey();

  @Override
  public T getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CDI.current().select(registry()).get().find(Long.parseLong(value.trim()));
    } catch (NumberFormatException | RecordNotFoundException e) {
      String message = CDI.current().select(Text.class).get().get(messageKey());
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, T value) {
    return value == null || value.getId() == null ? "" : value.getId().toString();
  }
}
