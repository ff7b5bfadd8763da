package io.newsflow.publish.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.messaging.EventPublisher;
import io.newsflow.publish.store.EmbeddedMongo;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The editor page in headless Chromium (Debian's {@code chromium} + {@code chromium-driver}, driven by
 * Selenium): an editor pastes the URL of a locally served page, watches its submission reach PUBLISHED
 * live, opens the article and sees its entities linked to Wikidata. publish-service runs for real on an
 * embedded Kafka broker and the embedded MongoDB-compatible server; the upstream stages are played by
 * {@link IngestStandIn}. Screenshots go to {@code target/screenshots}. Skipped (not failed) where
 * Chromium or its driver is not installed; {@code .ci/run} installs both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=publish-service",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.publish.heartbeat-interval=2s",
        "server.shutdown=immediate"})
@EmbeddedKafka(partitions = 1)
@EnabledIf(value = "chromiumInstalled", disabledReason = "browser test skipped: Chromium or chromedriver is not"
        + " installed (-Dnewsflow.chromium, -Dnewsflow.chromedriver; default /usr/bin/chromium, /usr/bin/chromedriver);"
        + " on Debian: apt-get install -y --no-install-recommends chromium chromium-driver")
class EditorPageBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("newsflow.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("newsflow.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PIPELINE = Duration.ofSeconds(30);
    private static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    private static final IngestStandIn INGEST = IngestStandIn.start();

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher publisher;
    private ChromeDriver browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("newsflow-browser"));
        registry.add("newsflow.publish.ingest-url", INGEST::url);
    }

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeEach
    void startBrowser() throws Exception {
        INGEST.publishWith(publisher);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("newsflow-chromium"),
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    static void stopServers() {
        MONGO.close();
        INGEST.close();
    }

    @Test
    void editorSubmitsALocalPageSeesItPublishedAndOpensItsEntities() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, PIPELINE);
        wait.until(ExpectedConditions.textToBe(By.id("connection"), "live"));

        browser.findElement(By.id("token")).sendKeys(IngestStandIn.TOKEN);
        browser.findElement(By.id("urls")).sendKeys(INGEST.pageUrl());
        screenshot("1-submit");
        browser.findElement(By.id("submit-button")).click();

        WebElement published = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#submissions li .state.PUBLISHED")));
        assertThat(published.getText()).isEqualTo("PUBLISHED");
        screenshot("2-published");

        published.findElement(By.xpath("following-sibling::button")).click();
        WebElement article = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article")));
        assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("NATO ministers meet in Brussels");
        List<WebElement> entities = browser.findElements(By.cssSelector("#article-entities li a"));
        assertThat(entities).extracting(WebElement::getText).contains("NATO", "Jens Stoltenberg", "Brussels");
        assertThat(entities).extracting(e -> e.getDomAttribute("href"))
                .contains("https://www.wikidata.org/wiki/Q7184");
        assertThat(browser.findElement(By.id("article-topics")).getText()).contains("defence");
        assertThat(browser.findElement(By.id("article-meta")).getText()).contains("editor (submitted URL)");
        assertThat(browser.findElement(By.id("article-body")).getText()).contains("Jens Stoltenberg said support");
        assertThat(browser.switchTo().activeElement()).as("the article takes the focus").isEqualTo(article);
        screenshot("3-article");

        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("4-article-phone");
    }

    private void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
