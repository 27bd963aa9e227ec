package org.shopdesk.ui.stock;

import org.shopdesk.ui.kit.ScreenRequest;

/** Opens the Stock screen's balances filtered to one provider (named, for the filter before its list loads). */
public record OpenStock(long providerId, String providerName) implements ScreenRequest {
}
