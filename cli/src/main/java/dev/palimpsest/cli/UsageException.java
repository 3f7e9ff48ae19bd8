package dev.palimpsest.cli;

/** A mistake in how the command was called; reported in one line with exit status 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
