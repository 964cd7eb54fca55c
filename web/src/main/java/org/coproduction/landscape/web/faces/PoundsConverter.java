package org.coproduction.landscape.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * An amount of money in a form field, written as people in the UK write it: 1,000.50 or £1,000.50
 * (pounds and pence). Whether it may be negative or have more than two decimal places is for the
 * record's rules to say, beside the field.
 */
@FacesConverter("pounds")
public class PoundsConverter implements Converter<BigDecimal> {

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String plain = value.trim().replace("£", "").replace(",", "").replace(" ", "");
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      String message = CDI.current().select(Text.class).get().get("record.pounds");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Text.LOCALE));
    format.setMaximumFractionDigits(Math.max(2, value.scale()));
    return format.format(value);
  }
}
