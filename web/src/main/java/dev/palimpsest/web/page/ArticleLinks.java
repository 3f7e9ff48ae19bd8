package dev.palimpsest.web.page;

import dev.palimpsest.render.HistoryIds;
import dev.palimpsest.render.HistoryLinks;
import dev.palimpsest.web.model.WebHistory;
import java.util.Optional;

/**
 * Links of the article page's timeline and sentence histories: the diff on the page is one pair, so a
 * link to that pair is a fragment and a link to any other pair loads the page for it.
 *
 * @param from the pair shown, or -1 when the page shows none
 */
record ArticleLinks(WebHistory history, int from, int to, boolean inline) implements HistoryLinks {

    @Override
    public String diff(int f, int t) {
        return target(f, t, HistoryIds.diff(f, t));
    }

    @Override
    public String diffSentence(int f, int t, boolean old, int index) {
        return target(f, t, HistoryIds.sentence(f, t, old, index));
    }

    @Override
    public Optional<String> raw(int version) {
        return Optional.of(Urls.raw(history.version(version).id()));
    }

    private String target(int f, int t, String fragment) {
        return f == from && t == to ? "#" + fragment : Urls.compare(history.article().id(), f, t, inline, fragment);
    }
}
