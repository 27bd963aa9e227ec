package org.shopdesk.domain.charts;

import java.util.List;

/**
 * Everything the Charts area shows for one filter, read in one snapshot so that the charts agree:
 * KPI tiles, by provider, by producer, sales against stock, ABC of products and of providers,
 * and over time.
 */
public record SalesOverview(ChartFilter filter, Granularity granularity, List<Kpi> kpis, List<ProviderSales> byProvider,
                            List<ProducerSales> byProducer, StockCover stockCover, Abc abcProducts, Abc abcProviders,
                            List<TimePoint> overTime) {
    public SalesOverview {
        kpis = List.copyOf(kpis);
        byProvider = List.copyOf(byProvider);
        byProducer = List.copyOf(byProducer);
        overTime = List.copyOf(overTime);
    }
}
