package dev.palimpsest.store;

import static dev.palimpsest.store.TestArticles.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.ingest.IncomingVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind the store must do; run against SQLite ({@link SqliteStoreTest}) and
 * PostgreSQL ({@link PostgresStoreTest}).
 */
abstract class StoreContract {

    static final String SOURCE = "Test Wire";

    static final String BREGA = "Rebels seized the oil port of Brega on Wednesday after heavy fighting.";
    static final String KOUSSA = "Foreign Minister Moussa Koussa flew to London, officials said.";
    static final String KOUSSA_EDITED = "Foreign Minister Moussa Koussa flew to London on Wednesday, British officials said.";
    static final String UN = "The United Nations called for a ceasefire across the country.";
    static final String TRIPOLI = "Residents of Tripoli reported explosions near the airport overnight.";
    static final String NATO = "NATO took command of the air campaign on Thursday.";

    static final String A = String.join(" ", BREGA, KOUSSA, UN, TRIPOLI);
    static final String B = String.join(" ", KOUSSA_EDITED, UN, TRIPOLI, NATO);

    Store store;

    /** A new, empty store. */
    abstract Store openStore();

    /** A second store on the database of {@link #store}, as another process would open it. */
    abstract Store reopen();

    /** Makes the next write of a thread step for version 2 (seq) fail inside the database. */
    abstract void failOnThirdVersionThreads();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void close() {
        try {
            assertThat(store.check()).as("consistency after the test").isEmpty();
        } finally {
            store.close();
        }
    }

    @Test
    void import_stores_versions_with_alignments_threads_changes_and_events() {
        ImportResult result = store.importArticle(TestArticles.libya());

        assertThat(result.newArticle()).isTrue();
        assertThat(result.versionsAdded()).isEqualTo(3);
        ArticleDetail detail = store.findArticle(result.articleId()).orElseThrow();
        assertThat(detail.article().source()).isEqualTo("The New York Times");
        assertThat(detail.versions()).extracting(VersionSummary::number).containsExactly(0, 1, 2);
        assertThat(detail.versions().get(0).edits()).isEmpty();
        assertThat(detail.versions().get(2).edits()).isPresent();
        assertThat(store.events(result.articleId())).extracting(StoredEvent::kind)
                .containsExactly(EventKind.FIRST_SEEN, EventKind.CHANGED, EventKind.CHANGED);

        StoredHistory stored = store.findHistory(result.articleId()).orElseThrow();
        ArticleHistory history = stored.history();
        for (int v = 1; v < 3; v++) {
            assertThat(store.findAlignment(detail.versions().get(v).id())).contains(history.steps().get(v - 1));
        }
        assertThat(store.findAlignment(detail.versions().get(0).id())).isEmpty();
        assertThat(stored.notes().get(0)).isEmpty();
        assertThat(stored.notes().get(2)).extracting(StoredChange::kind).contains("dateline_changed");
        assertThat(store.counts().threads()).isEqualTo(history.threads().size());
        assertThat(store.findRawVersion(detail.versions().get(1).id()).orElseThrow().body())
                .isEqualTo(TestArticles.libya().get(1).body());
    }

    @Test
    void importing_the_same_data_twice_adds_nothing() {
        store.importArticle(TestArticles.libya());
        StoreCounts before = store.counts();

        ImportResult again = store.importArticle(TestArticles.libya());

        assertThat(again.versionsAdded()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.changedStore()).isFalse();
        assertThat(store.counts()).isEqualTo(before);
    }

    @Test
    void a_new_version_is_stored_only_when_text_or_title_differs() {
        IncomingVersion first = version(SOURCE, "a1", 0, "Rebels seize Brega", A);
        IncomingVersion sameText = version(SOURCE, "a1", 1, "Rebels  seize Brega ", A.replace(". ", ".  ") + "\n\n");
        IncomingVersion newTitle = version(SOURCE, "a1", 2, "Rebels lose Brega", A);

        ImportResult r = store.importArticle(List.of(first, sameText, newTitle));

        assertThat(r.versionsAdded()).isEqualTo(2);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(store.events(r.articleId())).extracting(StoredEvent::kind)
                .containsExactly(EventKind.FIRST_SEEN, EventKind.UNCHANGED, EventKind.CHANGED);
        ArticleDetail d = store.findArticle(r.articleId()).orElseThrow();
        assertThat(d.versions()).extracting(v -> v.title().orElseThrow()).containsExactly("Rebels seize Brega", "Rebels lose Brega");
        assertThat(d.versions().get(1).edits().orElseThrow().unchanged()).isEqualTo(4);
        assertThat(store.findHistory(r.articleId()).orElseThrow().notes().get(1))
                .extracting(StoredChange::kind).containsExactly("headline_changed");
    }

    @Test
    void a_flip_flop_is_recorded_as_a_revert_sharing_the_earlier_text() {
        ImportResult r = store.importArticle(List.of(version(SOURCE, "ff", 0, "T", A), version(SOURCE, "ff", 1, "T", B),
                version(SOURCE, "ff", 2, "T", A)));

        ArticleDetail d = store.findArticle(r.articleId()).orElseThrow();
        assertThat(d.versions()).hasSize(3);
        assertThat(d.versions().get(2).revertOf()).contains(d.versions().get(0).id());
        assertThat(d.versions().get(2).contentHash()).isEqualTo(d.versions().get(0).contentHash());
        assertThat(d.article().revertCount()).isEqualTo(1);
        assertThat(r.reverts()).isEqualTo(1);
        assertThat(store.events(r.articleId())).extracting(StoredEvent::kind)
                .containsExactly(EventKind.FIRST_SEEN, EventKind.CHANGED, EventKind.REVERTED);
        assertThat(store.counts().texts()).isEqualTo(2);
        assertThat(store.findRawVersion(d.versions().get(2).id()).orElseThrow().body()).isEqualTo(A);
        assertThat(store.recentChanges(Optional.empty(), 0, 10).items().get(0).summary())
                .startsWith("Reverted to the text of version 1");
    }

    @Test
    void versions_arriving_out_of_order_end_up_in_time_order_with_consistent_alignments() {
        String c = String.join(" ", KOUSSA_EDITED, UN, NATO);
        ImportResult first = store.importArticle(List.of(version(SOURCE, "oo", 0, "T", A), version(SOURCE, "oo", 2, "T", c)));
        ImportResult late = store.importArticle(List.of(version(SOURCE, "oo", 1, "T", B)));

        assertThat(first.reordered()).isFalse();
        assertThat(late.reordered()).isTrue();
        assertThat(late.versionsAdded()).isEqualTo(1);
        ArticleDetail d = store.findArticle(late.articleId()).orElseThrow();
        assertThat(d.versions()).extracting(v -> v.seen().orElseThrow())
                .containsExactly(TestArticles.T0, TestArticles.T0.plusSeconds(3600), TestArticles.T0.plusSeconds(7200));
        assertConsistent(late.articleId());

        // The same versions imported in order give the same store.
        Store inOrder = openStore();
        try (inOrder) {
            inOrder.importArticle(List.of(version(SOURCE, "oo", 0, "T", A), version(SOURCE, "oo", 1, "T", B),
                    version(SOURCE, "oo", 2, "T", c)));
            ArticleDetail expected = inOrder.findArticle(late.articleId()).orElseThrow();
            assertThat(d.versions()).isEqualTo(expected.versions());
            assertThat(inOrder.counts()).isEqualTo(store.counts());
        }
    }

    @Test
    void a_late_version_equal_to_its_successor_takes_its_place() {
        ImportResult r = store.importArticle(List.of(version(SOURCE, "ls", 0, "T", A), version(SOURCE, "ls", 4, "T", B)));
        ImportResult late = store.importArticle(List.of(version(SOURCE, "ls", 2, "T", B)));

        assertThat(late.reordered()).isTrue();
        assertThat(late.versionsAdded()).isZero();
        ArticleDetail d = store.findArticle(r.articleId()).orElseThrow();
        assertThat(d.versions()).hasSize(2);
        assertThat(d.versions().get(1).seen()).contains(TestArticles.T0.plusSeconds(2 * 3600));
        assertThat(store.events(r.articleId())).extracting(StoredEvent::kind)
                .containsExactly(EventKind.FIRST_SEEN, EventKind.CHANGED, EventKind.UNCHANGED);
        assertConsistent(r.articleId());
    }

    @Test
    void versions_without_a_time_are_placed_in_import_order_and_reimported_idempotently() {
        List<IncomingVersion> versions = List.of(TestArticles.untimed(SOURCE, "u", "T", A, "u:1"),
                TestArticles.untimed(SOURCE, "u", "T", B, "u:2"), TestArticles.untimed(SOURCE, "u", "T", A, "u:3"));
        ImportResult r = store.importArticle(versions);
        ImportResult again = store.importArticle(versions);

        assertThat(r.versionsAdded()).isEqualTo(3);
        assertThat(r.reverts()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(store.findArticle(r.articleId()).orElseThrow().versions()).extracting(VersionSummary::origin)
                .containsExactly("u:1", "u:2", "u:3");
        assertConsistent(r.articleId());
    }

    @Test
    void a_url_also_identifies_an_article() {
        IncomingVersion a = TestArticles.withUrl(version(SOURCE, "key-1", 0, "T", A), "https://www.example.com/story/?utm_source=x");
        IncomingVersion b = TestArticles.withUrl(version("Other Feed", "key-2", 1, "T", B), "http://example.com/story");

        ImportResult first = store.importArticle(List.of(a));
        ImportResult second = store.importArticle(List.of(b));

        assertThat(second.articleId()).isEqualTo(first.articleId());
        assertThat(second.newArticle()).isFalse();
        assertThat(store.findArticle("Other Feed", "key-2").orElseThrow().versions()).hasSize(2);
    }

    @Test
    void search_finds_words_of_past_versions_and_tells_deleted_from_rewritten_sentences() {
        ImportResult r = store.importArticle(List.of(version(SOURCE, "s", 0, "Rebels seize Brega", A),
                version(SOURCE, "s", 1, "NATO takes command", B)));

        List<SearchHit> brega = store.search(SearchQuery.of("brega")).items();
        assertThat(brega).extracting(SearchHit::field, SearchHit::text, SearchHit::presence).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SearchHit.Field.SENTENCE, BREGA, SearchHit.Presence.DELETED),
                org.assertj.core.groups.Tuple.tuple(SearchHit.Field.TITLE, "Rebels seize Brega", SearchHit.Presence.DELETED));
        SearchHit sentence = brega.stream().filter(h -> h.field() == SearchHit.Field.SENTENCE).findFirst().orElseThrow();
        assertThat(sentence.articleId()).isEqualTo(r.articleId());
        assertThat(sentence.versionNumber()).isZero();
        assertThat(sentence.highlights()).extracting(s -> s.of(sentence.snippet())).containsExactly("Brega");

        assertThat(store.search(SearchQuery.of("Koussa London")).items())
                .extracting(SearchHit::text, SearchHit::presence).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(KOUSSA, SearchHit.Presence.REWRITTEN),
                        org.assertj.core.groups.Tuple.tuple(KOUSSA_EDITED, SearchHit.Presence.PRESENT));
        assertThat(store.search(SearchQuery.of("officials").withDeletedOnly(true)).items())
                .extracting(SearchHit::text).containsExactly(KOUSSA);
        assertThat(store.search(SearchQuery.of("\"air campaign\"")).items()).extracting(SearchHit::text).containsExactly(NATO);
        assertThat(store.search(SearchQuery.of("\"campaign air\"")).items()).isEmpty();
        assertThat(store.search(SearchQuery.of("ceasefire").withSource("No Such Source")).items()).isEmpty();
        assertThat(store.search(SearchQuery.of("ceasefire")).items()).hasSize(1);
    }

    @Test
    void search_input_is_never_query_syntax() {
        store.importArticle(List.of(version(SOURCE, "q", 0, "T", A)));

        for (String input : List.of("Brega\" OR \"x", "Brega*", "text:Brega", "NEAR(Brega port)", "-Brega", "'; DROP TABLE x; --",
                "\"", "***", "Brega AND", "(Brega", "Brega^2", "")) {
            assertThat(store.search(SearchQuery.of(input)).items()).as(input).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(store.search(SearchQuery.of("Brega*")).items()).hasSize(1);
    }

    @Test
    void an_article_that_fails_leaves_nothing_behind() {
        IncomingVersion good = version(SOURCE, "bad", 0, "T", A);
        IncomingVersion empty = version(SOURCE, "bad", 1, "T", "   \n ");

        assertThatThrownBy(() -> store.importArticle(List.of(good, empty)))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).origin()).isEqualTo("bad.jsonl:1"))
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> store.importArticle(List.of(version(SOURCE, "bin", 0, "T", "PK\u0003\u0004\u0000\u0001"))))
                .isInstanceOf(ImportException.class).hasMessageContaining("binary");
        assertThat(store.counts().total()).isZero();
    }

    @Test
    void a_database_failure_mid_article_rolls_the_whole_article_back() {
        String c = String.join(" ", KOUSSA_EDITED, UN, NATO);
        store.importArticle(List.of(version(SOURCE, "mid", 0, "T", A), version(SOURCE, "mid", 1, "T", B)));
        StoreCounts before = store.counts();
        ArticleDetail detailBefore = store.findArticle(SOURCE, "mid").orElseThrow();
        failOnThirdVersionThreads();

        assertThatThrownBy(() -> store.importArticle(List.of(version(SOURCE, "mid", 2, "T", c))))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.importArticle(List.of(version(SOURCE, "new", 0, "T", A),
                version(SOURCE, "new", 1, "T", B), version(SOURCE, "new", 2, "T", c))))
                .isInstanceOf(StoreException.class);

        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.findArticle(SOURCE, "mid")).contains(detailBefore);
        assertThat(store.findArticle(SOURCE, "new")).isEmpty();
    }

    @Test
    void bulk_import_reports_errors_and_skips_or_stops_as_the_listener_says() {
        List<List<IncomingVersion>> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String key = "bulk-" + i;
            articles.add(i == 7 ? List.of(version(SOURCE, key, 0, "T", "")) :
                    List.of(version(SOURCE, key, 0, "T", A), version(SOURCE, key, 1, "T", B)));
        }
        List<String> errors = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        ImportTotals totals = store.importAll(articles.iterator(), new ImportListener() {
            @Override
            public void imported(ImportResult result, ImportTotals soFar) {
                imported.add(result.articleId());
            }

            @Override
            public boolean failed(ImportException error, ImportTotals soFar) {
                errors.add(error.getMessage());
                return true;
            }
        });

        assertThat(totals).isEqualTo(new ImportTotals(29, 58, 0, 0, 0, 1, false));
        assertThat(errors).containsExactly("bulk-7.jsonl:0: is empty");
        assertThat(imported).hasSize(29).doesNotHaveDuplicates();
        assertThat(store.counts().articles()).isEqualTo(29);

        Store other = openStore();
        try (other) {
            ImportTotals stopped = other.importAll(articles.iterator(), new ImportListener() {
                @Override
                public boolean failed(ImportException error, ImportTotals soFar) {
                    return false;
                }
            });
            assertThat(stopped.stopped()).isTrue();
            assertThat(stopped.articles()).isEqualTo(7);
            assertThat(other.counts().articles()).isEqualTo(7);
        }
    }

    @Test
    void two_stores_importing_the_same_articles_at_once_store_them_once() throws Exception {
        List<List<IncomingVersion>> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "race-" + i;
            articles.add(List.of(version(SOURCE, key, 0, "T", A), version(SOURCE, key, 1, "T", B), version(SOURCE, key, 2, "T", A)));
        }
        try (Store other = reopen()) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> store.importAll(articles.iterator(), ImportListener.NONE));
                // In reverse order: both create the source at once, then meet on the same articles.
                var second = pool.submit(() -> other.importAll(reversed(articles).iterator(), ImportListener.NONE));
                ImportTotals a = first.get();
                ImportTotals b = second.get();
                assertThat(a.errors() + b.errors()).isZero();
                assertThat(a.versionsStored() + b.versionsStored()).isEqualTo(120);
                assertThat(a.duplicates() + b.duplicates()).isEqualTo(120);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(store.counts().articles()).isEqualTo(40);
        assertThat(store.counts().versions()).isEqualTo(120);
        assertThat(store.counts().events()).isEqualTo(120);
    }

    @Test
    void reads_go_on_while_an_import_writes() throws Exception {
        List<List<IncomingVersion>> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String key = "busy-" + i;
            articles.add(List.of(version(SOURCE, key, i, "T", A), version(SOURCE, key, i + 1, "T", B)));
        }
        var reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var importing = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> store.importAll(articles.iterator(), ImportListener.NONE));
            var reads = reader.submit(() -> {
                int n = 0;
                while (!importing.isDone()) {
                    Page<ArticleSummary> page = store.articles(ArticleQuery.all());
                    page.items().forEach(a -> assertThat(store.findArticle(a.id()).orElseThrow().versions()).hasSize(2));
                    store.search(SearchQuery.of("Koussa"));
                    n++;
                }
                return n;
            });
            assertThat(importing.get().articles()).isEqualTo(60);
            assertThat(reads.get()).isPositive();
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void lists_articles_recent_changes_and_statistics() {
        for (int i = 0; i < 5; i++) {
            List<IncomingVersion> versions = new ArrayList<>(List.of(version(SOURCE, "l" + i, i, "T" + i, A)));
            if (i % 2 == 0) {
                versions.add(version(SOURCE, "l" + i, i + 30, "T" + i, B));
            }
            store.importArticle(versions);
        }
        store.importArticle(List.of(version("Other", "o", 100, "Other", A)));

        Page<ArticleSummary> page = store.articles(ArticleQuery.all().withSource(SOURCE).withPage(0, 2));
        assertThat(page.items()).extracting(ArticleSummary::articleKey).containsExactly("l4", "l2");
        assertThat(page.hasMore()).isTrue();
        assertThat(store.articles(ArticleQuery.all().withSource(SOURCE).withPage(2, 2)).items())
                .extracting(ArticleSummary::articleKey).containsExactly("l0", "l3");
        assertThat(store.articles(ArticleQuery.all().withChangedOnly(true).withPage(0, 50)).items())
                .extracting(ArticleSummary::articleKey).containsExactly("l4", "l2", "l0");
        assertThat(store.articles(ArticleQuery.all().withRange(Optional.of(TestArticles.T0.plusSeconds(3600 * 31)),
                Optional.of(TestArticles.T0.plusSeconds(3600 * 33)))).items())
                .extracting(ArticleSummary::articleKey).containsExactly("l2");

        Page<RecentChange> recent = store.recentChanges(Optional.empty(), 0, 10);
        assertThat(recent.items()).extracting(RecentChange::number).containsOnly(1);
        assertThat(recent.items()).hasSize(3);
        assertThat(recent.items().get(0).summary()).isNotBlank();

        assertThat(store.mostEdited(Optional.empty(), 3)).extracting(ArticleSummary::versionCount).containsExactly(2, 2, 2);
        assertThat(store.editsOverTime(Optional.of(SOURCE))).extracting(DailyEdits::versions).containsExactly(3L);
        SourceStability stability = store.stability().stream().filter(s -> s.source().equals(SOURCE)).findFirst().orElseThrow();
        assertThat(stability.articles()).isEqualTo(5);
        assertThat(stability.changedArticles()).isEqualTo(3);
        assertThat(stability.medianTimeToStability()).contains(java.time.Duration.ofHours(30));
        assertThat(store.sources()).containsExactly("Other", SOURCE);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Stored alignments and threads agree with the history rebuilt from the stored versions. */
    void assertConsistent(String articleId) {
        StoredHistory h = store.findHistory(articleId).orElseThrow();
        List<VersionSummary> versions = h.article().versions();
        for (int v = 0; v < versions.size(); v++) {
            assertThat(versions.get(v).number()).isEqualTo(v);
            assertThat(store.findAlignment(versions.get(v).id()))
                    .isEqualTo(v == 0 ? Optional.empty() : Optional.of(h.history().steps().get(v - 1)));
        }
        assertThat(h.notes().subList(1, h.notes().size())).allSatisfy(n -> assertThat(n).isNotNull());
    }
}
