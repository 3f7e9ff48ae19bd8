package dev.palimpsest.store;

/** The database failed or holds something this version of Palimpsest cannot read; the message says which database. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
