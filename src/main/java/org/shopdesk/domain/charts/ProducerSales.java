package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/** A producer's goods sold in a period, through all providers. */
public record ProducerSales(long producerId, String producer, long units, BigDecimal revenue) {
}
