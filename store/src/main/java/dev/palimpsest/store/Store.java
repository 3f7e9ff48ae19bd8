package dev.palimpsest.store;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.store.db.Database;
import dev.palimpsest.store.db.DbTarget;
import dev.palimpsest.store.db.Dialect;
import dev.palimpsest.store.importer.ArticleImporter;
import dev.palimpsest.store.importer.ImportPipeline;
import dev.palimpsest.store.read.ArticleReads;
import dev.palimpsest.store.read.ConsistencyCheck;
import dev.palimpsest.store.read.HistoryReads;
import dev.palimpsest.store.read.RecentChanges;
import dev.palimpsest.store.read.SearchReads;
import dev.palimpsest.store.read.StatsReads;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The article store: one database (an embedded SQLite file, or PostgreSQL), migrated on open, with
 * the import service and every read the CLI and the web module need. Thread-safe; open one per
 * process and close it at the end.
 *
 * <pre>{@code
 * try (Store store = Store.open("palimpsest.db")) {
 *     store.importArticle(versionsOfOneArticle);
 *     store.search(SearchQuery.of("\"no-fly zone\" Libya")).items().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <h2>Versions, observations and reverts</h2>
 * Every imported {@link IncomingVersion} is an observation (an event). Observations are ordered by the
 * time they were seen (an observation without a time is placed when it is imported, after everything
 * stored). Consecutive observations with the same title and normalized text make one version; the
 * others are UNCHANGED events on it. A version whose content equals an earlier, not the previous,
 * version is a revert: it is a version of its own in the history (so the timeline shows the text
 * going back, with its alignment and change notes against the version before), it shares the earlier
 * version's stored text and sentences, and {@link VersionSummary#revertOf()} names the earlier version.
 * Importing an observation that is already stored (same content, same time, same occurrence) adds
 * nothing.
 */
public final class Store implements AutoCloseable {

    /** The database file used when {@code --db} is not given, in the working folder. */
    public static final String DEFAULT_FILE = "palimpsest.db";

    private final Database db;
    private final ArticleImporter importer;

    private Store(Database db, Clock clock) {
        this.db = db;
        this.importer = new ArticleImporter(db, clock);
    }

    /**
     * Opens the store named by {@code dbOption}: a SQLite file path (created if missing) or a
     * {@code jdbc:postgresql://…} URL (user and password in the URL or in the environment variables
     * {@code PALIMPSEST_DB_USER} and {@code PALIMPSEST_DB_PASSWORD}), and migrates its schema.
     *
     * @throws IllegalArgumentException quoting the option when it names neither
     * @throws StoreException when the database cannot be opened or migrated
     */
    public static Store open(String dbOption) {
        return open(dbOption, Clock.systemUTC());
    }

    /** Like {@link #open(String)}, with the clock that stamps imports (and places versions without a time). */
    public static Store open(String dbOption, Clock clock) {
        return new Store(Database.open(DbTarget.parse(dbOption, System.getenv())), clock);
    }

    public Dialect dialect() {
        return db.dialect();
    }

    /** The database as messages name it: a file path, or the URL without its password. */
    public String description() {
        return db.description();
    }

    /** Bytes the database takes on disk. */
    public long sizeOnDisk() {
        return db.sizeOnDisk();
    }

    /**
     * Imports the versions of one article in one transaction: all of it is stored, or nothing.
     *
     * @param versions observations of one article (same source and article key), in any order
     * @throws ImportException naming the offending version's origin when one cannot be read as an
     *     article (empty, binary, too large, too many sentences); nothing of the article is stored
     * @throws IllegalArgumentException for an empty list or versions of different articles
     * @throws StoreException when the database fails
     */
    public ImportResult importArticle(List<IncomingVersion> versions) {
        return importer.importArticle(versions);
    }

    /**
     * Imports many articles: parsing, alignment and analysis run on all cores, one writer thread
     * stores one article per transaction, and a bounded queue keeps memory flat. The listener hears
     * about every article on the calling thread, in input order, and decides whether an
     * {@link ImportException} stops the import. Articles already written stay written when the
     * import stops or the process dies; running it again resumes.
     *
     * @throws StoreException when the database fails (the import stops)
     * @throws RuntimeException whatever the iterator throws (the import stops)
     */
    public ImportTotals importAll(Iterator<List<IncomingVersion>> articles, ImportListener listener) {
        return ImportPipeline.standard(importer).run(articles, listener);
    }

    /** Articles, latest change first. */
    public Page<ArticleSummary> articles(ArticleQuery query) {
        return db.read(c -> ArticleReads.list(c, query));
    }

    /** An article and its versions, by public id. */
    public Optional<ArticleDetail> findArticle(String articleId) {
        return db.read(c -> ArticleReads.find(c, articleId));
    }

    /** Finds the article a source calls {@code articleKey}. */
    public Optional<ArticleDetail> findArticle(String source, String articleKey) {
        return db.read(c -> ArticleReads.findByKey(c, source, articleKey));
    }

    /** Every observation of an article, in time order. */
    public List<StoredEvent> events(String articleId) {
        return db.read(c -> ArticleReads.events(c, articleId));
    }

    /** An article's history rebuilt from its stored versions, with the stored change notes. */
    public Optional<StoredHistory> findHistory(String articleId) {
        return db.read(c -> HistoryReads.find(c, articleId));
    }

    /** A version's input exactly as imported. */
    public Optional<RawVersion> findRawVersion(String versionId) {
        return db.read(c -> HistoryReads.raw(c, versionId));
    }

    /** The stored alignment of a version with the version before it (empty for a first version). */
    public Optional<Alignment> findAlignment(String versionId) {
        return db.read(c -> HistoryReads.alignment(c, versionId));
    }

    /** Newest versions after the first across all articles (or one source), newest first. */
    public Page<RecentChange> recentChanges(Optional<String> source, int offset, int limit) {
        return db.read(c -> RecentChanges.list(c, source, offset, limit));
    }

    /** Sentences and titles, current and past, matching the query. */
    public Page<SearchHit> search(SearchQuery query) {
        return db.read(c -> SearchReads.search(c, db.dialect(), query));
    }

    /** New versions per day and source, oldest day first (versions without a time are left out). */
    public List<DailyEdits> editsOverTime(Optional<String> source) {
        return db.read(c -> StatsReads.editsOverTime(c, source));
    }

    /** Articles with the most versions. */
    public List<ArticleSummary> mostEdited(Optional<String> source, int limit) {
        return db.read(c -> ArticleReads.mostEdited(c, source, limit));
    }

    /** How long articles keep changing, per source. */
    public List<SourceStability> stability() {
        return db.read(StatsReads::stability);
    }

    /** Source names, alphabetically. */
    public List<String> sources() {
        return db.read(ArticleReads::sources);
    }

    /**
     * Checks the invariants every import keeps (versions numbered without gaps, an alignment per
     * consecutive pair, threads over the latest version, events for every version, no orphans) and,
     * for SQLite, the file's integrity and the full-text indexes.
     *
     * @return one line per problem; empty when the store is consistent
     */
    public List<String> check() {
        return db.read(c -> ConsistencyCheck.run(c, db.dialect()));
    }

    /** Row counts of the main tables. */
    public StoreCounts counts() {
        return db.read(ArticleReads::counts);
    }

    @Override
    public void close() {
        db.close();
    }
}
