package org.coproduction.landscape.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.coproduction.landscape.reports.TestTools;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium-headless-shell} and {@code chromium-driver}, or
 * Ubuntu's snap) looking at the application as a person would, with axe-core to check each screen
 * and a screenshot of each screen under {@code target/screenshots}.
 *
 * <p>There is no fallback: without Chromium the browser tests fail, they are never skipped ({@code
 * .ci/run} installs it).
 */
final class Browser implements AutoCloseable {

  /**
   * The Chromium the tests drive, as {@code .mvn/test-tools.sh} finds it (the one list of where
   * each system puts it, which the build checks before any test): on Debian Chromium's headless
   * shell (Blink and V8 as in Chromium, without the browser's windows: the same pages for about a
   * quarter less of the browser's CPU, which the servers the tests run against share), started as
   * the program itself, not as Debian's {@code /usr/bin/chromium-headless-shell} script, whose
   * child ChromeDriver's quit would leave running; on Ubuntu the snap in its headless mode. {@code
   * -Dbrowser.chromium} names another.
   */
  static final Optional<Path> CHROMIUM = TestTools.program("browser.chromium", "chromium");

  /**
   * ChromeDriver, as {@code .mvn/test-tools.sh} finds it, unless {@code -Dbrowser.chromedriver}.
   */
  static final Optional<Path> CHROMEDRIVER =
      TestTools.program("browser.chromedriver", "chromedriver");

  static final String LOGIN = "/login.xhtml";

  private final ChromeDriver driver;
  private final String root;
  private final Path downloads;

  Browser(URL application) {
    if (CHROMIUM.isEmpty() || CHROMEDRIVER.isEmpty()) {
      fail("Chromium or ChromeDriver is missing: install them with " + TestTools.installCommand());
    }
    String r = application.toString();
    root = r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
    // Files the pages send as attachments land here, as in a person's Downloads folder. The
    // profile is ChromeDriver's own, made and removed by it: given one, ChromeDriver opens no first
    // page, which the headless shell needs to be driven.
    try {
      downloads = Files.createTempDirectory("landscape-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.get().toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024",
        "--lang=en-GB");
    // The browser's console (CSP violations among it), read by browserLog().
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.get().toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  /**
   * Clicks what starts a download, as a person would, and waits for the file to arrive whole.
   *
   * @return the downloaded file
   */
  Path download(String css) {
    List<Path> before = downloaded();
    WebElement e = find(css);
    scrollTo(e);
    e.click();
    return wait(60)
        .until(
            d -> {
              List<Path> now = downloaded();
              now.removeAll(before);
              // Chromium reserves the file's name with an empty file and writes beside it in a
              // .crdownload, renaming it over the reserved name at the end: the file is whole when
              // no .crdownload is left and it holds something.
              if (now.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                return null;
              }
              return now.stream().filter(Browser::holdsSomething).findFirst().orElse(null);
            });
  }

  private static boolean holdsSomething(Path file) {
    try {
      return Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private List<Path> downloaded() {
    try (var files = Files.list(downloads)) {
      return new java.util.ArrayList<>(files.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the application, e.g. {@code /networks/list.xhtml?area=E12000003}. */
  Browser open(String path) {
    driver.get(root + path);
    return this;
  }

  String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(root) ? url.substring(root.length()) : url;
  }

  WebElement find(String css) {
    return wait(5).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  String text(String css) {
    return find(css).getText();
  }

  Browser type(String css, String value) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(value);
    return this;
  }

  /** Clicks and waits for the next page to load. */
  Browser clickAndWait(String css) {
    WebElement e = find(css);
    scrollTo(e);
    e.click();
    wait(30).until(d -> gone(e));
    waitForLoad();
    return this;
  }

  /**
   * Presses a key on the element, as a person at the keyboard would, and waits for the next page.
   */
  Browser pressAndWait(WebElement e, CharSequence key) {
    e.sendKeys(key);
    wait(30).until(d -> gone(e));
    waitForLoad();
    return this;
  }

  /**
   * Whether the element has left the page (Chromium may say so with another error than "stale").
   */
  private static boolean gone(WebElement e) {
    try {
      e.isEnabled();
      return false;
    } catch (WebDriverException stale) {
      return true;
    }
  }

  /**
   * Clicks as a person does once the thing has stopped moving: after scrolling to it, waits until
   * it holds its place over two frames and is what lies under its centre (not a dialog's mask or a
   * panel), so the click cannot land where it was a moment before (a dialog placed again after a
   * change of the window's size).
   */
  Browser click(String css) {
    WebElement e = wait(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    scrollTo(e);
    wait(10)
        .withMessage(() -> css + " keeps moving or lies under something else")
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeAsyncScript(
                            "const e = arguments[0], done = arguments[arguments.length - 1];"
                                + "const at = () => { const r = e.getBoundingClientRect();"
                                + "  return [r.left, r.top, r.width, r.height].join(); };"
                                + "const before = at();"
                                + "requestAnimationFrame(() => requestAnimationFrame(() => {"
                                + "  const r = e.getBoundingClientRect();"
                                + "  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                                + "  done(at() === before && hit !== null && (hit === e || e.contains(hit)));"
                                + "}));",
                            e)));
    e.click();
    return this;
  }

  /** Brings the element to the middle of its scrolling box, as a person would scroll to it. */
  void scrollTo(WebElement e) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
  }

  void waitForLoad() {
    wait(30)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Waits until no PrimeFaces or Faces Ajax request is running. */
  void waitForAjax() {
    wait(30)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())")));
  }

  WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /**
   * Signs in the way a person does: opens the application's address, which leads to the sign-in
   * form (the browser fetching what it fetches for a page, such as the icon), and signs in there.
   */
  Browser signIn(String username, String password) {
    open("/");
    wait(10).until(d -> path().startsWith(LOGIN));
    type("#signIn\\:username", username);
    type("#signIn\\:password", password);
    return clickAndWait("#signIn\\:submit");
  }

  /**
   * Fetches these paths from the page the way the page's own images and scripts would (an image,
   * and {@code fetch} with the cookies), and waits until all have answered.
   */
  Browser fetchFromThePage(String... paths) {
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "Promise.all(arguments[0].map(p => Promise.all(["
            + " new Promise(r => { const i = new Image(); i.onload = i.onerror = r; i.src = p; }),"
            + " fetch(p, {credentials: 'include'}).catch(() => null)])))"
            + ".then(() => done(true));",
        List.of(paths).stream().map(p -> root + p).toList());
    return this;
  }

  /** What the browser wrote to its console since the last call (CSP violations among it). */
  List<String> browserLog() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The Content-Security-Policy violations the browser reported since the last call. */
  List<String> cspViolations() {
    return browserLog().stream().filter(m -> m.contains("Content Security Policy")).toList();
  }

  Browser signOut() {
    driver.manage().deleteAllCookies();
    return this;
  }

  String sessionCookie() {
    Cookie c = driver.manage().getCookieNamed("LANDSCAPESESSION");
    return c == null ? null : c.getValue();
  }

  Cookie sessionCookieDetails() {
    return driver.manage().getCookieNamed("LANDSCAPESESSION");
  }

  /**
   * Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on the page and fails naming every
   * violation and the elements it was found on.
   */
  void assertAccessible(String screen) {
    failOn(
        axe(
            "document",
            "{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',"
                + " 'best-practice']}"),
        screen);
  }

  /**
   * The violations axe-core finds with the given rules ({@code runOnly}) in a context: a script
   * expression giving what axe.run takes (the document, elements), or none, to check nothing.
   */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> axe(String context, String runOnly) {
    JavascriptExecutor js = driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
      String axe = System.getProperty("axe.script");
      if (axe == null || !new File(axe).isFile()) {
        fail(
            "axe-core is missing ("
                + axe
                + "): the build downloads it into target/axe-core (pre-integration-test)");
      }
      try {
        js.executeScript(Files.readString(Path.of(axe), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return (List<Map<String, Object>>)
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const context = "
                + context
                + ";"
                + "if (!context) { done([]); return; }"
                + "axe.run(context, {runOnly: "
                + runOnly
                + "})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' ') + ' : ' + n.failureSummary).slice(0, 5)}))))"
                + ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));");
  }

  @SuppressWarnings("unchecked")
  private void failOn(List<Map<String, Object>> violations, String screen) {
    if (!violations.isEmpty()) {
      fail(
          "axe-core found "
              + violations.size()
              + " violation(s) on "
              + screen
              + " ("
              + path()
              + "):\n"
              + violations.stream()
                  .map(
                      v ->
                          "- "
                              + v.get("id")
                              + " ["
                              + v.get("impact")
                              + "] "
                              + v.get("help")
                              + "\n    "
                              + String.join("\n    ", (List<String>) v.get("nodes")))
                  .collect(Collectors.joining("\n")));
    }
  }

  /** Keeps a picture of the screen as a test artefact: target/screenshots/{name}.png. */
  void screenshot(String name) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks a screen: no axe-core violation, a screenshot kept, and the page reflows at 320 CSS
   * pixels wide and at 200 % zoom (WCAG 1.4.10).
   */
  void check(String name) {
    waitForAjax();
    screenshot(name);
    assertAccessible(name);
    assertReflows(name);
    assertTablesCaptioned(name);
  }

  /**
   * Every table shown (those in closed details opened for the check) says what it lists in words a
   * sighted reader sees too: a plain table by its visible caption, inside a region that takes the
   * keyboard's focus and is named by that caption (the region scrolls sideways on a narrow screen);
   * a PrimeFaces list by its visible header. Fails naming the tables that do not.
   */
  @SuppressWarnings("unchecked")
  void assertTablesCaptioned(String name) {
    List<String> uncaptioned =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const closed = [...document.querySelectorAll('details:not([open])')];"
                        + "closed.forEach(d => d.open = true);"
                        + "try {"
                        + "const seen = e => e.getClientRects().length > 0"
                        + "  && e.getBoundingClientRect().width > 1 && e.getBoundingClientRect().height > 1"
                        + "  && getComputedStyle(e).clip === 'auto' && e.innerText.trim().length > 0;"
                        + "return [...document.querySelectorAll('table')].filter(t => t.getClientRects().length > 0)"
                        + ".filter(t => {"
                        + "  const list = t.closest('.ui-datatable');"
                        + "  if (list) { const h = list.querySelector('.ui-datatable-header'); return !(h && seen(h)); }"
                        + "  const c = t.caption; const region = t.closest('[role=region]');"
                        + "  return !(c && seen(c) && c.id && region && region.tabIndex === 0"
                        + "    && region.getAttribute('aria-labelledby') === c.id);"
                        + "}).map(t => t.id || t.className || 'a table');"
                        + "} finally { closed.forEach(d => d.open = false); }");
    if (!uncaptioned.isEmpty()) {
      fail(
          name
              + ": tables without a visible caption in a focusable region it names: "
              + uncaptioned);
    }
  }

  /**
   * The page needs no scrolling sideways at 320 CSS pixels wide, nor at 640 (a 1280-pixel window at
   * 200 % zoom): a table may scroll within its own region, the page around it may not, and a region
   * that scrolls takes the keyboard's focus (axe-core's scrollable-region-focusable at that width).
   * Fails naming the elements that stick out.
   */
  void assertReflows(String name) {
    Object ownWidth = driver.executeScript("return window.innerWidth;");
    for (int width : new int[] {320, 640}) {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
      try {
        @SuppressWarnings("unchecked")
        Map<String, Object> page =
            (Map<String, Object>)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "const page = document.documentElement;"
                            + "if (page.scrollWidth <= page.clientWidth) return {width: page.scrollWidth, wide: []};"
                            + "const inScroller = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
                            + "  const o = getComputedStyle(p).overflowX;"
                            + "  if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };"
                            + "return {width: page.scrollWidth, wide: [...document.body.querySelectorAll('*')]"
                            + "  .filter(e => e.getBoundingClientRect().right > page.clientWidth + 1 && !inScroller(e))"
                            + "  .slice(0, 8)"
                            + "  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                            + "    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                            + "    + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')};");
        long scrollWidth = ((Number) page.get("width")).longValue();
        if (scrollWidth > width) {
          fail(
              name
                  + " needs scrolling sideways at "
                  + width
                  + " CSS pixels wide (the page is "
                  + scrollWidth
                  + " px): "
                  + page.get("wide"));
        }
        // What scrolls within its own region at this width is reachable by keyboard.
        failOn(
            axe(
                "(() => { const scrolling = [...document.body.querySelectorAll('*')].filter(e =>"
                    + " e.scrollWidth > e.clientWidth + 1"
                    + " && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX));"
                    + " return scrolling.length ? {include: scrolling} : null; })()",
                "{type: 'rule', values: ['scrollable-region-focusable']}"),
            name + " at " + width + " CSS pixels wide");
      } finally {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
    }
    // The page takes its own width again, and what places itself on a change of size (a dialog)
    // has done so, before the test goes on.
    wait(10)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeAsyncScript(
                            "const width = arguments[0], done = arguments[arguments.length - 1];"
                                + "requestAnimationFrame(() => requestAnimationFrame(() =>"
                                + "  done(window.innerWidth === width)));",
                            ownWidth)));
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(downloads)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary folder of downloads left behind is harmless
    }
  }
}
