package org.coproduction.landscape.reports.schedule;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a report as an attachment through the SMTP server the deployment names: {@code
 * LANDSCAPE_SMTP_HOST}, {@code LANDSCAPE_SMTP_PORT} (25 unless given), {@code LANDSCAPE_SMTP_USER}
 * and {@code LANDSCAPE_SMTP_PASSWORD} where it asks for them, from {@code LANDSCAPE_MAIL_FROM}. The
 * connection turns to TLS (STARTTLS) wherever the server offers it, and must where a password is
 * sent.
 */
@ApplicationScoped
public class Mailer {

  @Inject
  @ConfigProperty(name = "landscape.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "landscape.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "landscape.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "landscape.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "landscape.mail.from")
  Optional<String> from;

  /** Why mail cannot be sent from this server, or empty when it can. */
  public Optional<String> notConfigured() {
    if (host.filter(h -> !h.isBlank()).isEmpty()) {
      return Optional.of("No mail server is configured on this server (LANDSCAPE_SMTP_HOST)");
    }
    if (from.filter(f -> !f.isBlank()).isEmpty()) {
      return Optional.of("No sender address is configured on this server (LANDSCAPE_MAIL_FROM)");
    }
    return Optional.empty();
  }

  /**
   * An address as a person wrote it, checked as RFC 822 requires and without a display name.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static String address(String written) {
    try {
      InternetAddress a = new InternetAddress(written.strip(), true);
      a.validate();
      if (a.getPersonal() != null || a.isGroup() || !a.getAddress().contains("@")) {
        throw new AddressException("not a plain address");
      }
      return a.getAddress();
    } catch (AddressException e) {
      throw new IllegalArgumentException("'" + written.strip() + "' is not an e-mail address");
    }
  }

  /** Sends {@code file} as {@code fileName} to {@code to}, with a short text saying what it is. */
  public void send(
      List<String> to, String subject, String text, Path file, String fileName, String mediaType)
      throws MessagingException {
    String missing = notConfigured().orElse(null);
    if (missing != null) {
      throw new MessagingException(missing);
    }
    Properties p = new Properties();
    p.put("mail.smtp.host", host.get());
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.starttls.enable", "true");
    p.put("mail.smtp.ssl.checkserveridentity", "true");
    p.put("mail.smtp.connectiontimeout", "20000");
    p.put("mail.smtp.timeout", "60000");
    p.put("mail.smtp.writetimeout", "60000");
    Authenticator login = null;
    if (user.filter(u -> !u.isBlank()).isPresent()) {
      p.put("mail.smtp.auth", "true");
      p.put("mail.smtp.starttls.required", "true");
      login =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), password.orElse(""));
            }
          };
    }
    MimeMessage message = new MimeMessage(Session.getInstance(p, login));
    message.setFrom(new InternetAddress(from.get(), true));
    message.setRecipients(
        Message.RecipientType.TO, InternetAddress.parse(String.join(",", to), true));
    message.setSubject(subject, "UTF-8");
    MimeBodyPart words = new MimeBodyPart();
    words.setText(text, "UTF-8");
    MimeBodyPart attached = new MimeBodyPart();
    FileDataSource source = new FileDataSource(file.toFile());
    attached.setDataHandler(
        new DataHandler(
            new jakarta.activation.DataSource() {
              @Override
              public java.io.InputStream getInputStream() throws java.io.IOException {
                return source.getInputStream();
              }

              @Override
              public java.io.OutputStream getOutputStream() {
                throw new UnsupportedOperationException();
              }

              @Override
              public String getContentType() {
                return mediaType;
              }

              @Override
              public String getName() {
                return fileName;
              }
            }));
    attached.setFileName(fileName);
    message.setContent(new MimeMultipart(words, attached));
    Transport.send(message);
  }
}
