package org.shopdesk.domain.pricing;

/**
 * Hears how far a price-list import is (rows read of the file, then the database's steps) and
 * may cancel it: a cancelled import stops at the next row or step and writes nothing.
 */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    enum Phase { READING, MATCHING, APPLYING }

    default void progress(Phase phase, long done, long total) {
    }

    default boolean cancelled() {
        return false;
    }
}
