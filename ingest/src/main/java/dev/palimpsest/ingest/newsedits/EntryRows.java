package dev.palimpsest.ingest.newsedits;

import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.IngestProblem;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.internal.Inputs;
import dev.palimpsest.ingest.internal.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Walks the rows of {@link EntryVersionTable#query()} (ordered by entry_id, version) and hands out
 * one article at a time, reading one row ahead. A bad row is reported and skipped; a database error
 * is reported and ends the walk. Calls {@code onEnd} once, when the rows run out.
 */
final class EntryRows implements Iterator<List<IncomingVersion>> {

    private final ResultSet rows;
    private final String file;
    private final String defaultSource;
    private final ProblemHandler problems;
    private final LongConsumer rowsRead;
    private final Runnable onEnd;
    private Optional<IncomingVersion> lookahead = Optional.empty();
    private Optional<List<IncomingVersion>> next = Optional.empty();
    private boolean done;
    private long count;
    /** entry_id and version of the last good row: a repeat of both is a duplicate. */
    private String lastKey = "";

    EntryRows(ResultSet rows, String file, String defaultSource, ProblemHandler problems, LongConsumer rowsRead,
            Runnable onEnd) {
        this.rows = rows;
        this.file = file;
        this.defaultSource = defaultSource;
        this.problems = problems;
        this.rowsRead = rowsRead;
        this.onEnd = onEnd;
    }

    @Override
    public boolean hasNext() {
        if (next.isEmpty()) {
            next = readArticle();
        }
        return next.isPresent();
    }

    @Override
    public List<IncomingVersion> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<IncomingVersion> article = next.orElseThrow();
        next = Optional.empty();
        return article;
    }

    private Optional<List<IncomingVersion>> readArticle() {
        List<IncomingVersion> article = new ArrayList<>();
        lookahead.ifPresent(article::add);
        lookahead = Optional.empty();
        while (true) {
            Optional<IncomingVersion> row = readRow();
            if (row.isEmpty()) {
                break;
            }
            IncomingVersion v = row.orElseThrow();
            if (!article.isEmpty() && !article.get(0).articleKey().equals(v.articleKey())) {
                lookahead = row;
                break;
            }
            article.add(article.isEmpty() ? v : withSource(v, article.get(0).source()));
        }
        return article.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(article));
    }

    /** The next good row; empty at the end. Bad rows are reported and skipped. */
    private Optional<IncomingVersion> readRow() {
        while (!done) {
            String where = file;
            try {
                if (!rows.next()) {
                    end();
                    break;
                }
                count++;
                rowsRead.accept(count);
                Object entryId = rows.getObject(1);
                Object version = rows.getObject(2);
                where = file + ":entry_id=" + text(entryId).orElse("NULL") + ",version=" + text(version).orElse("NULL");
                Optional<String> problem = problem(entryId, version);
                String key = text(entryId).orElse("") + "\u0000" + text(version).orElse("");
                if (problem.isEmpty() && key.equals(lastKey)) {
                    problem = Optional.of("duplicate row (same entry_id and version as the row before)");
                }
                if (problem.isPresent()) {
                    problems.report(new IngestProblem(where, problem.orElseThrow()));
                    continue;
                }
                Optional<IncomingVersion> v = toVersion(rows, text(entryId).orElseThrow(), where);
                if (v.isPresent()) {
                    lastKey = key;
                    return v;
                }
            } catch (SQLException e) {
                end();
                problems.report(new IngestProblem(file, "cannot read row " + (count + 1) + ": " + Inputs.describe(e)));
            }
        }
        return Optional.empty();
    }

    private Optional<IncomingVersion> toVersion(ResultSet rs, String entryId, String where) throws SQLException {
        Optional<String> summary = nonBlank(rs.getString(3));
        if (summary.isEmpty()) {
            problems.report(new IngestProblem(where, "empty summary"));
            return Optional.empty();
        }
        Optional<Instant> created;
        try {
            created = Timestamps.parse(nonBlank(rs.getString(5)).orElse(""));
        } catch (IllegalArgumentException e) {
            problems.report(new IngestProblem(where, "created: " + e.getMessage()));
            return Optional.empty();
        }
        String source = nonBlank(rs.getString(7)).orElse(defaultSource);
        return Optional.of(new IncomingVersion(source, entryId, nonBlank(rs.getString(6)), nonBlank(rs.getString(4)),
                created, summary.orElseThrow(), InputFormat.HTML, where));
    }

    private static Optional<String> problem(Object entryId, Object version) {
        if (text(entryId).isEmpty()) {
            return Optional.of("entry_id is empty");
        }
        if (!(version instanceof Number) && !(version instanceof String s && s.strip().matches("-?\\d+"))) {
            return Optional.of(version == null ? "version is empty" : "version is not a number");
        }
        return Optional.empty();
    }

    private void end() {
        if (!done) {
            done = true;
            onEnd.run();
        }
    }

    private static IncomingVersion withSource(IncomingVersion v, String source) {
        return v.source().equals(source) ? v : new IncomingVersion(source, v.articleKey(), v.url(), v.title(), v.seen(),
                v.body(), v.format(), v.origin());
    }

    /** A cell as text: integral numbers without ".0", blank as empty. */
    private static Optional<String> text(Object cell) {
        if (cell instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Optional.of(Long.toString(d.longValue()));
        }
        return cell == null ? Optional.empty() : nonBlank(cell.toString());
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
