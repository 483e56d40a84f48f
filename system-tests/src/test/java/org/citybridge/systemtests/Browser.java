package org.citybridge.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromedriver}, which {@code .ci/run} installs) on the
 * launched suite, as a person would use it: through the gateway's address, in one language, signed in at
 * identity's own login page. One browser (and one profile) per instance: a test that needs two people opens two.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("citybridge.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("citybridge.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    /** Whether the browser tests can run here; they skip with {@link #MISSING} where not. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static final String MISSING = "Browser tests skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
            + " on this machine (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";

    Browser(String base, String language) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("citybridge-chromium");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags that keep Chromium from calling Google's services on a closed network, a fresh profile, and a
        // phone-sized window is a separate choice of each test (resize()).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the suite (through the gateway). */
    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        return waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return waitUpTo(Duration.ofSeconds(20)).until(d -> d.findElement(by).getText());
    }

    /**
     * A wait that also rides out a page being replaced while it looks (a form's redirect, htmx swapping a part):
     * an element found on the old page is stale a moment later, and the next poll finds the new one.
     */
    WebDriverWait waitUpTo(Duration duration) {
        WebDriverWait wait = new WebDriverWait(driver, duration);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Signs in at identity's login page, starting from the pages' sign-in link; ends back on the pages. */
    Browser signIn(String username) {
        open("/signin/citybridge");
        find(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(base)
                && !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** A phone's viewport (the check-in screen, the registration form). */
    Browser phone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        return this;
    }

    /** Saves a screenshot as target/screenshots/{name}.png and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's serious and critical accessibility violations as axe-core finds them ("id: help (n nodes)"), empty
     * when there are none.
     */
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '
                             + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')')))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        List<String> violations = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(item -> violations.add(String.valueOf(item)));
        }
        return violations;
    }

    // The webjar's own version (root pom), so that upgrading it needs no change here.
    private static String axeSource() {
        String version;
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            version = properties.getProperty("version");
        }
        catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core webjar not on the test class path", e);
        }
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/" + version
                + "/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar " + version + " has no axe.min.js");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ignored) {
            // A temp folder left behind is no failure of the page under test.
        }
    }
}
