package org.shopdesk.domain.charts;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the sales charts show for the days [from, to): by provider (best first), by
 * producer (best first) and day by day; read in one snapshot, so the three agree.
 */
public record SalesOverview(LocalDate from, LocalDate to, List<ProviderSales> byProvider,
                            List<ProducerSales> byProducer, List<DaySales> byDay) {
    public SalesOverview {
        byProvider = List.copyOf(byProvider);
        byProducer = List.copyOf(byProducer);
        byDay = List.copyOf(byDay);
    }
}
