package org.shopdesk.ui.kit;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.ui.common.TaskRunner;

/**
 * The goods filters that the price grid and the stock balances share: a provider, a category and a
 * producer (null: all), and the entries each picker offers. The screen's list listens to the three
 * selections; this class only holds them and fills the pickers. A bulk price change picks its goods
 * with one too, offering the grid's entries.
 */
public final class GoodsFilter {
    private final ObjectProperty<NamedItem> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedItem> category = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedItem> producer = new SimpleObjectProperty<>();
    private final ObservableList<NamedItem> providers = FXCollections.observableArrayList();
    private final ObservableList<NamedItem> categories = FXCollections.observableArrayList();
    private final ObservableList<NamedItem> producers = FXCollections.observableArrayList();

    /** Reads the pickers' entries in the background: each screen lists the providers its own way. */
    public void loadChoices(TaskRunner tasks, Callable<List<NamedItem>> providerChoices,
                            Callable<List<NamedItem>> categoryChoices, Callable<List<NamedItem>> producerChoices) {
        tasks.call(providerChoices).onSuccess(providers::setAll).start();
        tasks.call(categoryChoices).onSuccess(categories::setAll).start();
        tasks.call(producerChoices).onSuccess(producers::setAll).start();
    }

    /**
     * One provider's goods as another screen asked: that provider (the picker's own entry when it
     * has one, so the picker shows it selected), category and producer cleared.
     */
    public void showProvider(long id, String name) {
        category.set(null);
        producer.set(null);
        provider.set(providers.stream().filter(p -> p.id() == id).findFirst().orElse(new NamedItem(id, name, 0, 0)));
    }

    public ObjectProperty<NamedItem> providerProperty() {
        return provider;
    }

    public ObjectProperty<NamedItem> categoryProperty() {
        return category;
    }

    public ObjectProperty<NamedItem> producerProperty() {
        return producer;
    }

    public ObservableList<NamedItem> providers() {
        return providers;
    }

    public ObservableList<NamedItem> categories() {
        return categories;
    }

    public ObservableList<NamedItem> producers() {
        return producers;
    }
}
