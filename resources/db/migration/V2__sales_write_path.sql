-- The write path of a sale, measured by `bench` (sale: 1 clerk / 8 clerks at once): every sale
-- inserts a check, its lines and journal rows, and changes a balance per line. Less upkeep per
-- sale, the same rules.

-- A check's total is written a second time by the lines' trigger right after the check is
-- inserted. With room left on the page the new version stays there and no index is touched (a HOT
-- update); at fillfactor 100 every check cost its six index entries twice and left a dead row.
ALTER TABLE purchase SET (fillfactor = 90);

-- A balance changes with every sale of its goods. While goods_balance was part of two indexes
-- no balance could be updated in place. The unique (product_id, provider_id) already finds a
-- product's stock; a provider's stock is found by provider_id, and filtering a provider's few
-- thousand rows by balance needs no index. Room on the page keeps the updates HOT.
DROP INDEX stock_goods_product_balance_idx;
DROP INDEX stock_goods_provider_balance_idx;
CREATE INDEX stock_goods_provider_idx ON stock_goods (provider_id);
ALTER TABLE stock_goods SET (fillfactor = 70);

-- A line's product is already proven by its price: (price_id, product_id, provider_id) references
-- price, whose product references products, and prices are never deleted. The second foreign key
-- cost a look-up per line.
ALTER TABLE purchase_line DROP CONSTRAINT purchase_line_product_id_fkey;

-- Checks and journal rows arrive in time order: a BRIN index answers time ranges (charts, the
-- journal of a period) for a fraction of a b-tree's upkeep and size.
DROP INDEX purchase_time_idx;
CREATE INDEX purchase_time_brin ON purchase USING brin (purchased_at);
DROP INDEX stock_movement_time_idx;
CREATE INDEX stock_movement_time_brin ON stock_movement USING brin (moved_at);
