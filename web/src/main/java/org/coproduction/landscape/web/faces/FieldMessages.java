package org.coproduction.landscape.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.coproduction.landscape.platform.InvalidRecordException;

/**
 * Puts the messages of an {@link InvalidRecordException} beside the fields they are about. A form
 * names each input after the record's field ({@code lifecycle.foundedOn} is the input with the
 * attribute {@code field}); a message about a field that has no input on the form is shown at the
 * top.
 */
public final class FieldMessages {

  /** The attribute an input carries to say which field of the record it edits. */
  public static final String FIELD = "field";

  private FieldMessages() {}

  public static void show(FacesContext faces, UIComponent form, InvalidRecordException e) {
    for (Map.Entry<String, String> m : e.messages().entrySet()) {
      UIInput input = find(form, m.getKey());
      FacesMessage message =
          new FacesMessage(FacesMessage.SEVERITY_ERROR, m.getValue(), m.getValue());
      if (input != null) {
        input.setValid(false);
        faces.addMessage(input.getClientId(faces), message);
      } else {
        faces.addMessage(null, message);
      }
    }
    faces.validationFailed();
  }

  private static UIInput find(UIComponent parent, String field) {
    for (UIComponent child : parent.getChildren()) {
      if (child instanceof UIInput input && field.equals(child.getAttributes().get(FIELD))) {
        return input;
      }
      UIInput found = find(child, field);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
