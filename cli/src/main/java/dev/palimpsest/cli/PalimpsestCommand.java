package dev.palimpsest.cli;

import dev.palimpsest.cli.eval.EvalCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "palimpsest", mixinStandardHelpOptions = true, version = "palimpsest 0.1.0",
        description = "Shows how news articles change after publication: sentence by sentence, word by word.")
final class PalimpsestCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. {@link Main} adds only the one a run names:
     * building them all by reflection takes longer than a small job.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, DiffCommand.class,
            SegmentCommand.class, AlignCommand.class, HistoryCommand.class, GroupCommand.class,
            ImportCommand.class, ArticlesCommand.class, ShowCommand.class, SearchCommand.class,
            ExportCommand.class, ServeCommand.class, EvalCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
