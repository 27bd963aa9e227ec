package org.shopdesk.ui.backup;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.shopdesk.domain.backup.BackupException;
import org.shopdesk.domain.backup.BackupProgress;
import org.shopdesk.service.backup.BackupService;
import org.shopdesk.ui.common.Dialogs;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Back up now", "Restore…" and the automatic backup at start: what runs, how far it is, and
 * where the file went or what the restore created. A restore only ever goes into a new database;
 * the application then switches to it ({@link #setOnRestored}).
 */
public final class BackupViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BackupViewModel.class);

    private final BackupService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ErrorPresenter errors;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private Consumer<String> onRestored = db -> { };

    public BackupViewModel(BackupService service, TaskRunner tasks, Messages messages, Dialogs dialogs,
                           ErrorPresenter errors) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
    }

    /** Called with the new database's name once a restore is verified. */
    public void setOnRestored(Consumer<String> onRestored) {
        this.onRestored = onRestored;
    }

    /** Where backups go, and where the restore's file chooser opens. */
    public Path directory() {
        return service.directory();
    }

    public void backupNow() {
        begin(messages.get("backup.heading"), messages.get("backup.running"));
        tasks.call(() -> service.backupNow(this::report))
                .onSuccess(info -> {
                    status.set(messages.get("backup.done", info.manifest().tables().size(), info.manifest().totalRows(),
                            info.bytes() / 1024.0));
                    location.set(info.file().toAbsolutePath().toString());
                    progress.set(1);
                })
                .onError(this::fail)
                .onFinally(() -> running.set(false))
                .start();
    }

    /** Asks first, plainly; then restores {@code file} into a new database. False if the user declined. */
    public boolean restore(Path file) {
        String warning = messages.get("restore.confirm", file.getFileName())
                + (service.builtIn() ? "" : "\n\n" + messages.get("restore.confirm.server"));
        if (!dialogs.confirm(messages.get("restore.heading"), warning)) {
            return false;
        }
        begin(messages.get("restore.heading"), messages.get("restore.running", file.getFileName()));
        tasks.call(() -> service.restore(file, this::report))
                .onSuccess(result -> {
                    status.set(messages.get("restore.done", result.manifest().totalRows(), result.database()));
                    location.set(file.toAbsolutePath().toString());
                    progress.set(1);
                    onRestored.accept(result.database());
                })
                .onError(this::fail)
                .onFinally(() -> running.set(false))
                .start();
        return true;
    }

    /** The built-in database's daily backup; a failure is said once, it does not stop the work. */
    public void backupIfDue() {
        tasks.call(service::backupIfDue)
                .onSuccess(done -> done.ifPresent(info -> LOG.info("Automatic backup written to {}", info.file())))
                .onError(e -> dialogs.error(messages.get("backup.heading"),
                        messages.get("backup.auto.failed", describe(e), service.directory())))
                .start();
    }

    private void begin(String title, String text) {
        heading.set(title);
        status.set(text);
        location.set("");
        progress.set(0);
        failed.set(false);
        running.set(true);
    }

    private void report(BackupProgress p) {
        tasks.onUi(() -> {
            progress.set(p.fraction());
            if (!p.table().isEmpty()) {
                status.set(messages.get("backup.table", p.table(), p.done() + 1, p.total()));
            }
        });
    }

    private void fail(Throwable e) {
        failed.set(true);
        progress.set(0);
        status.set(describe(e));
    }

    private String describe(Throwable e) {
        if (e instanceof BackupException b) {
            LOG.warn("Backup or restore failed ({}): {}", b.reason(), b.getMessage(), b);
            return messages.get("backup.error." + b.reason().name()) + "\n" + b.getMessage();
        }
        return errors.describe(e);
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
