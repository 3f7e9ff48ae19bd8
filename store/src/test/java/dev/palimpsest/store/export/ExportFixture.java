package dev.palimpsest.store.export;

import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.VersionSource;
import dev.palimpsest.ingest.folder.FolderSource;
import dev.palimpsest.ingest.jsonl.JsonLinesSource;
import dev.palimpsest.store.ArticleQuery;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoredHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A store holding the bundled Libya sample (imported from its folder: 3 versions) and a "wire"
 * source (imported from JSON Lines): article 300 in three versions with every kind of edit (split,
 * merge, edit, deletion, addition, a move) and article 301 with one version.
 */
final class ExportFixture {

    static final String WIRE = """
            {"article": "300", "source": "wire", "url": "https://example.org/300", "title": "Rebels retreat", "created": "2011-04-01T08:00:00Z", "text": "The rebels retreated from Brega on Wednesday under heavy shelling.\\n\\nMusa Ibrahim, a government spokesman, struggled to confirm the departure, and he said in a news conference on Thursday that the fight continues.\\n\\nGovernment forces seized the oil port of Ras Lanuf after a brief fight.\\n\\nThe foreign minister flew to London aboard a private jet.\\n\\nSoon rumors swirled of a cascade of high-level defections.\\n\\nAl Jazeera reported that the intelligence chief had fled to Tunisia."}
            {"article": "301", "source": "wire", "title": "Brief", "created": "2011-04-01T09:00:00Z", "text": "<p>NATO took command of the air campaign on Thursday morning, officials said, \\"as planned.\\"</p>"}
            {"article": "300", "source": "wire", "url": "https://example.org/300", "title": "Rebels retreat", "created": "2011-04-01T10:00:00Z", "text": "The rebels retreated from Brega on Wednesday under heavy shelling.\\n\\nMusa Ibrahim, a government spokesman, struggled to confirm the departure.\\n\\nHe said in a news conference on Thursday that the fight continues.\\n\\nGovernment forces seized the oil port of Ras Lanuf after a fierce fight.\\n\\nSoon rumors swirled of a cascade of high-level defections, and Al Jazeera reported that the intelligence chief had fled to Tunisia.\\n\\nOil prices rose sharply as traders weighed the risk of a long war."}
            {"article": "300", "source": "wire", "url": "https://example.org/300", "title": "Rebels retreat, Ras Lanuf falls", "created": "2011-04-01T12:00:00Z", "text": "Government forces seized the oil port of Ras Lanuf after a fierce fight.\\n\\nThe rebels retreated from Brega on Wednesday under heavy shelling.\\n\\nMusa Ibrahim, a government spokesman, struggled to confirm the departure.\\n\\nHe said in a news conference on Thursday that the fight continues.\\n\\nSoon rumors swirled of a cascade of high-level defections, and Al Jazeera reported that the intelligence chief had fled to Tunisia.\\n\\nOil prices rose sharply as traders weighed the risk of a long war."}
            """;

    private ExportFixture() {
    }

    static Path samples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples/libya-2011"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("samples/libya-2011 not found");
        }
        return dir.resolve("samples");
    }

    /** Opens a new store in {@code dir} and imports the sample and the wire articles. */
    static Store store(Path dir) throws IOException {
        Store store = Store.open(dir.resolve("store.db").toString());
        importAll(store, new FolderSource(samples().resolve("libya-2011")));
        importAll(store, new JsonLinesSource(Files.writeString(dir.resolve("wire.jsonl"), WIRE)));
        return store;
    }

    static void importAll(Store store, VersionSource source) {
        try (Stream<List<IncomingVersion>> articles = source.articles(ProblemHandler.stop())) {
            articles.forEach(store::importArticle);
        }
    }

    /** Every stored history, in the store's order. */
    static List<StoredHistory> histories(Store store) {
        return store.articles(ArticleQuery.all().withPage(0, ArticleQuery.MAX_LIMIT)).items().stream()
                .map(a -> store.findHistory(a.id()).orElseThrow()).toList();
    }
}
