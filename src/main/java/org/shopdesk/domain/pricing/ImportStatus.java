package org.shopdesk.domain.pricing;

/** What importing a row would do. */
public enum ImportStatus {
    NEW, CHANGED, UNCHANGED, ERROR
}
