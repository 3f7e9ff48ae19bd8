package dev.palimpsest.core.text;

/** An input that cannot be read as article text; the message names the input and says why. */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String input;

    public BadInputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
    }

    /** The name of the offending input (a path, "stdin", or "line 12"). */
    public String input() {
        return input;
    }
}
