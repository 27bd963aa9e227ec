package org.shopdesk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopdesk.data.backup.BackupStore;
import org.shopdesk.data.backup.Databases;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.service.backup.BackupSchedule;
import org.shopdesk.service.backup.BackupService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;

/** "Back up now" and "Restore…" without a toolkit: tasks inline, a real database, a temporary folder. */
class BackupViewModelTest {
    static TestDatabase db;
    static final List<String> created = new ArrayList<>();

    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final List<Throwable> unhandled = new ArrayList<>();
    final TaskRunner tasks = TaskRunner.inline(unhandled::add);

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        NamedItem c = db.backend().catalogue().createCategory("Tools");
        NamedItem p = db.backend().catalogue().createProducer("Maker");
        db.backend().catalogue().saveProduct(new ProductDraft(null, null, "HM-1", null, "Hammer", null, c.id(), p.id()));
    }

    @AfterAll
    static void drop() {
        created.forEach(name -> databases().drop(name));
        db.close();
    }

    static Databases databases() {
        return new Databases(db.backend().dataSource(), db.url(), db.user(), null);
    }

    BackupViewModel vm(Path dir) {
        BackupService service = new BackupService(new BackupStore(db.backend().dataSource(), databases(),
                org.shopdesk.data.backup.BackupKey.at(dir.resolve(".key/backup-signing.key"))), dir,
                false, BackupSchedule.DEFAULT, Clock.systemUTC());
        return new BackupViewModel(service, tasks, messages, dialogs, new ErrorPresenter(messages, dialogs, "log"));
    }

    @Test
    void backUpNowSaysWhereTheFileWentThenRestoreSwitchesToANewDatabase(@TempDir Path dir) {
        BackupViewModel vm = vm(dir);
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().subscribe(v -> progress.add(v.doubleValue()));
        vm.backupNow();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.headingProperty().get()).isEqualTo("Backup");
        // Every table of the schema but Flyway's history: the shop's nine, the line and journal tables, the chart
        // summaries, the providers' article numbers and price-list profiles, the audit trail, and the
        // Suppliers list's kept stock figures with their mark and change log (V12), the per-product check summary (V13).
        assertThat(vm.statusProperty().get()).startsWith("Backup complete: 26 tables, ");
        Path file = Path.of(vm.locationProperty().get());
        assertThat(file).exists().hasParent(dir);
        assertThat(progress).contains(0.0, 1.0).hasSizeGreaterThan(5);

        List<String> restored = new ArrayList<>();
        vm.setOnRestored(restored::add);
        dialogs.answer = false;
        assertThat(vm.restore(file)).isFalse();
        assertThat(dialogs.shown).last().asString().contains("NEW database").contains("not overwritten");
        assertThat(restored).isEmpty();

        dialogs.answer = true;
        assertThat(vm.restore(file)).isTrue();
        assertThat(restored).hasSize(1);
        created.addAll(restored);
        assertThat(vm.statusProperty().get()).startsWith("Restored and verified:").contains(restored.get(0));
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aFileThatIsNoBackupIsRefusedInPlainWords(@TempDir Path dir) throws Exception {
        BackupViewModel vm = vm(dir);
        Path bogus = Files.writeString(dir.resolve("holiday.zip"), "photos");
        List<String> restored = new ArrayList<>();
        vm.setOnRestored(restored::add);
        vm.restore(bogus);
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("This file is not a ShopDesk backup, or it is damaged.");
        assertThat(restored).isEmpty();
        assertThat(unhandled).isEmpty();
    }
}
