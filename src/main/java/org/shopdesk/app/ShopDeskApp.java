package org.shopdesk.app;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.shopdesk.ui.backup.BackupController;
import org.shopdesk.ui.backup.BackupViewModel;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.FxDialogs;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.Styles;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.common.ViewLoader;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.shell.ConnectionDialogController;
import org.shopdesk.ui.shell.ConnectionMonitor;
import org.shopdesk.ui.shell.ConnectionViewModel;
import org.shopdesk.ui.shell.MainWindowController;
import org.shopdesk.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window: builds the shared pieces (messages, task runner, dialogs),
 * shows the main window at once, connects in the background, and then builds each screen over
 * the connected services. Connection failures become a plain sentence and the connection dialog.
 */
public final class ShopDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ShopDeskApp.class);
    private static final String DEMO_OFFERED = "demoOffered";
    private final AppDirs dirs;
    private final ConnectionSettings settings;
    private final ConnectionSettings.Options cli;
    private final Map<String, String> env;
    private final Locale locale;
    private Stage stage;
    private Messages messages;
    private TaskRunner tasks;
    private FxDialogs dialogs;
    private ErrorPresenter errors;
    private ShellViewModel shell;
    private MainWindowController main;
    private ViewLoader views;
    private Backend backend;
    private ConnectionMonitor monitor;
    private BackupViewModel backups;
    private UserUiSettings uiSettings;
    private Screens screens;

    /** As launched by {@link #launchWindow}: the user's directories, environment and language. */
    public ShopDeskApp() {
        this(AppDirs.forUser(), WindowLaunch.options(), System.getenv(), Locale.getDefault());
    }

    /** For tests and embedding: everything the window depends on from outside, given. */
    public ShopDeskApp(AppDirs dirs, ConnectionSettings.Options cli, Map<String, String> env, Locale locale) {
        this.dirs = dirs;
        this.settings = new ConnectionSettings(dirs.settingsFile());
        this.cli = cli;
        this.env = Map.copyOf(env);
        this.locale = locale;
    }

    /** Opens the window and returns when it is closed: see {@link WindowLaunch}. */
    public static void launchWindow(Supplier<ConnectionSettings.Options> cli) {
        WindowLaunch.launch(cli);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        messages = Messages.forLocale(locale);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dialogs = new FxDialogs(messages, () -> stage);
        errors = new ErrorPresenter(messages, dialogs, dirs.logs().resolve("shopdesk.log").toString());
        tasks = TaskRunner.forFx(errors::show);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.show(e));
        shell = new ShellViewModel(messages, tasks.busyProperty());
        views = new ViewLoader(messages);
        uiSettings = new UserUiSettings(settings);
        screens = new Screens(UiContext.of(messages, tasks, dialogs, errors, views, uiSettings), () -> stage);
        ViewLoader.View<MainWindowController> window = views.load(MainWindowController.class,
                new MainWindowController(shell, messages, new MenuActions()));
        main = window.controller();
        // Room for the list's columns and the form side by side (about 1,280 pixels): the whole
        // width of a small screen, nine tenths of a larger one, never more than is useful.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1600, Math.max(Math.min(screen.getWidth(), 1280), screen.getWidth() * 0.9));
        Scene scene = new Scene(window.root(), width, Math.min(1000, Math.max(700, screen.getHeight() * 0.9)));
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowPlacement.restore(stage, uiSettings);
        WindowPlacement.remember(stage, uiSettings);
        WindowLaunch.EarlyConnect started = WindowLaunch.takeEarly();
        if (started == null) {
            stage.show();
            connect(settings.resolve(cli, env));
        } else if (started.backend().isDone() && !started.backend().isCompletedExceptionally()) {
            // Usually connected by now: the window's first appearance is then the Catalogue itself,
            // one style and layout pass instead of a waiting screen and then the list.
            connected(started.backend().join(), started.target().join());
            stage.show();
        } else {
            stage.show();
            connect(started.target().join(), () -> {
                try {
                    return started.backend().join();
                } catch (java.util.concurrent.CompletionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            });
        }
    }

    private void connect(ConnectionTarget target) {
        connect(target, () -> Backend.open(target, dirs));
    }

    private void connect(ConnectionTarget target, java.util.concurrent.Callable<Backend> connecting) {
        Backend previous = detachBackend();
        main.showWaiting();
        shell.connecting(target.isBuiltIn() ? messages.get("status.target.builtIn") : target.url());
        long started = System.nanoTime();
        // The old connection closes off the JavaFX thread, and before the new one opens: a
        // built-in database must be stopped before it (or its restored copy) is started again.
        tasks.call(() -> {
            if (previous != null) {
                previous.close();
            }
            return connecting.call();
        })
                .onSuccess(connected -> {
                    LOG.info("Connected in {} ms", (System.nanoTime() - started) / 1_000_000);
                    connected(connected, target);
                })
                .onError(e -> connectFailed(e, target))
                .start();
    }

    private void connected(Backend connected, ConnectionTarget target) {
        backend = connected;
        shell.connected(backend.system().info());
        main.showScreens(screens.all(backend), screens.navigator());
        // Start-up time as the user sees it (the Catalogue's first page follows a few ms later).
        StartupReport.afterFirstPage(screens.firstPageLoaded(), stage.getScene());
        LOG.info("Connected window ready {} ms after the JVM started",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        finishStartingOnceShown(connected, target);
        monitor = new ConnectionMonitor(backend.system()::reachable, shell, 5);
        backups = backups(backend, target);
        if (target.isBuiltIn()) {
            offerDemoShop(connected, target);
        }
        if (!target.isBuiltIn() && target.source().equals("dialog")) {
            try {
                settings.saveServer(target.url(), target.user());
            } catch (java.io.IOException e) {
                LOG.warn("Cannot save connection settings", e);
            }
        }
    }

    /**
     * Hibernate is built once the Catalogue's first page is on screen: before, it would only slow
     * the window down on a desktop's two cores (a save that comes sooner builds it on demand).
     * Should the tables then turn out not to match, that is a failed connection like any other.
     */
    private void finishStartingOnceShown(Backend connected, ConnectionTarget target) {
        Runnable finish = () -> connected.finishStarting().whenComplete((done, failure) -> {
            if (failure != null) {
                Platform.runLater(() -> {
                    if (connected == backend) {
                        Backend failed = detachBackend();
                        main.showWaiting();
                        tasks.run(failed::close).start();
                        connectFailed(failure instanceof java.util.concurrent.CompletionException c ? c.getCause() : failure,
                                target);
                    }
                });
            }
        });
        FirstPageShown.then(screens.firstPageLoaded(), stage.getScene(), finish);
    }

    /**
     * The first start of the built-in database finds it empty: offer the demo shop once, so a new
     * user sees every screen with something real in it. Declining is remembered too.
     */
    private void offerDemoShop(Backend connected, ConnectionTarget target) {
        if (settings.flag(DEMO_OFFERED)) {
            return;
        }
        tasks.call(() -> connected.setup().isEmpty()).onSuccess(empty -> {
            if (empty && connected == backend) {
                // Asked once the check has finished, so the busy indicator is not spinning under the question.
                Platform.runLater(() -> askAndLoadDemoShop(connected));
            }
        }).start();
    }

    private void askAndLoadDemoShop(Backend connected) {
        remember(DEMO_OFFERED);
        if (!dialogs.confirm(messages.get("demo.title"), messages.get("demo.offer"))) {
            return;
        }
        shell.working(messages.get("demo.loading"));
        tasks.run(() -> connected.setup().loadDemo(line -> LOG.info("Demo shop: {}", line)))
                .onSuccess(done -> {
                    shell.working("");
                    if (connected == backend) {
                        main.showScreens(screens.all(backend), screens.navigator());
                    }
                })
                .onError(e -> {
                    shell.working("");
                    errors.show(e);
                })
                .start();
    }

    private void remember(String flag) {
        try {
            settings.setFlag(flag, true);
        } catch (java.io.IOException e) {
            LOG.warn("Cannot save setting {}", flag, e);
        }
    }

    /** Backup and restore of this connection; the built-in database also gets its daily backup now. */
    private BackupViewModel backups(Backend connected, ConnectionTarget target) {
        BackupViewModel vm = new BackupViewModel(connected.backup(), tasks, messages, dialogs, errors);
        vm.setOnRestored(database -> connect(Backend.restoredTarget(target, database, dirs)));
        vm.backupIfDue();
        return vm;
    }

    /** The backup window, left open beside the main window while the work runs. */
    private void showBackupWindow(BackupViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("backup.heading"));
        dialog.getDialogPane().setContent(views.load(BackupController.class, new BackupController(vm)).root());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }

    private void connectFailed(Throwable e, ConnectionTarget target) {
        String why;
        if (e instanceof ConnectFailedException cfe) {
            LOG.warn("Cannot connect: {}", cfe.describe(), cfe);
            why = messages.get("connect.reason." + cfe.reason().name())
                    + (cfe.getMessage() == null || cfe.speaksForItself() ? "" : "\n" + cfe.getMessage());
        } else {
            why = errors.describe(e);
        }
        shell.disconnected(why);
        openConnectionDialog(why, target);
    }

    private void openConnectionDialog(String intro, ConnectionTarget current) {
        ConnectionViewModel vm = new ConnectionViewModel(new ServerProbe(), tasks, messages);
        if (current != null && !current.isBuiltIn()) {
            vm.fillFrom(current.url(), current.user());
        }
        ViewLoader.View<ConnectionDialogController> view =
                views.load(ConnectionDialogController.class, new ConnectionDialogController(vm));
        view.controller().setIntro(intro);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("connection.title"));
        dialog.getDialogPane().setContent(view.root());
        ButtonType connect = new ButtonType(messages.get("connection.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType builtIn = new ButtonType(messages.get("connection.useBuiltIn"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, builtIn, cancel);
        // "Connect" with a field missing says so and keeps the dialog open.
        dialog.getDialogPane().lookupButton(connect).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            if (vm.address().isEmpty()) {
                ev.consume();
            }
        });
        Optional<ButtonType> choice = dialog.showAndWait();
        if (choice.isEmpty() || choice.get() == cancel) {
            return;
        }
        if (choice.get() == builtIn) {
            try {
                settings.useBuiltIn();
            } catch (java.io.IOException e) {
                LOG.warn("Cannot save connection settings", e);
            }
            connect(ConnectionTarget.builtIn());
            return;
        }
        vm.address().ifPresent(a -> connect(ConnectionTarget.server(
                ConnectionTarget.url(a.host(), a.port(), a.database()), a.user(), a.password(), "dialog")));
    }

    /** Stops using the current backend (screens, monitor, backups) and hands it over for closing. */
    private Backend detachBackend() {
        backups = null;
        if (monitor != null) {
            monitor.close();
            monitor = null;
        }
        Backend old = backend;
        backend = null;
        return old;
    }

    @Override
    public void stop() {
        if (uiSettings != null) {
            uiSettings.save();
        }
        // The application is ending: closing here (pool, built-in server) is what exit waits for.
        Backend old = detachBackend();
        if (old != null) {
            old.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }

    /** The menu's commands. */
    private final class MenuActions implements MainWindowController.Actions {
        @Override
        public void openConnectionDialog() {
            ConnectionTarget current = settings.resolve(cli, env);
            ShopDeskApp.this.openConnectionDialog(null, current);
        }

        @Override
        public void backupNow() {
            if (backups != null) {
                showBackupWindow(backups);
                backups.backupNow();
            }
        }

        @Override
        public void restore() {
            if (backups == null) {
                return;
            }
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(messages.get("backup.chooser"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    messages.get("backup.chooser.filter"), "*.zip"));
            if (java.nio.file.Files.isDirectory(backups.directory())) {
                chooser.setInitialDirectory(backups.directory().toFile());
            }
            java.io.File file = chooser.showOpenDialog(stage);
            BackupViewModel vm = backups;
            if (file != null && vm.restore(file.toPath())) {
                showBackupWindow(vm);
            }
        }

        @Override
        public void showAbout() {
            dialogs.info(messages.get("menu.about"), messages.get("about.text", dirs.data(), dirs.logs(),
                    dirs.settingsFile()));
        }

        @Override
        public void exit() {
            Platform.exit();
        }
    }
}
