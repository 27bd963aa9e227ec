package org.shopdesk.ui.prices;

import org.shopdesk.ui.kit.ScreenRequest;

/** Opens the Prices screen on one provider's prices (named, for the filter before its list loads). */
public record OpenPrices(long providerId, String providerName) implements ScreenRequest {
}
