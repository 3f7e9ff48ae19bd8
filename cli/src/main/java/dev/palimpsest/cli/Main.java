package dev.palimpsest.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code palimpsest <command> ...}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = commandLine(out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** The configured command line with every subcommand, writing to the given streams; tests call this. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new String[0]);
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter)}, with only the subcommand that {@code args}
     * name when they name one (help and unknown names still see them all).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cmd = new CommandLine(new PalimpsestCommand());
        String named = args.length > 0 ? args[0] : "";
        boolean known = PalimpsestCommand.SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(named));
        for (Class<?> subcommand : PalimpsestCommand.SUBCOMMANDS) {
            if (!known || nameOf(subcommand).equals(named)) {
                cmd.addSubcommand(subcommand);
            }
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorReporter());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    private static String nameOf(Class<?> subcommand) {
        return subcommand.getAnnotation(CommandLine.Command.class).name();
    }
}
