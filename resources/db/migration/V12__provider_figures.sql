-- The Suppliers list's stock figures per provider (issue 9): offers (prices valid now), units in
-- stock and their value at the prices valid now. Summed from scratch they read every stock row
-- and every current price (100,000 of each at scale 1: 0.3-0.6 s for the list); here they are
-- kept as a sum taken at some moment plus what changed since, which a reader adds itself:
--   * provider_offer_figures: each offer's part of the sum (units, value, offered or not), and
--     provider_figures: the parts summed per provider;
--   * provider_figures_mark: the moment of the sum (summed_at) and the last journal row in it;
--   * what can have changed since is found without a write on the sale path: stock only moves
--     through the journal (rows after journal_id); a written price row is logged by a trigger
--     (provider_figures_touched); a price that began or ended by the passing of time (a change
--     scheduled for later) has valid_from or valid_to between summed_at and now.
-- shopdesk_sum_provider_figures() folds the changes into the sum; the Suppliers service calls it
-- when they have grown (see ProviderQueries). Derived data: no foreign keys, rebuilt by the same
-- function from a mark at the beginning of time.

CREATE TABLE provider_offer_figures (
    product_id   bigint        NOT NULL,
    provider_id  bigint        NOT NULL,
    units        bigint        NOT NULL,
    stock_value  numeric(18,2) NOT NULL,
    offered      boolean       NOT NULL,
    PRIMARY KEY (product_id, provider_id)
);

CREATE TABLE provider_figures (
    provider_id  bigint        PRIMARY KEY,
    offers       bigint        NOT NULL,
    units        bigint        NOT NULL,
    stock_value  numeric(18,2) NOT NULL
);

CREATE TABLE provider_figures_mark (
    singleton    boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    journal_id   bigint      NOT NULL,
    summed_at    timestamptz NOT NULL
);
-- The beginning of time: the first sum takes in every journal row and every price ever valid.
INSERT INTO provider_figures_mark (journal_id, summed_at) VALUES (0, '-infinity');

CREATE TABLE provider_figures_touched (
    product_id   bigint NOT NULL,
    provider_id  bigint NOT NULL
);

-- Prices that began or ended between the sum and now.
CREATE INDEX price_valid_from_idx ON price (valid_from);
CREATE INDEX price_valid_to_idx ON price (valid_to) WHERE valid_to IS NOT NULL;

-- Any written price row (a change, an end, an import, a scheduled change withdrawn) marks its offer.
CREATE FUNCTION provider_figures_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO provider_figures_touched (product_id, provider_id) SELECT DISTINCT product_id, provider_id FROM old_rows;
    ELSE
        INSERT INTO provider_figures_touched (product_id, provider_id) SELECT DISTINCT product_id, provider_id FROM new_rows;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER price_figures_insert AFTER INSERT ON price REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION provider_figures_touch();
CREATE TRIGGER price_figures_update AFTER UPDATE ON price REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION provider_figures_touch();
CREATE TRIGGER price_figures_delete AFTER DELETE ON price REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION provider_figures_touch();

-- Every offer that can have changed since a sum with this mark, as it is now and as the sum has
-- it. The mark comes as arguments (inlined, the planner sees the values): read from its table
-- inside, it was a guess, and the guess read every stock row to find the few changed ones.
CREATE FUNCTION provider_figures_changed(after_journal bigint, after_time timestamptz)
RETURNS TABLE (product_id bigint, provider_id bigint, units bigint, stock_value numeric(18,2), offered boolean,
               was_units bigint, was_stock_value numeric(18,2), was_offered boolean)
LANGUAGE sql STABLE AS $$
WITH t AS (SELECT s.product_id, s.provider_id FROM stock_movement s WHERE s.id > after_journal
           UNION
           SELECT x.product_id, x.provider_id FROM provider_figures_touched x
           UNION
           SELECT p.product_id, p.provider_id FROM price p WHERE p.valid_from > after_time AND p.valid_from <= now()
           UNION
           SELECT p.product_id, p.provider_id FROM price p WHERE p.valid_to > after_time AND p.valid_to <= now())
SELECT t.product_id, t.provider_id,
       coalesce(g.goods_balance, 0)::bigint,
       coalesce(g.goods_balance * c.value, 0.00)::numeric(18,2),
       c.id IS NOT NULL,
       coalesce(b.units, 0),
       coalesce(b.stock_value, 0.00),
       coalesce(b.offered, false)
  FROM t
  -- One look-up per changed offer whatever the planner guesses of t (LIMIT keeps each a nested
  -- loop): a guess of a few thousand made it read all the stock, prices and sums instead.
  LEFT JOIN LATERAL (SELECT g.goods_balance FROM stock_goods g
                      WHERE g.product_id = t.product_id AND g.provider_id = t.provider_id LIMIT 1) g ON true
  LEFT JOIN LATERAL (SELECT c.id, c.value FROM price c
                      WHERE c.product_id = t.product_id AND c.provider_id = t.provider_id
                        AND c.valid_from <= now() AND (c.valid_to IS NULL OR c.valid_to > now()) LIMIT 1) c ON true
  LEFT JOIN LATERAL (SELECT b.units, b.stock_value, b.offered FROM provider_offer_figures b
                      WHERE b.product_id = t.product_id AND b.provider_id = t.provider_id LIMIT 1) b ON true
$$;

-- Folds the changes into the sum. One at a time (the mark's row), and only with nothing in
-- flight: the journal's and the prices' writers are waited for and kept out until the new mark
-- is written (a sale waits for the few milliseconds this takes), so that every journal row up
-- to the new journal_id is in the sum and none after it. Read committed only: each statement
-- below must see what committed while it waited for the locks. Waits for them at most
-- lock_wait (NULL: as long as it takes), because while it waits, holding the journal, sales
-- queue behind it: behind a long price import it gives up instead, and the list reads the sum
-- and the changes as they are. Returns the offers folded in.
CREATE FUNCTION shopdesk_sum_provider_figures(lock_wait interval DEFAULT interval '100 milliseconds')
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    folded integer;
    mark   provider_figures_mark;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'provider figures are summed in a read committed transaction, not %',
            current_setting('transaction_isolation');
    END IF;
    IF lock_wait IS NOT NULL THEN
        PERFORM set_config('lock_timeout', (ceil(extract(epoch FROM lock_wait) * 1000))::bigint || 'ms', true);
    END IF;
    SELECT * INTO mark FROM provider_figures_mark FOR UPDATE;
    LOCK TABLE stock_movement, price, provider_figures_touched IN SHARE MODE;
    -- Planned for this mark (EXECUTE): the first sum takes in everything, later ones a few offers.
    EXECUTE $sql$
    WITH c AS MATERIALIZED (SELECT * FROM provider_figures_changed($1, $2)),
    kept AS (INSERT INTO provider_offer_figures AS b (product_id, provider_id, units, stock_value, offered)
             SELECT c.product_id, c.provider_id, c.units, c.stock_value, c.offered FROM c WHERE c.units <> 0 OR c.offered
             ON CONFLICT (product_id, provider_id) DO UPDATE
                SET units = EXCLUDED.units, stock_value = EXCLUDED.stock_value, offered = EXCLUDED.offered),
    gone AS (DELETE FROM provider_offer_figures b USING c
              WHERE b.product_id = c.product_id AND b.provider_id = c.provider_id AND c.units = 0 AND NOT c.offered),
    summed AS (INSERT INTO provider_figures AS f (provider_id, offers, units, stock_value)
               SELECT c.provider_id, sum(c.offered::int - c.was_offered::int), sum(c.units - c.was_units),
                      sum(c.stock_value - c.was_stock_value)
                 FROM c GROUP BY c.provider_id
               ON CONFLICT (provider_id) DO UPDATE
                  SET offers = f.offers + EXCLUDED.offers, units = f.units + EXCLUDED.units,
                      stock_value = f.stock_value + EXCLUDED.stock_value)
    SELECT count(*) FROM c
    $sql$ INTO folded USING mark.journal_id, mark.summed_at;
    DELETE FROM provider_figures_touched;
    UPDATE provider_figures_mark SET journal_id = coalesce((SELECT max(id) FROM stock_movement), 0), summed_at = now();
    RETURN folded;
END $$;

-- Both write derived rows whoever wrote the price or asked for the list (V11's rule for them).
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['provider_figures_touch()', 'shopdesk_sum_provider_figures(interval)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
END $$;
REVOKE EXECUTE ON FUNCTION shopdesk_sum_provider_figures(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopdesk_sum_provider_figures(interval)
    TO shopdesk_clerk, shopdesk_purchasing, shopdesk_manager, shopdesk_administrator;

-- The first sum, from the beginning of time, however long the wait.
SELECT shopdesk_sum_provider_figures(NULL);
ANALYZE provider_offer_figures;
ANALYZE provider_figures;
ANALYZE provider_figures_mark;
