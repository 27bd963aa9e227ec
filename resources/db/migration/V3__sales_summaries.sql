-- Summaries for the sales charts. Aggregating twelve months of checks and lines at every look
-- took 3.6 s at scale 1 (a million checks); the charts must answer in under one. Past days are
-- summed once into these tables; the last days, still open to late arrivals, are summed live.
-- Checks and lines are history (never changed or deleted), so a summed day stays right.

-- Which days are summed, and the shop's time zone that says where a day begins.
CREATE TABLE sales_rollup (
    singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    rolled_until  date    NOT NULL,
    time_zone     text    NOT NULL
);
INSERT INTO sales_rollup (rolled_until, time_zone) VALUES ('-infinity', current_setting('TimeZone'));

-- Per day and provider: checks and their sum (sales), returns, and units sold.
CREATE TABLE sales_day_provider (
    day          date          NOT NULL,
    provider_id  bigint        NOT NULL REFERENCES provider (id) ON DELETE RESTRICT,
    checks       integer       NOT NULL CHECK (checks >= 0),
    revenue      numeric(16,2) NOT NULL,
    returns      integer       NOT NULL CHECK (returns >= 0),
    returned     numeric(16,2) NOT NULL,
    units        bigint        NOT NULL,
    PRIMARY KEY (day, provider_id)
);

-- Per day and producer: units sold and their sum.
CREATE TABLE sales_day_producer (
    day          date          NOT NULL,
    producer_id  bigint        NOT NULL REFERENCES producer (id) ON DELETE RESTRICT,
    units        bigint        NOT NULL,
    revenue      numeric(16,2) NOT NULL,
    PRIMARY KEY (day, producer_id)
);

-- The same sums, live, over the days [first_day, end_day) of the time zone tz: what a summary
-- row holds, and what the charts use for the days not summed yet. The zone is a parameter, read
-- once by the caller, so that it is a constant to the planner and not a look-up per row.
CREATE FUNCTION shopdesk_sales_by_provider(first_day date, end_day date, tz text)
RETURNS TABLE (day date, provider_id bigint, checks integer, revenue numeric, returns integer,
               returned numeric, units bigint) LANGUAGE sql STABLE AS $$
    WITH checks AS (
        SELECT p.id, (p.purchased_at AT TIME ZONE tz)::date AS day, p.provider_id, p.kind, p.total
          FROM purchase p
         WHERE p.purchased_at >= CASE WHEN first_day = '-infinity' THEN '-infinity'::timestamptz
                                      ELSE first_day::timestamp AT TIME ZONE tz END
           AND p.purchased_at < end_day::timestamp AT TIME ZONE tz)
    -- The lines of these checks, found as a range of check numbers (numbers grow with time), not
    -- one look-up per check: a busy day has tens of thousands.
    SELECT c.day, c.provider_id,
           (count(*) FILTER (WHERE c.kind = 'SALE'))::integer,
           coalesce(sum(c.total) FILTER (WHERE c.kind = 'SALE'), 0),
           (count(*) FILTER (WHERE c.kind = 'RETURN'))::integer,
           coalesce(sum(c.total) FILTER (WHERE c.kind = 'RETURN'), 0),
           coalesce(sum(u.units), 0)::bigint
      FROM checks c
      LEFT JOIN (SELECT l.purchase_id, sum(l.quantity) AS units FROM purchase_line l
                  WHERE l.purchase_id >= (SELECT min(id) FROM checks)
                  GROUP BY l.purchase_id) u ON u.purchase_id = c.id AND c.kind = 'SALE'
     GROUP BY 1, 2
$$;

CREATE FUNCTION shopdesk_sales_by_producer(first_day date, end_day date, tz text)
RETURNS TABLE (day date, producer_id bigint, units bigint, revenue numeric) LANGUAGE sql STABLE AS $$
    WITH checks AS (
        SELECT p.id, (p.purchased_at AT TIME ZONE tz)::date AS day
          FROM purchase p
         WHERE p.kind = 'SALE'
           AND p.purchased_at >= CASE WHEN first_day = '-infinity' THEN '-infinity'::timestamptz
                                      ELSE first_day::timestamp AT TIME ZONE tz END
           AND p.purchased_at < end_day::timestamp AT TIME ZONE tz)
    SELECT c.day, pr.producer_id, sum(l.quantity)::bigint, sum(l.line_total)
      FROM checks c
      JOIN purchase_line l ON l.purchase_id = c.id
      JOIN products pr ON pr.id = l.product_id
     WHERE l.purchase_id >= (SELECT min(id) FROM checks)
     GROUP BY 1, 2
$$;

-- Sums every day before `until` not summed yet, once: concurrent callers wait for each other on
-- the one row of sales_rollup. Returns the number of (day, provider) rows added.
CREATE FUNCTION shopdesk_roll_up_sales(until date) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    done_until date;
    tz         text;
    added      integer;
BEGIN
    SELECT rolled_until, time_zone INTO done_until, tz FROM sales_rollup FOR UPDATE;
    IF until <= done_until THEN
        RETURN 0;
    END IF;
    INSERT INTO sales_day_provider (day, provider_id, checks, revenue, returns, returned, units)
    SELECT * FROM shopdesk_sales_by_provider(done_until, until, tz);
    GET DIAGNOSTICS added = ROW_COUNT;
    INSERT INTO sales_day_producer (day, producer_id, units, revenue)
    SELECT * FROM shopdesk_sales_by_producer(done_until, until, tz);
    UPDATE sales_rollup SET rolled_until = until;
    RETURN added;
END $$;
