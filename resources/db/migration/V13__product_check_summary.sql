-- The history's footer filtered by a product (issue 13): count, net revenue and average of the
-- checks that hold the product. Summed from the checks, a best seller's 30,000 checks took
-- 250 ms at scale 1 (every check number walked against the product's lines). Like the footer of
-- the whole history, which reads sales_day_provider for the summed days, it now reads a daily
-- summary for them and only the days not summed yet from the checks:
--   sales_day_product_checks: per day, product, provider and currency, the sale checks holding the
--   product and the sum of their totals, the return checks likewise. A check with the product on
--   two lines counts once. Kept by shopdesk_roll_up_sales with the other summaries.

CREATE TABLE sales_day_product_checks (
    day          date          NOT NULL,
    product_id   bigint        NOT NULL,
    provider_id  bigint        NOT NULL,
    currency     char(3)       NOT NULL,
    checks       integer       NOT NULL CHECK (checks >= 0),
    revenue      numeric(16,2) NOT NULL,
    returns      integer       NOT NULL CHECK (returns >= 0),
    returned     numeric(16,2) NOT NULL,
    -- One product's days, as the footer reads them.
    PRIMARY KEY (product_id, day, provider_id, currency)
);

-- What a row holds, live, for the days [first_day, end_day) of the time zone tz.
CREATE FUNCTION shopdesk_checks_by_product(first_day date, end_day date, tz text)
RETURNS TABLE (day date, product_id bigint, provider_id bigint, currency char(3), checks integer, revenue numeric,
               returns integer, returned numeric) LANGUAGE sql STABLE AS $$
    WITH checks AS MATERIALIZED (SELECT * FROM shopdesk_checks_between(first_day, end_day, tz))
    SELECT c.day, l.product_id, c.provider_id, c.currency,
           (count(*) FILTER (WHERE c.kind = 'SALE'))::integer,
           coalesce(sum(c.total) FILTER (WHERE c.kind = 'SALE'), 0.00),
           (count(*) FILTER (WHERE c.kind = 'RETURN'))::integer,
           coalesce(sum(c.total) FILTER (WHERE c.kind = 'RETURN'), 0.00)
      FROM checks c
      JOIN (SELECT DISTINCT l.purchase_id, l.product_id FROM purchase_line l
             WHERE l.purchase_id >= (SELECT min(id) FROM checks)) l ON l.purchase_id = c.id
     GROUP BY 1, 2, 3, 4
$$;

-- V9's roll-up, and the new summary beside the others (same days, same lock).
CREATE OR REPLACE FUNCTION shopdesk_roll_up_sales(until date) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    done_until date;
    tz         text;
    added      integer;
    month_from date;
    month_to   date;
BEGIN
    SELECT rolled_until, time_zone INTO done_until, tz FROM sales_rollup FOR UPDATE;
    IF until <= done_until THEN
        RETURN 0;
    END IF;
    INSERT INTO sales_day_provider (day, provider_id, currency, checks, revenue, returns, returned, units, returned_units)
    SELECT * FROM shopdesk_sales_by_provider(done_until, until, tz);
    GET DIAGNOSTICS added = ROW_COUNT;
    INSERT INTO sales_day_product (day, product_id, provider_id, currency, units, revenue, returned_units, returned)
    SELECT * FROM shopdesk_sales_by_product(done_until, until, tz);
    INSERT INTO sales_day_product_checks (day, product_id, provider_id, currency, checks, revenue, returns, returned)
    SELECT * FROM shopdesk_checks_by_product(done_until, until, tz);
    -- The producer summary from the product rows just added: the checks are read once.
    INSERT INTO sales_day_producer (day, producer_id, currency, units, revenue, returned_units, returned)
    SELECT s.day, pr.producer_id, s.currency, sum(s.units), sum(s.revenue), sum(s.returned_units), sum(s.returned)
      FROM sales_day_product s JOIN products pr ON pr.id = s.product_id
     WHERE s.day >= done_until AND s.day < until
     GROUP BY 1, 2, 3;
    -- Months closed now: those that begin at or after the month of done_until and end by until.
    month_from := CASE WHEN done_until = '-infinity' THEN '-infinity'::date
                       ELSE date_trunc('month', done_until::timestamp)::date END;
    month_to := date_trunc('month', until::timestamp)::date;
    INSERT INTO sales_month_product (month, product_id, provider_id, currency, units, revenue, returned_units, returned)
    SELECT date_trunc('month', s.day::timestamp)::date, s.product_id, s.provider_id, s.currency,
           sum(s.units), sum(s.revenue), sum(s.returned_units), sum(s.returned)
      FROM sales_day_product s
     WHERE s.day >= month_from AND s.day < month_to
     GROUP BY 1, 2, 3, 4;
    INSERT INTO sales_month_producer (month, producer_id, currency, units, revenue, returned_units, returned)
    SELECT date_trunc('month', s.day::timestamp)::date, s.producer_id, s.currency,
           sum(s.units), sum(s.revenue), sum(s.returned_units), sum(s.returned)
      FROM sales_day_producer s
     WHERE s.day >= month_from AND s.day < month_to
     GROUP BY 1, 2, 3;
    UPDATE sales_rollup SET rolled_until = until;
    RETURN added;
END $$;
-- A replaced function loses its settings: the roll-up runs as the owner again (V11).
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION shopdesk_roll_up_sales(date) SECURITY DEFINER SET search_path = %I, pg_temp',
                   current_schema());
END $$;

-- The days summed so far, from their checks.
INSERT INTO sales_day_product_checks (day, product_id, provider_id, currency, checks, revenue, returns, returned)
SELECT c.* FROM sales_rollup r, shopdesk_checks_by_product('-infinity', r.rolled_until, r.time_zone) c
 WHERE r.rolled_until > '-infinity';
ANALYZE sales_day_product_checks;
