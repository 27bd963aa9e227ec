package org.shopdesk.ui.stock;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Stock screen: balances, count sheet and journal on three tabs. It links them: a balance's
 * journal opens on the journal tab; a tab loads its data when first shown.
 */
public final class StockController {
    private final JournalViewModel journal;
    private final CountSheetViewModel count;
    private boolean journalShown;
    private boolean countShown;

    @FXML private TabPane root;
    @FXML private Tab journalTab;
    @FXML private Tab countTab;
    @FXML private BalancesController balancesController;

    public StockController(JournalViewModel journal, CountSheetViewModel count) {
        this.journal = journal;
        this.count = count;
    }

    @FXML
    private void initialize() {
        balancesController.onOpenJournal(row -> {
            journal.open(row);
            showJournal();
        });
        root.getSelectionModel().selectedItemProperty().addListener((o, before, tab) -> {
            if (tab == journalTab) {
                showJournal();
            } else if (tab == countTab && !countShown) {
                countShown = true;
                count.loadReferenceData();
            }
        });
    }

    private void showJournal() {
        if (!journalShown) {
            journalShown = true;
            journal.loadReferenceData();
            if (journal.pairProperty().get() == null) {
                journal.load();
            }
        }
        root.getSelectionModel().select(journalTab);
    }
}
