package org.shopdesk.ui.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.catalogue.ProductRules;
import org.shopdesk.ui.common.Dialogs;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;

/**
 * The product form: a new product or the one picked in the list. The same rules the service
 * enforces are checked as the user types; a field shows its problem once it has been touched or
 * a save was tried. Nothing reaches the database until every rule holds, and what the database
 * still refuses (a SKU taken meanwhile) comes back onto the field it concerns.
 */
public final class ProductFormViewModel {
    private final CatalogueService catalogue;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ErrorPresenter errors;

    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty ean = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<NamedItem> category = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedItem> producer = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ProductDetails> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Map<String, Problem> serverProblems = new HashMap<>();
    private Runnable onSaved = () -> { };

    public ProductFormViewModel(CatalogueService catalogue, TaskRunner tasks, Messages messages,
                                Dialogs dialogs, ErrorPresenter errors) {
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
        watch(sku, ProductRules.SKU);
        watch(ean, ProductRules.EAN);
        watch(title, ProductRules.TITLE);
        watch(description, ProductRules.DESCRIPTION);
        watch(category, ProductRules.CATEGORY);
        watch(producer, ProductRules.PRODUCER);
    }

    /** Called after every successful save or archive, so the list can show the change. */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    public void newProduct() {
        if (confirmDiscard()) {
            fill(null);
        }
    }

    /** Opens a product from the list, unless the user keeps unsaved changes. */
    public void open(long id) {
        if (loaded.get() != null && loaded.get().id() == id && !dirty.get()) {
            return;
        }
        if (!confirmDiscard()) {
            return;
        }
        tasks.call(() -> catalogue.product(id)).onSuccess(this::fill).start();
    }

    public void revert() {
        fill(loaded.get());
    }

    public void save() {
        ProductDraft draft = draft();
        List<Problem> local = ProductRules.check(draft);
        if (!local.isEmpty()) {
            touched.addAll(List.of(ProductRules.SKU, ProductRules.EAN, ProductRules.TITLE,
                    ProductRules.DESCRIPTION, ProductRules.CATEGORY, ProductRules.PRODUCER));
            recheck();
            say(messages.get("form.fixFields"), true);
            return;
        }
        tasks.call(() -> catalogue.saveProduct(draft))
                .onSuccess(saved -> {
                    fill(saved);
                    say(messages.get("product.saved", saved.title()), false);
                    onSaved.run();
                })
                .onError(this::saveFailed)
                .start();
    }

    public void toggleArchived() {
        ProductDetails p = loaded.get();
        if (p == null) {
            return;
        }
        boolean archive = !p.archived();
        if (archive && !dialogs.confirm(messages.get("product.archive.title"),
                messages.get("product.archive.confirm", p.title()))) {
            return;
        }
        tasks.call(() -> catalogue.setArchived(p.id(), p.version(), archive))
                .onSuccess(saved -> {
                    fill(saved);
                    say(messages.get(archive ? "product.archived" : "product.unarchived", saved.title()), false);
                    onSaved.run();
                })
                .onError(this::saveFailed)
                .start();
    }

    /** Asks before throwing away unsaved changes; true if there are none or the user agrees. */
    public boolean confirmDiscard() {
        return !dirty.get() || dialogs.confirm(messages.get("form.discard.title"), messages.get("form.discard.confirm"));
    }

    private void saveFailed(Throwable e) {
        if (e instanceof SavedButNotReplicatedException s && s.saved() instanceof ProductDetails saved) {
            // Saved: the form shows the saved product, and says plainly that it is not yet safe.
            fill(saved);
            say(messages.get("product.savedNotReplicated", saved.title()), true);
            onSaved.run();
        } else if (e instanceof ValidationException v) {
            for (Problem p : v.problems()) {
                serverProblems.put(p.field(), p);
                touched.add(p.field());
            }
            recheck();
            say(messages.get("form.notSaved") + " " + errors.describe(e), true);
        } else if (e instanceof ConcurrentChangeException) {
            say(messages.get("error.concurrentChange"), true);
        } else {
            say(messages.get("form.notSaved") + " " + errors.describe(e), true);
        }
    }

    private void fill(ProductDetails p) {
        loaded.set(p);
        sku.set(p == null ? "" : p.sku());
        ean.set(p == null || p.ean() == null ? "" : p.ean());
        title.set(p == null ? "" : p.title());
        description.set(p == null || p.description() == null ? "" : p.description());
        category.set(p == null ? null : new NamedItem(p.categoryId(), p.categoryName(), 0, 0));
        producer.set(p == null ? null : new NamedItem(p.producerId(), p.producerName(), 0, 0));
        touched.clear();
        serverProblems.clear();
        say("", false);
        recheck();
    }

    ProductDraft draft() {
        ProductDetails p = loaded.get();
        return new ProductDraft(p == null ? null : p.id(), p == null ? null : p.version(), sku.get(), ean.get(),
                title.get(), description.get(), idOf(category.get()), idOf(producer.get()));
    }

    private void watch(javafx.beans.value.ObservableValue<?> field, String name) {
        field.addListener((o, before, after) -> {
            touched.add(name);
            serverProblems.remove(name);
            recheck();
        });
    }

    private void recheck() {
        Map<String, String> now = new HashMap<>();
        ProductRules.check(draft()).forEach(p -> now.putIfAbsent(p.field(), messages.problem(p)));
        serverProblems.forEach((field, p) -> now.putIfAbsent(field, messages.problem(p)));
        now.keySet().retainAll(touched);
        problems.keySet().retainAll(now.keySet());
        problems.putAll(now);
        dirty.set(isChanged());
    }

    private boolean isChanged() {
        ProductDetails p = loaded.get();
        ProductDraft d = ProductRules.normalise(draft());
        if (p == null) {
            return !d.sku().isEmpty() || d.ean() != null || !d.title().isEmpty() || d.description() != null
                    || d.categoryId() != null || d.producerId() != null;
        }
        return !(d.sku().equals(p.sku()) && Objects.equals(d.ean(), p.ean()) && d.title().equals(p.title())
                && Objects.equals(d.description(), p.description())
                && Objects.equals(d.categoryId(), p.categoryId()) && Objects.equals(d.producerId(), p.producerId()));
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    private static Long idOf(NamedItem item) {
        return item == null ? null : item.id();
    }

    /** The problem shown on a field, if any. */
    public Optional<String> problem(String field) {
        return Optional.ofNullable(problems.get(field));
    }

    public BooleanBinding canArchive() {
        return Bindings.createBooleanBinding(() -> loaded.get() != null, loaded);
    }

    public <T> javafx.beans.binding.ObjectBinding<T> fromLoaded(Function<ProductDetails, T> f, T whenNew) {
        return Bindings.createObjectBinding(() -> loaded.get() == null ? whenNew : f.apply(loaded.get()), loaded);
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

    public ReadOnlyObjectProperty<ProductDetails> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }
}
