package org.shopdesk.ui.purchases;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.shopdesk.ui.kit.Navigator;
import org.shopdesk.ui.kit.Shortcuts;

/** The Purchases screen: the sale and the history of checks, Ctrl+1 and Ctrl+2 between them. */
public final class PurchasesController {
    public static final KeyCombination SALE = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination HISTORY = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);

    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private Tab saleTab;
    @FXML private Tab historyTab;
    @FXML private SaleController saleController;
    @FXML private HistoryController historyController;

    private final Navigator navigator;

    public PurchasesController(Navigator navigator) {
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        navigator.handle(OpenChecks.class, request -> {
            tabs.getSelectionModel().select(historyTab);
            historyController.open(request);
        });
        tabs.getSelectionModel().selectedItemProperty().subscribe(tab -> {
            if (tab == historyTab) {
                historyController.activate();
            }
        });
        Shortcuts.on(root)
                .add(SALE, () -> {
                    tabs.getSelectionModel().select(saleTab);
                    saleController.focusStart();
                })
                .add(HISTORY, () -> tabs.getSelectionModel().select(historyTab));
        javafx.application.Platform.runLater(saleController::focusStart);
    }
}
