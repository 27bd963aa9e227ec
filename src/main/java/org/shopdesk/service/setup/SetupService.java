package org.shopdesk.service.setup;

import java.util.Locale;
import java.util.function.Consumer;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.generate.DataGenerator;
import org.shopdesk.data.generate.GenerationProfile;
import org.shopdesk.domain.common.DatabaseNotEmptyException;

/**
 * First start of a new database: is there a shop in it yet, and if not, load the demo shop
 * (about 300 products, 200 customers and 5,000 checks over the last twelve months) so that every
 * screen has something to show.
 */
public final class SetupService {
    private final Transactions tx;

    public SetupService(Transactions tx) {
        this.tx = tx;
    }

    /** True while no catalogue, customer, price, check or stock row exists. */
    public boolean isEmpty() {
        return tx.query(DataGenerator::isEmpty);
    }

    /**
     * Loads the demo shop in one transaction: all of it or, on any failure, nothing.
     *
     * @param progress hears a line per step, e.g. "purchase_line: 10,250 rows"
     * @throws DatabaseNotEmptyException when the database already has data
     */
    public void loadDemo(Consumer<String> progress) {
        DataGenerator generator = new DataGenerator(GenerationProfile.demoShop(), DataGenerator.DEFAULT_SEED,
                DataGenerator.untilToday());
        tx.write(db -> {
            generator.generate(db, (table, rows, elapsed) ->
                    progress.accept(String.format(Locale.ROOT, "%s: %,d rows", table, rows)));
            return null;
        });
    }
}
