package org.shopdesk.ui.common;

import java.util.stream.Collectors;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.DatabaseUnavailableException;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.domain.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any failure into words a clerk can act on: what failed, and for the unexpected ones where
 * the log is. Never a stack trace on screen; the stack trace goes to the log.
 */
public final class ErrorPresenter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPresenter.class);

    private final Messages messages;
    private final Dialogs dialogs;
    private final String logLocation;

    public ErrorPresenter(Messages messages, Dialogs dialogs, String logLocation) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.logLocation = logLocation;
    }

    public void show(Throwable error) {
        dialogs.error(messages.get("error.title"), describe(error));
    }

    /** The message alone, for a status line or a form. */
    public String describe(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof ValidationException v) {
            return v.problems().stream().map(messages::problem).collect(Collectors.joining("\n"));
        }
        if (e instanceof ConcurrentChangeException) {
            return messages.get("error.concurrentChange");
        }
        if (e instanceof org.shopdesk.domain.common.NotPermittedException) {
            LOG.info("Refused by the database: {}", e.getMessage());
            return messages.get("error.notPermitted");
        }
        if (e instanceof NotFoundException) {
            return messages.get("error.notFound");
        }
        if (e instanceof SavedButNotReplicatedException) {
            LOG.warn("Saved, not replicated: {}", e.getMessage());
            return messages.get("error.savedNotReplicated");
        }
        if (e instanceof DatabaseUnavailableException) {
            LOG.warn("Database unavailable: {}", e.getMessage());
            return messages.get("error.databaseUnavailable");
        }
        LOG.error("Unexpected error", e);
        return messages.get("error.unexpected", logLocation);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
