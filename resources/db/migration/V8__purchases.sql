-- Purchases (issue 13): returns that never give back more than was sold, and the history of checks.
--
-- A return is a check of kind RETURN pointing at its sale (V1). What V1 did not prove:
--   * that the return belongs to its sale (same customer, provider and currency, not earlier);
--   * that its lines are lines of that sale, at the price row and price paid;
--   * that all returns of a sale together never give back more of a product than was sold.
-- The database proves all three here, whatever client writes the return, and two clerks returning
-- the same sale at once are serialised on the sale's row.

-- ---------------------------------------------------------------- a return belongs to its sale
CREATE FUNCTION purchase_return_of_sale() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sale purchase%ROWTYPE;
BEGIN
    SELECT * INTO sale FROM purchase WHERE id = NEW.returns_id;
    IF NOT FOUND THEN
        RETURN NEW;  -- the foreign key refuses it
    END IF;
    IF sale.kind <> 'SALE' OR sale.customer_id <> NEW.customer_id OR sale.provider_id <> NEW.provider_id
       OR sale.currency <> NEW.currency OR NEW.purchased_at < sale.purchased_at THEN
        RAISE EXCEPTION 'a return goes back to a sale of the same customer, provider and currency, made before it (sale %)',
            NEW.returns_id USING ERRCODE = 'check_violation', CONSTRAINT = 'purchase_return_of_sale';
    END IF;
    RETURN NEW;
END $$;
-- WHEN keeps a sale free of it.
CREATE TRIGGER purchase_return_of_sale BEFORE INSERT ON purchase
    FOR EACH ROW WHEN (NEW.returns_id IS NOT NULL) EXECUTE FUNCTION purchase_return_of_sale();

-- ---------------------------------------------------------------- never more back than was sold
-- Called with the sales whose returns just got lines. Locks those sales first (in id order), so a
-- second return of the same sale waits here until the first commits, and then — each statement of
-- a function at READ COMMITTED takes a fresh snapshot — counts the first one's lines too. At
-- REPEATABLE READ or SERIALIZABLE the count would miss them, so a return is refused there.
-- Joins against unnest() rather than = ANY so that a bulk load (datagen sends ~1,500 returns per
-- round, with the plain indexes set aside) gets hash joins, not a scan per sale.
CREATE FUNCTION purchase_returns_within_sales(sales bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    bad record;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'a return is recorded at READ COMMITTED so that it sees every return committed before it'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'purchase_return_within_sale';
    END IF;
    -- NO KEY UPDATE: does not wait for the key-share lock the return's own foreign key took.
    PERFORM 1 FROM purchase p JOIN (SELECT DISTINCT unnest(sales) AS id) s ON s.id = p.id
      ORDER BY p.id FOR NO KEY UPDATE OF p;
    WITH s AS (SELECT DISTINCT unnest(sales) AS id),
         sold AS (SELECT l.purchase_id AS sale_id, l.product_id, l.price_id, l.unit_price, sum(l.quantity) AS q
                    FROM purchase_line l JOIN s ON s.id = l.purchase_id
                   GROUP BY 1, 2, 3, 4),
         back AS (SELECT r.returns_id AS sale_id, l.product_id, l.price_id, l.unit_price, sum(l.quantity) AS q
                    FROM purchase r JOIN s ON s.id = r.returns_id
                    JOIN purchase_line l ON l.purchase_id = r.id
                   GROUP BY 1, 2, 3, 4)
    SELECT b.sale_id, b.product_id, coalesce(d.q, 0) AS sold, b.q AS returned INTO bad
      FROM back b LEFT JOIN sold d USING (sale_id, product_id, price_id, unit_price)
     WHERE b.q > coalesce(d.q, 0)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'returns of sale % give back % of product % at that price, % were sold',
            bad.sale_id, bad.returned, bad.product_id, bad.sold
            USING ERRCODE = 'check_violation', CONSTRAINT = 'purchase_return_within_sale';
    END IF;
END $$;

-- The lines' statement trigger (V1) already updates every check that got lines; it now also
-- learns from that same UPDATE which of them are returns, so a sale pays nothing more for this.
CREATE OR REPLACE FUNCTION purchase_line_totals() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sales bigint[];
BEGIN
    WITH totalled AS (
        UPDATE purchase p SET total = p.total + s.amount
          FROM (SELECT purchase_id, sum(line_total) AS amount FROM new_lines GROUP BY purchase_id) s
         WHERE p.id = s.purchase_id
        RETURNING p.returns_id)
    SELECT array_agg(returns_id) INTO sales FROM totalled WHERE returns_id IS NOT NULL;
    IF sales IS NOT NULL THEN
        PERFORM purchase_returns_within_sales(sales);
    END IF;
    RETURN NULL;
END $$;

-- ---------------------------------------------------------------- the history of checks
-- Checks of a product, newest first: walking (product_id, purchase_id) backwards gives the check
-- numbers in order, so the first page stops after its rows instead of sorting all of a big
-- seller's checks. Replaces V1's (product_id) index, which it covers: one index either way.
CREATE INDEX purchase_line_product_purchase_idx ON purchase_line (product_id, purchase_id);
DROP INDEX purchase_line_product_idx;
