package org.shopdesk.ui.kit;

/**
 * What one screen asks of another through the {@link Navigator}: a record in the target screen's
 * package (e.g. the history's {@code OpenChecks}) carrying the filters or the selection to apply.
 */
public interface ScreenRequest {
}
