package org.coproduction.landscape.platform;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The landscape's connection source, named by {@link Database#JNDI_NAME} and pooled by the server.
 *
 * <p>It reads its settings when the pool opens a connection, so switching databases needs a
 * restart, never a rebuild:
 *
 * <ul>
 *   <li>{@code LANDSCAPE_DB_URL}, {@code LANDSCAPE_DB_USER}, {@code LANDSCAPE_DB_PASSWORD}
 *       (MicroProfile Config keys {@code landscape.db.url}, {@code .user}, {@code .password}): any
 *       database whose JDBC driver is known here; the driver follows from the URL's prefix ({@code
 *       jdbc:postgresql:} or {@code jdbc:h2:}).
 *   <li>Without a URL: an H2 file database {@code landscape} in the data folder, which is {@code
 *       LANDSCAPE_DATA_DIR} ({@code landscape.data.dir}), else {@code LANDSCAPE_DEFAULT_DATA_DIR}
 *       ({@code landscape.default.data.dir}: what {@code ./mvnw -Prun} passes, the project's {@code
 *       data/}), else {@code ~/.landscape/data}. The default is a key of its own so that the
 *       operator's setting always wins over what the build passes, whatever the MicroProfile Config
 *       ordinals of the two sources.
 * </ul>
 *
 * <p>The H2 flags make H2 accept the same migrations as PostgreSQL; every tool that opens the file
 * must use them.
 *
 * <p>What is acknowledged stays written, and nothing waits forever on the database:
 *
 * <ul>
 *   <li>An H2 file database writes each commit before the commit returns ({@link #H2_DURABLE}):
 *       H2's default keeps commits in memory for up to half a second, and a killed server lost
 *       them.
 *   <li>PostgreSQL connections give up on connecting, on a silent socket and on a long statement
 *       ({@link #POSTGRESQL_TIMEOUTS}), unless the URL names its own values.
 * </ul>
 */
public class LandscapeDataSource implements DataSource {

  /** The H2 settings that let one migration folder serve H2 and PostgreSQL. */
  public static final String H2_FLAGS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  /**
   * H2 writes a commit to the file before the commit returns (by default it does so up to 500 ms
   * later, and a killed process loses what it had not written).
   */
  public static final String H2_DURABLE = ";WRITE_DELAY=0";

  /**
   * The driver properties that keep a PostgreSQL connection from waiting forever: connecting (in
   * seconds), reading from a silent socket (seconds, longer than the statement timeout so that the
   * server ends a long statement first) and one statement (the server cancels it). Parameters of
   * the same names in the URL win.
   */
  static final Map<String, String> POSTGRESQL_TIMEOUTS =
      Map.of(
          "connectTimeout", "5",
          "socketTimeout", "150",
          "options", "-c statement_timeout=120s");

  static final String URL_KEY = "landscape.db.url";
  static final String USER_KEY = "landscape.db.user";
  static final String PASSWORD_KEY = "landscape.db.password";
  static final String DATA_DIR_KEY = "landscape.data.dir";
  static final String DEFAULT_DATA_DIR_KEY = "landscape.default.data.dir";

  private static final Map<String, String> DRIVERS =
      Map.of("jdbc:postgresql:", "org.postgresql.Driver", "jdbc:h2:", "org.h2.Driver");

  private static final Logger LOG = Logger.getLogger(LandscapeDataSource.class.getName());

  private String url;
  private String user;
  private String password;
  private int loginTimeout;
  private PrintWriter logWriter;
  private volatile Settings settings;

  /**
   * What this data source connects to: resolved once, from the pool's properties or the
   * configuration.
   */
  record Settings(String url, String user, String password, Driver driver) {

    String describe() {
      int semicolon = url.indexOf(';');
      String shown = semicolon < 0 ? url : url.substring(0, semicolon);
      int question = shown.indexOf('?');
      return (question < 0 ? shown : shown.substring(0, question)) + " as " + user;
    }
  }

  /** The JDBC URL this data source will use: explicit, configured, or the default H2 file. */
  public static String effectiveUrl() {
    return setting(URL_KEY)
        .map(LandscapeDataSource::durable)
        .orElseGet(
            () -> "jdbc:h2:file:" + dataDirectory().resolve("landscape") + H2_FLAGS + H2_DURABLE);
  }

  /**
   * The URL with {@link #H2_DURABLE} added when it names an H2 file database that does not set its
   * own write delay.
   */
  static String durable(String url) {
    boolean h2File =
        url.startsWith("jdbc:h2:file:")
            || (url.startsWith("jdbc:h2:") && !url.matches("jdbc:h2:(\\w+):.*"));
    return h2File && !url.toUpperCase().contains(";WRITE_DELAY=") ? url + H2_DURABLE : url;
  }

  /** The folder of the default H2 database. */
  public static Path dataDirectory() {
    return setting(DATA_DIR_KEY)
        .or(() -> setting(DEFAULT_DATA_DIR_KEY))
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".landscape", "data"))
        .toAbsolutePath()
        .normalize();
  }

  private Settings settings() throws SQLException {
    Settings current = settings;
    if (current == null) {
      synchronized (this) {
        current = settings;
        if (current == null) {
          String effectiveUrl =
              notBlank(url)
                  .map(LandscapeDataSource::durable)
                  .orElseGet(LandscapeDataSource::effectiveUrl);
          boolean configured = notBlank(url).isPresent() || setting(URL_KEY).isPresent();
          String effectiveUser =
              notBlank(user).or(() -> setting(USER_KEY)).orElse(configured ? null : "sa");
          String effectivePassword = notBlank(password).or(() -> setting(PASSWORD_KEY)).orElse("");
          current =
              new Settings(effectiveUrl, effectiveUser, effectivePassword, driverFor(effectiveUrl));
          LOG.info("Landscape database: " + current.describe());
          settings = current;
        }
      }
    }
    return current;
  }

  private static Driver driverFor(String url) throws SQLException {
    String className =
        DRIVERS.entrySet().stream()
            .filter(entry -> url.startsWith(entry.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(
                () ->
                    new SQLException(
                        "No JDBC driver known for the URL in LANDSCAPE_DB_URL: use jdbc:postgresql://host:port/db "
                            + "or jdbc:h2:..."));
    try {
      return (Driver)
          Class.forName(className, true, LandscapeDataSource.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new SQLException("The JDBC driver " + className + " could not be loaded", e);
    }
  }

  /** A setting by MicroProfile Config key (system property, environment variable, config files). */
  static Optional<String> setting(String key) {
    try {
      return ConfigProvider.getConfig(LandscapeDataSource.class.getClassLoader())
          .getOptionalValue(key, String.class)
          .flatMap(LandscapeDataSource::notBlank);
    } catch (RuntimeException | LinkageError e) {
      // No MicroProfile Config here: the same order by hand (system property, then environment
      // variable).
      return notBlank(System.getProperty(key))
          .or(() -> notBlank(System.getenv(key.toUpperCase().replace('.', '_'))));
    }
  }

  private static Optional<String> notBlank(String value) {
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }

  @Override
  public Connection getConnection() throws SQLException {
    Settings s = settings();
    return connect(s, s.user(), s.password());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return connect(settings(), username, password);
  }

  private Connection connect(Settings s, String username, String pass) throws SQLException {
    Properties properties = new Properties();
    if (username != null) {
      properties.setProperty("user", username);
    }
    if (pass != null) {
      properties.setProperty("password", pass);
    }
    if (s.url().startsWith("jdbc:postgresql:")) {
      // The driver reads the URL's parameters over these properties.
      properties.putAll(POSTGRESQL_TIMEOUTS);
      if (loginTimeout > 0) {
        properties.setProperty("loginTimeout", Integer.toString(loginTimeout));
      }
    }
    Connection connection = s.driver().connect(s.url(), properties);
    if (connection == null) {
      throw new SQLException("The driver refused the URL " + s.describe());
    }
    return connection;
  }

  // Bean properties the server may set from the data source definition; blank means "use the
  // configuration".

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
    this.settings = null;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
    this.settings = null;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
    this.settings = null;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
