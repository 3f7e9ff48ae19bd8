package dev.palimpsest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Utf8Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample (three versions of one 2011 New York Times story), read from the jar. */
final class SampleArticle {

    static final String ROOT = "/samples/libya-2011/";

    record Version(String file, String seen, Document document) {
    }

    private SampleArticle() {
    }

    static List<Version> load() {
        JsonNode manifest;
        try (InputStream in = open("versions.json")) {
            manifest = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled sample manifest unreadable: " + e.getMessage(), e);
        }
        List<Version> versions = new ArrayList<>();
        for (JsonNode v : manifest.get("versions")) {
            String file = v.get("file").asText();
            try (InputStream in = open(file)) {
                String text = Utf8Input.decode(in.readAllBytes(), "sample " + file);
                versions.add(new Version(file, v.get("seen").asText(), Engines.PARSER.parse(text, InputFormat.detect(file, text))));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled sample " + file + " unreadable: " + e.getMessage(), e);
            }
        }
        return versions;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = SampleArticle.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("missing from the jar: " + ROOT + name);
        }
        return in;
    }
}
