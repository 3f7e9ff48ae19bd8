package dev.palimpsest.cli;

import dev.palimpsest.core.text.BadInputException;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.store.ImportException;
import dev.palimpsest.store.StoreException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps every exception escaping a command to one line on stderr and an exit status. The only place
 * where errors become exit codes; stack traces only with {@code PALIMPSEST_DEBUG=1}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        var err = cmd.getErr();
        String command = "palimpsest " + cmd.getCommandName();
        if (e instanceof UsageException) {
            err.println(command + ": " + e.getMessage());
            err.println("Try '" + command + " --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (e instanceof BadInputException || e instanceof IllegalArgumentException || e instanceof IngestException
                || e instanceof ImportException || e instanceof StoreException) {
            err.println(command + ": " + e.getMessage());
        } else if (e instanceof UncheckedIOException io) {
            err.println(command + ": " + describe(io.getCause()));
        } else if (e instanceof java.io.IOException io) {
            err.println(command + ": " + describe(io));
        } else {
            err.println(command + ": internal error: " + describe(e) + " (set PALIMPSEST_DEBUG=1 for details)");
        }
        if (System.getenv("PALIMPSEST_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
