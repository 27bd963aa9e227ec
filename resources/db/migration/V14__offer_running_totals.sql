-- A long period's sales per offer (product, provider, currency) for the Charts area (issue 14):
-- sales against stock, the ABC of products, a producer's products. Summed from the monthly rows,
-- a year at scale 1 is some 500,000 rows into 100,000 offers, 0.7 s before the charts even start.
-- Here each offer keeps its running totals, month by month, in one row:
--   sales_offer_months: element i of each array is the offer's total from its first sale to the
--   end of month first_month + i - 1 (months counted as year * 12 + month - 1), or to the end of
--   the summed days for the month they end in. A month with no sale repeats the month before;
--   months after the last element are the last element (nothing sold since).
-- A period's sums are then two subscripts per offer (the end's total less the start's), plus the
-- days of a month cut by the period's edges from sales_day_product and the days not summed yet
-- from the checks. One row per offer rather than one per offer and month: the monthly form was
-- 2,000,000 rows (243 MB) at scale 1, and even joining two of its months cost more than these
-- subscripts. Money is kept in hundredths (kopecks for roubles) as bigint: exact, and a bigint
-- array is fixed-width, so a subscript is a direct read (a numeric array is walked element by element).
--   units: sold less returned; cents: revenue less returns, in hundredths; days: days with a sale
--   or return of the offer (tells a period with no activity from one that netted to zero).
-- Kept by shopdesk_roll_up_sales through the trigger below, from the day rows it has just added.

CREATE TABLE sales_offer_months (
    product_id   bigint   NOT NULL,
    provider_id  bigint   NOT NULL,
    currency     char(3)  NOT NULL,
    first_month  integer  NOT NULL,
    units        bigint[] NOT NULL,
    cents        bigint[] NOT NULL,
    days         integer[] NOT NULL,
    PRIMARY KEY (product_id, provider_id, currency),
    CHECK (cardinality(units) > 0 AND cardinality(cents) = cardinality(units) AND cardinality(days) = cardinality(units))
);

-- Adds the summed days [after, before) of sales_day_product. Those days come after everything
-- summed so far, so an offer's new elements start at its last element (the month it was last
-- summed into, perhaps the same month) and run to its last new month.
CREATE FUNCTION shopdesk_sum_offer_months(after date, before date) RETURNS void LANGUAGE sql AS $$
    WITH m AS (
        SELECT d.product_id, d.provider_id, d.currency,
               (extract(year FROM d.day) * 12 + extract(month FROM d.day) - 1)::integer AS k,
               sum(d.units - d.returned_units)::bigint AS units, sum((d.revenue - d.returned) * 100)::bigint AS cents,
               count(*)::integer AS days
          FROM sales_day_product d
         WHERE d.day >= after AND d.day < before
         GROUP BY 1, 2, 3, 4
    ), o AS (
        SELECT m.product_id, m.provider_id, m.currency, min(m.k) AS k_min, max(m.k) AS k_max
          FROM m GROUP BY 1, 2, 3
    ), b AS (
        SELECT o.product_id, o.provider_id, o.currency, o.k_max,
               CASE WHEN s.product_id IS NULL THEN o.k_min ELSE s.first_month + cardinality(s.units) - 1 END AS k0,
               coalesce(s.units[cardinality(s.units)], 0) AS units0, coalesce(s.cents[cardinality(s.cents)], 0) AS cents0,
               coalesce(s.days[cardinality(s.days)], 0) AS days0
          FROM o LEFT JOIN sales_offer_months s
            ON s.product_id = o.product_id AND s.provider_id = o.provider_id AND s.currency = o.currency
    ), g AS (
        SELECT b.product_id, b.provider_id, b.currency, b.k0, g.k,
               b.units0 + sum(coalesce(m.units, 0)) OVER w AS units, b.cents0 + sum(coalesce(m.cents, 0)) OVER w AS cents,
               b.days0 + sum(coalesce(m.days, 0)) OVER w AS days
          FROM b CROSS JOIN generate_series(b.k0, b.k_max) g(k)
          LEFT JOIN m ON m.product_id = b.product_id AND m.provider_id = b.provider_id AND m.currency = b.currency AND m.k = g.k
        WINDOW w AS (PARTITION BY b.product_id, b.provider_id, b.currency ORDER BY g.k)
    )
    INSERT INTO sales_offer_months AS s (product_id, provider_id, currency, first_month, units, cents, days)
    SELECT g.product_id, g.provider_id, g.currency, g.k0, array_agg(g.units::bigint ORDER BY g.k),
           array_agg(g.cents::bigint ORDER BY g.k), array_agg(g.days::integer ORDER BY g.k)
      FROM g GROUP BY g.product_id, g.provider_id, g.currency, g.k0
     ORDER BY 1, 2, 3
        ON CONFLICT (product_id, provider_id, currency) DO UPDATE
       SET units = s.units[1:cardinality(s.units) - 1] || excluded.units,
           cents = s.cents[1:cardinality(s.cents) - 1] || excluded.cents,
           days = s.days[1:cardinality(s.days) - 1] || excluded.days
$$;

-- The roll-up moves rolled_until forward after adding the day rows: the running totals follow.
-- Moved back (a rebuild of the summaries), they are rebuilt from the day rows up to there.
CREATE FUNCTION shopdesk_follow_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.rolled_until < OLD.rolled_until THEN
        DELETE FROM sales_offer_months;
        PERFORM shopdesk_sum_offer_months('-infinity', NEW.rolled_until);
    ELSIF NEW.rolled_until > OLD.rolled_until THEN
        PERFORM shopdesk_sum_offer_months(OLD.rolled_until, NEW.rolled_until);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER sales_rollup_offer_months AFTER UPDATE OF rolled_until ON sales_rollup
    FOR EACH ROW EXECUTE FUNCTION shopdesk_follow_rollup();

-- Only the roll-up (running as the owner) keeps them.
REVOKE EXECUTE ON FUNCTION shopdesk_sum_offer_months(date, date) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION shopdesk_follow_rollup() FROM PUBLIC;

-- The days summed so far.
SELECT shopdesk_sum_offer_months('-infinity', r.rolled_until) FROM sales_rollup r WHERE r.rolled_until > '-infinity';
ANALYZE sales_offer_months;
