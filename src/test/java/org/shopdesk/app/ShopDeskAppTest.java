package org.shopdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole application window, headless: it connects in the background and shows where it is connected. */
class ShopDeskAppTest {
    static TestDatabase db;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        var catalogue = db.backend().catalogue();
        NamedItem phones = catalogue.createCategory("Смартфоны");
        NamedItem maker = catalogue.createProducer("Samsung");
        catalogue.saveProduct(new ProductDraft(null, null, "SM-A546", "8806094915483", "Смартфон Galaxy A54 128 ГБ",
                "6,4 дюйма, 5000 мА·ч", phones.id(), maker.id()));
        catalogue.saveProduct(new ProductDraft(null, null, "SM-S921", null, "Смартфон Galaxy S24 256 ГБ", null,
                phones.id(), maker.id()));
        db.sql("INSERT INTO provider(name) VALUES ('Ozon'), ('Wildberries')",
                "INSERT INTO price(product_id, provider_id, value) SELECT id, 1, 29990 FROM products",
                "INSERT INTO price(product_id, provider_id, value) SELECT id, 2, 28490.50 FROM products",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT id, 1, 12, 'RECEIPT' FROM products");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(lastApp);
    }

    ShopDeskApp lastApp;

    void start(Map<String, String> env, Locale locale) throws Exception {
        start(TestDatabase.testDirs(), env, locale);
    }

    void start(AppDirs dirs, Map<String, String> env, Locale locale) throws Exception {
        FxToolkit.registerPrimaryStage();
        lastApp = (ShopDeskApp) FxToolkit.setupApplication(() -> new ShopDeskApp(dirs,
                ConnectionSettings.Options.none(), env, locale));
    }

    @Test
    void firstStartOnTheBuiltInDatabaseOffersTheDemoShop(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws Exception {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        start(dirs, Map.of(), Locale.ENGLISH);
        waitUntil(() -> robot.lookup("Yes").tryQuery().isPresent());
        Window offer = Window.getWindows().stream().filter(w -> w != mainWindow()).findFirst().orElseThrow();
        Snapshots.save(offer.getScene(), "demo-offer-en");
        robot.clickOn("Yes");
        waitUntil(() -> robot.lookup("#totalLabel").tryQuery()
                .map(n -> ((Label) n).getText().matches("[2-9]\\d\\d products")).orElse(false));
        assertThat(robot.lookup(".connection-label").queryAs(Label.class).getText())
                .isEqualTo("Built-in database · user postgres");
        Snapshots.save(mainWindow().getScene(), "built-in-demo-en");
        assertThat(new ConnectionSettings(dirs.settingsFile()).flag("demoOffered")).isTrue();
    }

    @Test
    void connectsToAServerAndOpensTheCatalogue() throws Exception {
        start(Map.of(ConnectionSettings.ENV_URL, db.url(), ConnectionSettings.ENV_USER, db.user()), Locale.forLanguageTag("ru"));
        waitUntil(() -> !robot.lookup(".nav-button").queryAll().isEmpty());
        ToggleButton catalogue = robot.lookup(".nav-button").queryAs(ToggleButton.class);
        assertThat(catalogue.getText()).isEqualTo("Каталог");
        assertThat(catalogue.isSelected()).isTrue();
        Label status = robot.lookup(".connection-label").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Сервер " + ConnectionTarget.hostsOf(db.url()) + " · база " + db.name()
                + " · пользователь " + db.user());
        waitUntil(() -> robot.lookup("Смартфон Galaxy A54 128 ГБ").tryQuery().isPresent());
        robot.clickOn("Смартфон Galaxy A54 128 ГБ");
        waitUntil(() -> robot.lookup("#formTitle").queryAs(Label.class).getText().equals("Товар SM-A546"));
        Snapshots.save(mainWindow().getScene(), "main-window-ru");
    }

    @Test
    void anUnreachableServerIsExplainedAndTheConnectionDialogOffered() throws Exception {
        start(Map.of(ConnectionSettings.ENV_URL, "jdbc:postgresql://127.0.0.1:1/shop",
                ConnectionSettings.ENV_USER, "clerk"), Locale.ENGLISH);
        waitUntil(() -> robot.lookup("Connection to the database").tryQuery().isPresent()
                || Window.getWindows().size() > 1);
        waitUntil(() -> robot.lookup(".connection-intro").tryQuery().isPresent());
        Label intro = robot.lookup(".connection-intro").queryAs(Label.class);
        assertThat(intro.getText()).startsWith("No database server answers at this address.");
        Window dialog = Window.getWindows().stream().filter(w -> w != mainWindow()).findFirst().orElseThrow();
        Snapshots.save(dialog.getScene(), "connection-dialog-en");
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup(".connection-label").queryAs(Label.class).getText().equals("Not connected"));
        Snapshots.save(mainWindow().getScene(), "not-connected-en");
    }

    private static Stage mainWindow() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && "ShopDesk".equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            Window.getWindows().stream().filter(w -> w instanceof Stage).findFirst()
                    .ifPresent(w -> Snapshots.save(w.getScene(), "timeout-" + System.currentTimeMillis()));
            throw new AssertionError("condition not met within 60 s (see target/screens/timeout-*.png)", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
