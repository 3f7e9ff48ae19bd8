package dev.palimpsest.render;

import java.util.Optional;

/**
 * Where the history views' links to diffs point. The self-contained history page holds every diff it
 * offers, so its links are fragments ({@link #IN_PAGE}); a server that renders one diff at a time
 * links to the page that shows the pair asked for. Returned hrefs are raw URLs: callers escape them.
 */
public interface HistoryLinks {

    /** Links within one page that holds every diff (the {@code history --format html} page). */
    HistoryLinks IN_PAGE = new HistoryLinks() {
        @Override
        public String diff(int from, int to) {
            return "#" + HistoryIds.diff(from, to);
        }

        @Override
        public String diffSentence(int from, int to, boolean old, int index) {
            return "#" + HistoryIds.sentence(from, to, old, index);
        }
    };

    /** The diff of version {@code from} against version {@code to}. */
    String diff(int from, int to);

    /** A sentence inside that diff: of version {@code from} when {@code old}, else of {@code to}. */
    String diffSentence(int from, int to, boolean old, int index);

    /** The version's input exactly as imported, when the page can link to it. */
    default Optional<String> raw(int version) {
        return Optional.empty();
    }
}
