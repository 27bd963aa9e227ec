package org.shopdesk.ui.stock;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.shopdesk.ui.kit.Navigator;

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
    @FXML private Tab balancesTab;
    @FXML private Tab journalTab;
    @FXML private Tab countTab;
    @FXML private BalancesController balancesController;

    private final Navigator navigator;

    public StockController(JournalViewModel journal, CountSheetViewModel count) {
        this(journal, count, new Navigator());
    }

    /** As the registry builds it: other screens may open the balances on one provider. */
    public StockController(JournalViewModel journal, CountSheetViewModel count, Navigator navigator) {
        this.journal = journal;
        this.count = count;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        navigator.handle(OpenStock.class, request -> {
            root.getSelectionModel().select(balancesTab);
            balancesController.open(request);
        });
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
