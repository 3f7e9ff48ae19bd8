package dev.palimpsest.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.palimpsest.cli.json.AlignmentJson;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Normalize an article and print its sentences, one per line.")
final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "An article version (.txt or .html).")
    Path path;

    @Option(names = "--format", defaultValue = "text",
            description = "text (one sentence per line) or json (index, paragraph, text, offsets).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        Document doc = InputFiles.readDocument(path);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TEXT -> doc.sentences().forEach(s -> out.println(s.text()));
            case JSON -> writeJson(doc, out);
            case HTML -> throw new UsageException("--format html is not offered by segment; use text or json");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void writeJson(Document doc, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", path.toString());
            if (doc.dateline().isPresent()) {
                g.writeObjectFieldStart("dateline");
                g.writeStringField("place", doc.dateline().get().place());
                writeSpan(g, "offsets", doc.dateline().get().span());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("sentences");
            for (Sentence s : doc.sentences()) {
                g.writeStartObject();
                AlignmentJson.writeSentenceFields(g, s);
                g.writeStringField("role", s.role().name().toLowerCase(Locale.ROOT));
                writeSpan(g, "offsets", s.span());
                writeSpan(g, "source", doc.text().originalSpan(s.span()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeSpan(JsonGenerator g, String name, Span span) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("start", span.start());
        g.writeNumberField("end", span.end());
        g.writeEndObject();
    }
}
