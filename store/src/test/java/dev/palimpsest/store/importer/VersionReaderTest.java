package dev.palimpsest.store.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.store.ImportException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VersionReaderTest {

    private static final String TEXT = "Rebels seized the port of Brega. Officials said so on Wednesday.";

    private static IncomingVersion version(String body, Optional<String> title, InputFormat format) {
        return new IncomingVersion("Wire", "a1", Optional.empty(), title,
                Optional.of(Instant.parse("2011-03-31T01:00:00.123456Z")), body, format, "in.jsonl:7");
    }

    @Test
    void the_same_text_and_title_give_the_same_content_hash_whatever_the_markup() {
        ParsedVersion text = VersionReader.read(version(TEXT, Optional.of(" Brega  falls "), InputFormat.TEXT));
        ParsedVersion html = VersionReader.read(version("<p>Rebels seized the port of Brega. Officials said so on "
                + "Wednesday.</p>", Optional.of("Brega falls"), InputFormat.HTML));
        ParsedVersion retitled = VersionReader.read(version(TEXT, Optional.of("Brega lost"), InputFormat.TEXT));

        assertThat(html.contentHash()).isEqualTo(text.contentHash());
        assertThat(retitled.contentHash()).isNotEqualTo(text.contentHash());
        assertThat(text.title()).contains("Brega falls");
        assertThat(text.seen()).contains(Instant.parse("2011-03-31T01:00:00.123Z"));
        assertThat(text.document().sentences()).hasSize(2);
    }

    @Test
    void empty_binary_and_oversized_bodies_are_refused_naming_the_origin() {
        for (String body : List.of("", " \n\t ", "<p> </p>", "GIF89a\u0000\u0001", "\u0001\u0002\u0003\u0004 abc")) {
            assertThatThrownBy(() -> VersionReader.read(version(body, Optional.empty(), InputFormat.detect("x", body))))
                    .as(body).isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(((ImportException) e).origin()).isEqualTo("in.jsonl:7"));
        }
        String huge = "a".repeat(DocumentParser.MAX_INPUT_CHARS + 1);
        assertThatThrownBy(() -> VersionReader.read(version(huge, Optional.empty(), InputFormat.TEXT)))
                .isInstanceOf(ImportException.class).hasMessageContaining("above the limit");
    }

    @Test
    void versions_of_two_articles_are_not_one_import() {
        IncomingVersion a = version(TEXT, Optional.empty(), InputFormat.TEXT);
        IncomingVersion b = new IncomingVersion("Wire", "a2", Optional.empty(), Optional.empty(), Optional.empty(), TEXT,
                InputFormat.TEXT, "in.jsonl:8");
        assertThatThrownBy(() -> VersionReader.readArticle(List.of(a, b))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in.jsonl:8");
        assertThatThrownBy(() -> VersionReader.readArticle(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
