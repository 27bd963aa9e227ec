-- The managers' sales analytics (issue 14). Rebuilds the chart summaries of V3 and adds two:
--   * returns were half missing: the producer summary summed sale checks only, so a returned
--     product's revenue stayed in its producer's figure, and the provider summary's units
--     ignored returned units. Every summary now keeps sales and returns apart (revenue/units of
--     sale checks, returned/returned_units of return checks), and a chart subtracts.
--   * currencies were summed together; every summary is now per currency, and never mixed.
--   * filters by category or producer, top products, stock cover and ABC of products need
--     figures per product and provider: sales_day_product (a day's sales of each product at each
--     provider) and sales_month_product (the same per closed month, so that a year is 12 rows
--     per product and provider instead of 365: 170 ms instead of 330 ms at scale 1), and
--     sales_month_producer likewise for the producers.
-- Summaries are derived data, not history: they are dropped and summed again from the checks,
-- up to the same day as before.

DROP FUNCTION shopdesk_roll_up_sales(date);
DROP FUNCTION shopdesk_sales_by_provider(date, date, text);
DROP FUNCTION shopdesk_sales_by_producer(date, date, text);
DROP TABLE sales_day_provider;
DROP TABLE sales_day_producer;

-- Per day, provider and currency: sale checks and their sum, return checks and their sum, units
-- on sale checks and units brought back.
CREATE TABLE sales_day_provider (
    day             date          NOT NULL,
    provider_id     bigint        NOT NULL REFERENCES provider (id) ON DELETE RESTRICT,
    currency        char(3)       NOT NULL,
    checks          integer       NOT NULL CHECK (checks >= 0),
    revenue         numeric(16,2) NOT NULL,
    returns         integer       NOT NULL CHECK (returns >= 0),
    returned        numeric(16,2) NOT NULL,
    units           bigint        NOT NULL,
    returned_units  bigint        NOT NULL,
    PRIMARY KEY (day, provider_id, currency)
);

-- Per day, producer and currency: units sold and their sum, units returned and their sum.
CREATE TABLE sales_day_producer (
    day             date          NOT NULL,
    producer_id     bigint        NOT NULL REFERENCES producer (id) ON DELETE RESTRICT,
    currency        char(3)       NOT NULL,
    units           bigint        NOT NULL,
    revenue         numeric(16,2) NOT NULL,
    returned_units  bigint        NOT NULL,
    returned        numeric(16,2) NOT NULL,
    PRIMARY KEY (day, producer_id, currency)
);

-- The same per closed month (month = its first day): a year is 12 rows per producer.
CREATE TABLE sales_month_producer (
    month           date          NOT NULL CHECK (extract(day FROM month) = 1),
    producer_id     bigint        NOT NULL REFERENCES producer (id) ON DELETE RESTRICT,
    currency        char(3)       NOT NULL,
    units           bigint        NOT NULL,
    revenue         numeric(16,2) NOT NULL,
    returned_units  bigint        NOT NULL,
    returned        numeric(16,2) NOT NULL,
    PRIMARY KEY (month, producer_id, currency)
);

-- Per day, product, provider and currency. No foreign keys: its rows come only from checks,
-- whose lines already prove product and provider.
CREATE TABLE sales_day_product (
    day             date          NOT NULL,
    product_id      bigint        NOT NULL,
    provider_id     bigint        NOT NULL,
    currency        char(3)       NOT NULL,
    units           bigint        NOT NULL,
    revenue         numeric(16,2) NOT NULL,
    returned_units  bigint        NOT NULL,
    returned        numeric(16,2) NOT NULL,
    PRIMARY KEY (day, product_id, provider_id, currency)
);
-- A category's or producer's products, day by day (a filtered chart).
CREATE INDEX sales_day_product_product_idx ON sales_day_product (product_id, day);

-- The same per closed month (month = its first day): a month is here once its last day is summed.
CREATE TABLE sales_month_product (
    month           date          NOT NULL CHECK (extract(day FROM month) = 1),
    product_id      bigint        NOT NULL,
    provider_id     bigint        NOT NULL,
    currency        char(3)       NOT NULL,
    units           bigint        NOT NULL,
    revenue         numeric(16,2) NOT NULL,
    returned_units  bigint        NOT NULL,
    returned        numeric(16,2) NOT NULL,
    PRIMARY KEY (month, product_id, provider_id, currency)
);
CREATE INDEX sales_month_product_product_idx ON sales_month_product (product_id, month);

-- The checks of the days [first_day, end_day) of the time zone tz ('-infinity' for all before).
-- The zone is a parameter, read once by the caller, so that it is a constant to the planner.
CREATE FUNCTION shopdesk_checks_between(first_day date, end_day date, tz text)
RETURNS TABLE (id bigint, day date, provider_id bigint, kind varchar, currency char(3), total numeric)
LANGUAGE sql STABLE AS $$
    SELECT p.id, (p.purchased_at AT TIME ZONE tz)::date, p.provider_id, p.kind, p.currency, p.total
      FROM purchase p
     WHERE p.purchased_at >= CASE WHEN first_day = '-infinity' THEN '-infinity'::timestamptz
                                  ELSE first_day::timestamp AT TIME ZONE tz END
       AND p.purchased_at < end_day::timestamp AT TIME ZONE tz
$$;

-- What a provider summary row holds, live, for the days not summed yet.
CREATE FUNCTION shopdesk_sales_by_provider(first_day date, end_day date, tz text)
RETURNS TABLE (day date, provider_id bigint, currency char(3), checks integer, revenue numeric, returns integer,
               returned numeric, units bigint, returned_units bigint) LANGUAGE sql STABLE AS $$
    WITH checks AS MATERIALIZED (SELECT * FROM shopdesk_checks_between(first_day, end_day, tz))
    -- The lines of these checks, found as a range of check numbers (numbers grow with time), not
    -- one look-up per check: a busy day has tens of thousands.
    SELECT c.day, c.provider_id, c.currency,
           (count(*) FILTER (WHERE c.kind = 'SALE'))::integer,
           coalesce(sum(c.total) FILTER (WHERE c.kind = 'SALE'), 0.00),
           (count(*) FILTER (WHERE c.kind = 'RETURN'))::integer,
           coalesce(sum(c.total) FILTER (WHERE c.kind = 'RETURN'), 0.00),
           coalesce(sum(u.units) FILTER (WHERE c.kind = 'SALE'), 0)::bigint,
           coalesce(sum(u.units) FILTER (WHERE c.kind = 'RETURN'), 0)::bigint
      FROM checks c
      LEFT JOIN (SELECT l.purchase_id, sum(l.quantity) AS units FROM purchase_line l
                  WHERE l.purchase_id >= (SELECT min(id) FROM checks)
                  GROUP BY l.purchase_id) u ON u.purchase_id = c.id
     GROUP BY 1, 2, 3
$$;

-- Per day, product, provider and currency, live: sales and returns of each product.
CREATE FUNCTION shopdesk_sales_by_product(first_day date, end_day date, tz text)
RETURNS TABLE (day date, product_id bigint, provider_id bigint, currency char(3), units bigint, revenue numeric,
               returned_units bigint, returned numeric) LANGUAGE sql STABLE AS $$
    WITH checks AS MATERIALIZED (SELECT * FROM shopdesk_checks_between(first_day, end_day, tz))
    SELECT c.day, l.product_id, c.provider_id, c.currency,
           coalesce(sum(l.quantity) FILTER (WHERE c.kind = 'SALE'), 0)::bigint,
           coalesce(sum(l.line_total) FILTER (WHERE c.kind = 'SALE'), 0.00),
           coalesce(sum(l.quantity) FILTER (WHERE c.kind = 'RETURN'), 0)::bigint,
           coalesce(sum(l.line_total) FILTER (WHERE c.kind = 'RETURN'), 0.00)
      FROM checks c
      JOIN purchase_line l ON l.purchase_id = c.id
     WHERE l.purchase_id >= (SELECT min(id) FROM checks)
     GROUP BY 1, 2, 3, 4
$$;

-- Per day, producer and currency, live: sales and returns (the V3 version ignored returns).
CREATE FUNCTION shopdesk_sales_by_producer(first_day date, end_day date, tz text)
RETURNS TABLE (day date, producer_id bigint, currency char(3), units bigint, revenue numeric,
               returned_units bigint, returned numeric) LANGUAGE sql STABLE AS $$
    SELECT s.day, pr.producer_id, s.currency, sum(s.units)::bigint, sum(s.revenue),
           sum(s.returned_units)::bigint, sum(s.returned)
      FROM shopdesk_sales_by_product(first_day, end_day, tz) s
      JOIN products pr ON pr.id = s.product_id
     GROUP BY 1, 2, 3
$$;

-- Sums every day before `until` not summed yet, once: concurrent callers wait for each other on
-- the one row of sales_rollup. Months whose last day is now summed are summed per month too.
-- Returns the number of (day, provider, currency) rows added.
CREATE FUNCTION shopdesk_roll_up_sales(until date) RETURNS integer LANGUAGE plpgsql AS $$
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

-- Sum again, from the checks, every day that was summed before.
DO $$
DECLARE
    until date;
BEGIN
    SELECT rolled_until INTO until FROM sales_rollup;
    UPDATE sales_rollup SET rolled_until = '-infinity';
    IF until > '-infinity' THEN
        PERFORM shopdesk_roll_up_sales(until);
    END IF;
END $$;

-- The planner's statistics of the rebuilt summaries now, not whenever autovacuum comes by: without
-- them it guesses a few thousand rows for a year of sales_month_product.
ANALYZE sales_day_provider;
ANALYZE sales_day_producer;
ANALYZE sales_day_product;
ANALYZE sales_month_product;
ANALYZE sales_month_producer;
