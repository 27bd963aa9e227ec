package org.shopdesk.ui.suppliers;

import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.shopdesk.domain.party.ProviderDraft;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;

/** The shop the Suppliers screen tests look at, and the screen built the way the application builds it. */
final class SupplierScreenData {
    private SupplierScreenData() {
    }

    static void fill(TestDatabase db, SupplierService suppliers) {
        long alpha = suppliers.saveProvider(new ProviderDraft(null, null, "Alpha", "ООО «Альфа-Дистрибуция»", "7707083893",
                "773601001", "Иван Петров", "sales@alpha.ru", "+7 495 123-45-67", "Москва, Складская ул., 5",
                "alpha.ru", "Отгрузка по вторникам")).id();
        suppliers.saveProvider(new ProviderDraft(null, null, "Beta", "АО «Бета»", "7736207543", null, null, null, null,
                null, null, null));
        long archivable = suppliers.saveProvider(ProviderDraft.named("Archivable")).id();
        suppliers.saveProvider(ProviderDraft.named("Contested"));
        suppliers.saveProvider(ProviderDraft.named("Nordic Supply Oy"));
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Мария', 'Иванова', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-1', 'Phone', 1, 1), ('P-2', 'Case', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, " + alpha + ", 24990), (2, " + alpha + ", 990.50), "
                        + "(1, " + archivable + ", 25500)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, " + alpha + ", 12, 'RECEIPT'), "
                        + "(2, " + alpha + ", 40, 'RECEIPT'), (1, " + archivable + ", 3, 'RECEIPT')");
        long phone = db.count("SELECT id FROM price WHERE product_id = 1 AND provider_id = " + alpha);
        long kase = db.count("SELECT id FROM price WHERE product_id = 2 AND provider_id = " + alpha);
        for (int i = 1; i <= 3; i++) {
            db.backend().sales().recordSale(new SaleDraft(UUID.randomUUID(), 1L, alpha,
                    List.of(new SaleLine(1, phone, 1), new SaleLine(2, kase, i))));
        }
    }

    static Scene show(ScreenFixture fx, Stage stage, SupplierService suppliers) {
        SupplierListViewModel list = new SupplierListViewModel(suppliers, fx.ui);
        SupplierFormViewModel form = new SupplierFormViewModel(suppliers, fx.ui);
        SupplierTabsViewModel tabs = new SupplierTabsViewModel(suppliers, fx.ui);
        return fx.show(stage, fx.views.load(SuppliersController.class, new SuppliersController(list, form, tabs, fx.ui),
                new SupplierDetailsController(tabs, fx.ui), new SupplierFormController(form, fx.ui)).root());
    }
}
