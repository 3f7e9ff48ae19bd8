package dev.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo article in real headless Chromium: pick two versions, see the highlighted diff and a moved
 * sentence's marker, move between changes with the keyboard, search a deleted sentence and land on it.
 * Saves a screenshot of the diff view as {@code <build dir>/screenshots/diff.png}. Every page must load
 * without a console error, which is where a Content-Security-Policy violation would show.
 */
class ArticleBrowserIT {

    @TempDir
    static Path dir;

    static TestSite site;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void start() {
        site = TestSite.start(dir, WebConfig.defaults());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors (CSP violations show here)").isEmpty();
    }

    @Test
    void pick_two_versions_and_see_the_highlighted_diff_with_a_moved_sentence() throws Exception {
        browser.get(site.url("/"));
        browser.findElement(By.linkText("nyt-2011-03-libya-defection")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("nyt-2011-03-libya-defection");

        new Select(browser.findElement(By.id("cmp-from"))).selectByValue("0");
        new Select(browser.findElement(By.id("cmp-to"))).selectByValue("1");
        browser.findElement(By.id("cmp-go")).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("d0-1")));
        assertThat(browser.getCurrentUrl()).contains("from=0").contains("to=1");

        WebElement inserted = panel.findElements(By.cssSelector("ins")).get(0);
        WebElement deleted = panel.findElements(By.cssSelector("del")).get(0);
        assertThat(inserted.isDisplayed()).isTrue();
        assertThat(deleted.isDisplayed()).isTrue();
        assertThat(inserted.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(inserted.getCssValue("text-decoration-line")).contains("underline");
        assertThat(deleted.getCssValue("text-decoration-line")).contains("line-through");

        WebElement moved = panel.findElement(By.cssSelector(".row.new.moved a.mv"));
        assertThat(moved.isDisplayed()).isTrue();
        assertThat(moved.getText()).contains("moved").contains("from sentence");
        // Following the marker lands on where the sentence came from.
        String from = moved.getAttribute("href");
        assertThat(from).matches(".*#d0-1-o\\d+");

        // Keyboard: j goes to the first change, again to the next.
        browser.findElement(By.tagName("body")).sendKeys("j");
        WebElement current = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#d0-1 .row.current")));
        String first = current.getAttribute("id");
        browser.findElement(By.tagName("body")).sendKeys("j");
        wait.until(d -> !d.findElement(By.cssSelector("#d0-1 .row.current")).getAttribute("id").equals(first));
        assertThat(browser.findElement(By.id("pos")).getText()).startsWith("Change 2 of");

        // The screenshot: the first moved sentence in view.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", moved);
        Thread.sleep(200);
        Path shots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(shots);
        Path png = shots.resolve("diff.png");
        Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(png)).isGreaterThan(10_000);

        moved.click();
        assertThat(browser.getCurrentUrl()).endsWith(from.substring(from.indexOf('#')));
        assertNoConsoleErrors();
    }

    @Test
    void search_a_deleted_sentence_and_land_on_it() {
        browser.get(site.url("/"));
        WebElement box = browser.findElement(By.id("site-q"));
        box.sendKeys("\"not being offered any immunity\"", Keys.ENTER);
        WebElement hit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit")));
        assertThat(hit.findElement(By.cssSelector(".badge")).getText()).isEqualToIgnoringCase("deleted");
        assertThat(hit.findElement(By.cssSelector("mark")).getText()).isNotBlank();
        hit.findElement(By.cssSelector("a.go")).click();

        wait.until(ExpectedConditions.urlMatches(".*/articles/[0-9a-f]{16}#b\\d+-s\\d+$"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement sentence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        assertThat(sentence.getText()).contains("is not being offered any immunity from British or international justice");
        assertThat(id).as("last seen in v1, removed in v2").startsWith("b1-");
        assertThat((Boolean) browser.executeScript("return document.querySelector(':target') === arguments[0];", sentence))
                .isTrue();
        Long top = (Long) browser.executeScript("return Math.round(arguments[0].getBoundingClientRect().top);", sentence);
        Long height = (Long) browser.executeScript("return window.innerHeight;");
        assertThat(top).as("the sentence is on screen").isBetween(0L, height);
        assertThat(sentence.getCssValue("outline-style")).isEqualTo("solid");
        assertNoConsoleErrors();
    }

    @Test
    void pages_fit_a_phone_screen() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String path : List.of("/", "/articles/" + site.libyaId + "?from=0&to=1", "/articles/" + site.hostileId,
                "/search?q=Libya", "/stats", "/api")) {
            browser.get(site.url(path));
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as(path + " scrolls sideways").isLessThanOrEqualTo(1L);
        }
        assertNoConsoleErrors();
    }
}
