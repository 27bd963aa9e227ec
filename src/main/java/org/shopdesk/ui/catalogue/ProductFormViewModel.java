package org.shopdesk.ui.catalogue;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.catalogue.ProductRules;
import org.shopdesk.ui.kit.FormState;
import org.shopdesk.ui.kit.LoadedRecord;
import org.shopdesk.ui.kit.UiContext;

/**
 * The product form: a new product or the one picked in the list. The same rules the service
 * enforces are checked as the user types (through {@link FormState}); nothing reaches the database
 * until every rule holds, and what the database still refuses (a SKU taken meanwhile) comes back
 * onto the field it concerns.
 */
public final class ProductFormViewModel {
    /** The form's fields, as the rules and the controller name them. */
    public static final String SKU = ProductRules.SKU;
    public static final String EAN = ProductRules.EAN;
    public static final String TITLE = ProductRules.TITLE;
    public static final String DESCRIPTION = ProductRules.DESCRIPTION;
    public static final String CATEGORY = ProductRules.CATEGORY;
    public static final String PRODUCER = ProductRules.PRODUCER;

    private final CatalogueService catalogue;
    private final UiContext ui;

    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty ean = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<NamedItem> category = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedItem> producer = new SimpleObjectProperty<>();
    private final LoadedRecord<ProductDetails> loaded;
    private final FormState<ProductDraft> state;
    private Runnable onSaved = () -> { };
    private static final FormState.Sentences SAYS = new FormState.Sentences("product.saved", "product.archive.title",
            "product.archive.confirm", "product.archived", "product.unarchived");
    private final FormState.Shown<ProductDetails> shown = new FormState.Shown<>(this::fill, ProductDetails::title,
            () -> onSaved.run());

    public ProductFormViewModel(CatalogueService catalogue, UiContext ui) {
        this.catalogue = catalogue;
        this.ui = ui;
        loaded = new LoadedRecord<>(ui.tasks(), catalogue::product, ProductDetails::id, this::fill);
        state = new FormState<>(ui.tasks(), ui.messages(), ui.dialogs(), ui.errors(), this::draft,
                ProductRules::check, ProductRules::normalise)
                .watch(sku, SKU).watch(ean, EAN).watch(title, TITLE).watch(description, DESCRIPTION)
                .watch(category, CATEGORY).watch(producer, PRODUCER);
        fill(null);
    }

    /** Called after every successful save or archive, so the list can show the change. */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** An empty form, unless the user keeps unsaved changes; true if the form is now empty. */
    public boolean newProduct() {
        if (!state.confirmDiscard()) {
            return false;
        }
        fill(null);
        return true;
    }

    /** Opens a product from the list, unless the user keeps unsaved changes. */
    public void open(long id) {
        if (loaded.shows(id) && !state.dirtyProperty().get()) {
            return;
        }
        if (state.confirmDiscard()) {
            loaded.show(id);
        }
    }

    public void save() {
        ProductDraft draft = draft();
        state.save(SAYS, () -> catalogue.saveProduct(draft), shown, this::savedNotReplicated);
    }

    /** Archives the product (asking first) or brings it back. */
    public void toggleArchived() {
        ProductDetails p = loaded.get();
        if (p != null) {
            boolean archive = !p.archived();
            state.archive(SAYS, archive, p.title(), () -> catalogue.setArchived(p.id(), p.version(), archive), shown,
                    this::savedNotReplicated);
        }
    }

    /** Asks before throwing away unsaved changes; true if there are none or the user agrees. */
    public boolean confirmDiscard() {
        return state.confirmDiscard();
    }

    /** Saved, but not yet on the standby: the form shows the saved product and says so plainly. */
    private boolean savedNotReplicated(Throwable e) {
        if (e instanceof SavedButNotReplicatedException s && s.saved() instanceof ProductDetails saved) {
            fill(saved);
            state.say(ui.messages().get("product.savedNotReplicated", saved.title()), true);
            onSaved.run();
            return true;
        }
        return false;
    }

    private void fill(ProductDetails p) {
        state.reset(() -> {
            loaded.set(p);
            sku.set(p == null ? "" : p.sku());
            ean.set(p == null || p.ean() == null ? "" : p.ean());
            title.set(p == null ? "" : p.title());
            description.set(p == null || p.description() == null ? "" : p.description());
            category.set(p == null ? null : new NamedItem(p.categoryId(), p.categoryName(), 0, 0));
            producer.set(p == null ? null : new NamedItem(p.producerId(), p.producerName(), 0, 0));
        });
    }

    ProductDraft draft() {
        ProductDetails p = loaded.get();
        return new ProductDraft(p == null ? null : p.id(), p == null ? null : p.version(), sku.get(), ean.get(),
                title.get(), description.get(), idOf(category.get()), idOf(producer.get()));
    }

    private static Long idOf(NamedItem item) {
        return item == null ? null : item.id();
    }

    /** The problem shown on a field, if any. */
    public Optional<String> problem(String field) {
        return state.problem(field);
    }

    public BooleanBinding canArchive() {
        return Bindings.createBooleanBinding(() -> loaded.get() != null && !state.savingProperty().get(),
                loaded.property(), state.savingProperty());
    }

    /** The saved record the form shows: open, revert, reload, and its values for labels. */
    public LoadedRecord<ProductDetails> record() {
        return loaded;
    }

    public FormState<ProductDraft> state() {
        return state;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty eanProperty() {
        return ean;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<NamedItem> categoryProperty() {
        return category;
    }

    public ObjectProperty<NamedItem> producerProperty() {
        return producer;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return state.dirtyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return state.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return state.messageIsErrorProperty();
    }

    public ObservableMap<String, String> problems() {
        return state.problems();
    }
}
