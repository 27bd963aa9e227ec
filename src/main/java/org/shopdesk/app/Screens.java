package org.shopdesk.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.shopdesk.ui.catalogue.CatalogueController;
import org.shopdesk.ui.catalogue.CatalogueViewModel;
import org.shopdesk.ui.catalogue.NamedItemsWindow;
import org.shopdesk.ui.catalogue.ProductFormController;
import org.shopdesk.ui.catalogue.ProductFormViewModel;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.shell.Screen;

/**
 * The screen registry: every screen of the application, in navigation order, each built from the
 * connected services when the user first opens it. Adding a screen is one entry in {@link #all}
 * and one method that builds it (see docs/screens.md).
 */
final class Screens {
    private final UiContext ui;
    private final Supplier<Window> owner;
    private final ReadOnlyBooleanWrapper firstPageLoaded = new ReadOnlyBooleanWrapper(false);

    Screens(UiContext ui, Supplier<Window> owner) {
        this.ui = ui;
        this.owner = owner;
    }

    List<Screen> all(Backend backend) {
        return List.of(
                new Screen("nav.catalogue", () -> catalogue(backend)),
                new Screen("nav.prices", () -> org.shopdesk.ui.prices.PricesScreen.load(ui, backend.prices(),
                        backend.catalogue(), backend.priceExport(), backend.priceImport()).view().root()));
    }

    /** True once the first screen's list has its first page: start-up is timed to it. */
    ReadOnlyBooleanProperty firstPageLoaded() {
        return firstPageLoaded.getReadOnlyProperty();
    }

    private Parent catalogue(Backend backend) {
        CatalogueViewModel list = new CatalogueViewModel(backend.catalogue(), ui);
        ProductFormViewModel form = new ProductFormViewModel(backend.catalogue(), ui);
        firstPageLoaded.bind(list.list().loadedProperty());
        NamedItemsWindow namedItems = new NamedItemsWindow(backend.catalogue(), ui, owner);
        return ui.views().load(CatalogueController.class, new CatalogueController(list, form, ui, namedItems),
                new ProductFormController(form, ui)).root();
    }
}
