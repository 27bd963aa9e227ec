package org.shopdesk.ui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.stock.BalanceRow;
import org.shopdesk.domain.stock.WriteOffReason;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.common.ViewLoader;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.kit.UiSettings;

/** The Stock screen's view models without a toolkit (tasks run inline), over a real database. */
class StockViewModelsTest {
    static TestDatabase db;

    final List<Throwable> unhandled = new ArrayList<>();
    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final ErrorPresenter errors = new ErrorPresenter(messages, dialogs, "log");
    final UiContext ui = UiContext.of(messages, TaskRunner.inline(unhandled::add), dialogs, errors,
            new ViewLoader(messages), UiSettings.inMemory());

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Tools')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Main')",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('H-1', 'Hammer', 1, 1), "
                        + "('S-1', 'Saw', 1, 1), ('N-1', 'Nails', 1, 1)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 10, 'RECEIPT'), "
                        + "(2, 1, 4, 'RECEIPT'), (3, 1, 100, 'RECEIPT')");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private BalancesViewModel balances() {
        BalancesViewModel vm = new BalancesViewModel(db.backend().stock(), db.backend().catalogue(), ui);
        vm.load();
        return vm;
    }

    private static BalanceRow row(BalancesViewModel vm, String title) {
        return vm.list().rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void badQuantitiesAreRefusedAtTheFieldAndBookingWaitsForAGoodOne() {
        BalancesViewModel vm = balances();
        assertThat(vm.canBookProperty().get()).isFalse();
        vm.list().select(row(vm, "Hammer"));
        vm.quantityProperty().set("1.5");
        assertThat(vm.quantityProblemProperty().get()).isEqualTo("A quantity is a whole number of units, without a fraction.");
        assertThat(vm.canBookProperty().get()).isFalse();
        vm.quantityProperty().set("0");
        assertThat(vm.quantityProblemProperty().get()).isEqualTo("A quantity is at least 1.");
        vm.kindProperty().set(MovementKind.COUNT);
        assertThat(vm.quantityProblemProperty().get()).isEmpty();
        vm.kindProperty().set(MovementKind.WRITE_OFF);
        vm.quantityProperty().set("2");
        assertThat(vm.canBookProperty().get()).as("a write-off needs its reason").isFalse();
        vm.reasonProperty().set(WriteOffReason.OTHER);
        assertThat(vm.noteProblemProperty().get()).isEqualTo("Say what happened: a note is required for \"other\".");
        assertThat(vm.canBookProperty().get()).isFalse();
        vm.noteProperty().set("shop sample");
        assertThat(vm.canBookProperty().get()).isTrue();
        vm.book();
        assertThat(vm.messageProperty().get()).isEqualTo("Wrote off 2 of Hammer at Main.");
        assertThat(row(vm, "Hammer").balance()).isEqualTo(8);
        assertThat(vm.quantityProperty().get()).isEmpty();
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aWriteOffBeyondTheBalanceIsSaidAndNothingMoves() {
        BalancesViewModel vm = balances();
        vm.list().select(row(vm, "Saw"));
        vm.kindProperty().set(MovementKind.WRITE_OFF);
        vm.reasonProperty().set(WriteOffReason.LOST);
        vm.quantityProperty().set("5");
        vm.book();
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Only 4 of Saw at Main: 5 cannot be written off.");
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 2")).isEqualTo(4);
    }

    @Test
    void aLevelIsSetAndTheNeedsReorderFilterShowsItsRow() {
        BalancesViewModel vm = balances();
        vm.list().select(row(vm, "Nails"));
        vm.levelProperty().set("-3");
        assertThat(vm.levelProblemProperty().get()).isEqualTo("A quantity cannot be below zero.");
        vm.levelProperty().set("150");
        vm.setLevel();
        vm.needsReorderProperty().set(true);
        assertThat(vm.list().rows()).extracting(BalanceRow::title).containsExactly("Nails");
        assertThat(vm.list().rows().get(0).reorderLevel()).isEqualTo(150);
    }

    @Test
    void aCountSheetBooksOnlyTheCountedLinesAndRefusesAFraction() {
        CountSheetViewModel vm = new CountSheetViewModel(db.backend().stock(), db.backend().catalogue(), ui, ZoneOffset.UTC);
        vm.loadReferenceData();
        vm.providerProperty().set(vm.providers().get(0));
        assertThat(vm.lines()).hasSize(3);
        CountSheetViewModel.Line nails = vm.lines().stream().filter(l -> l.sheet().title().equals("Nails")).findFirst()
                .orElseThrow();
        nails.countedProperty().set("97.5");
        assertThat(nails.problemProperty().get()).isNotEmpty();
        vm.book();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Some counted quantities are not whole numbers of units: fix the highlighted lines.");
        nails.countedProperty().set("97");
        assertThat(nails.differenceProperty().get()).isEqualTo("-3");
        vm.book();
        assertThat(vm.messageProperty().get()).isEqualTo("Count booked: 1 lines, 1 differed (0 found over, 3 missing).");
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 3")).isEqualTo(97);
        assertThat(vm.lines()).hasSize(3).allMatch(l -> l.countedProperty().get().isEmpty());
    }

    @Test
    void aBalancesJournalOpensWithItsRunningBalanceAndTotals() {
        BalancesViewModel balances = balances();
        JournalViewModel journal = new JournalViewModel(db.backend().stock(), ui, ZoneOffset.UTC, LocalDate.now(ZoneOffset.UTC));
        journal.open(row(balances, "Saw"));
        assertThat(journal.list().rows()).isNotEmpty().allMatch(r -> r.productId() == 2);
        assertThat(journal.list().rows().get(0).balanceAfter())
                .isEqualTo(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 2"));
        assertThat(journal.unitsInProperty().get()).isEqualTo(4);
        journal.clearPair();
        assertThat(journal.list().rows()).extracting(r -> r.productId()).contains(1L, 2L, 3L);
        NamedItem main = new NamedItem(1, "Main", 0, 0);
        journal.providerProperty().set(main);
        assertThat(journal.list().totalProperty().get()).isEqualTo(db.count("SELECT count(*) FROM stock_movement"));
    }

    @Test
    void aRequestFromTheSuppliersScreenShowsThatProvidersBalancesOnly() {
        BalancesViewModel vm = balances();
        vm.loadReferenceData();
        NamedItem first = vm.filter().providers().get(0);
        vm.needsReorderProperty().set(true);
        vm.apply(new OpenStock(first.id(), first.name()));
        assertThat(vm.filter().providerProperty().get()).isEqualTo(first);
        assertThat(vm.needsReorderProperty().get()).isFalse();
        assertThat(vm.list().rows()).isNotEmpty().allMatch(r -> r.providerId() == first.id());
        assertThat(unhandled).isEmpty();
    }
}
