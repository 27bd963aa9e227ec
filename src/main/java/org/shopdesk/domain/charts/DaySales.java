package org.shopdesk.domain.charts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day of the shop's sales (in the shop's time zone): checks, their sum, and returns. */
public record DaySales(LocalDate day, long checks, BigDecimal revenue, BigDecimal returned) {
}
