package dev.palimpsest.cli;

/** Process exit statuses: the one place they are defined. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The command ran but failed, or some inputs were bad (and were reported). */
    public static final int FAILURE = 1;
    /** The command line itself was wrong: unknown option, missing file, directory given for a file. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
