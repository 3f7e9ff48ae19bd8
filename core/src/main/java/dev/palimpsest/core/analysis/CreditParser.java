package dev.palimpsest.core.analysis;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads reporters' names from credit lines and bylines:
 * "C. J. Chivers reported from Brega, Libya, and Marlise Simons from Paris.",
 * "Alan Cowell and Marlise Simons contributed reporting from Paris.", "By David D. Kirkpatrick".
 *
 * <p>A reporter is a name of two or more words followed by "reported", "contributed", "wrote" or
 * "from", or joined by "and" to such a name, or listed after "by". Names after "from", "in" or "at"
 * are places, as are the names listed after them. Immutable and thread-safe.
 */
public final class CreditParser {

    private static final Pattern REPORTER_FOLLOWS = Pattern.compile("^\\s*,?\\s*(?:reported|contributed|wrote|from)\\b");
    private static final Pattern AND_FOLLOWS = Pattern.compile("^\\s*,?\\s+and\\s+$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("^\\s*(?:,\\s*|,?\\s+and\\s+|;\\s*)$");
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby\\s+$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:from|in|at)\\s+$");
    /** A sentence that is nothing but initials: what a naive splitter leaves of "C. J. Chivers …". */
    private static final Pattern INITIALS_ONLY = Pattern.compile("^(?:\\p{Lu}\\.\\s*)+$");

    private static final CreditParser STANDARD = new CreditParser();

    private CreditParser() {
    }

    public static CreditParser standard() {
        return STANDARD;
    }

    /** Reporters credited at the end of the story, in order. */
    public List<String> reporters(Document document) {
        return names(lines(document, SentenceRole.CREDIT).text());
    }

    /** Names on the byline, in order. */
    public List<String> byline(Document document) {
        return names(lines(document, SentenceRole.BYLINE).text());
    }

    /** The sentences holding credits, for evidence. */
    List<Integer> creditSentences(Document document) {
        return lines(document, SentenceRole.CREDIT).sentences();
    }

    List<Integer> bylineSentences(Document document) {
        return lines(document, SentenceRole.BYLINE).sentences();
    }

    /** The reporters named in one credit line or byline. */
    public List<String> names(String line) {
        List<NameMention> mentions = MentionFinder.find(0, line, 0, MentionFinder.Evidence.NONE);
        boolean[] reporter = new boolean[mentions.size()];
        boolean[] byList = new boolean[mentions.size()];
        for (int k = 0; k < mentions.size(); k++) {
            String before = line.substring(k == 0 ? 0 : mentions.get(k - 1).span().end(), start(mentions.get(k)));
            byList[k] = BY_BEFORE.matcher(before).find()
                    || (k > 0 && byList[k - 1] && LIST_SEPARATOR.matcher(before).matches());
        }
        // Right to left, so that "Alan Cowell and Marlise Simons contributed" credits both.
        for (int k = mentions.size() - 1; k >= 0; k--) {
            NameMention m = mentions.get(k);
            String before = line.substring(0, start(m));
            String after = line.substring(m.span().end());
            boolean place = PLACE_BEFORE.matcher(before).find();
            boolean andReporter = k + 1 < mentions.size() && reporter[k + 1]
                    && AND_FOLLOWS.matcher(line.substring(m.span().end(), start(mentions.get(k + 1)))).matches();
            reporter[k] = !place && NameKey.of(m.name()).size() >= 2
                    && (byList[k] || REPORTER_FOLLOWS.matcher(after).find() || andReporter);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            if (reporter[k]) {
                names.add(mentions.get(k).name());
            }
        }
        return names;
    }

    private static int start(NameMention m) {
        return m.span().start();
    }

    private record Lines(String text, List<Integer> sentences) {
    }

    private static Lines lines(Document document, SentenceRole role) {
        StringBuilder text = new StringBuilder();
        List<Integer> sentences = new ArrayList<>();
        List<Sentence> all = document.sentences();
        for (Sentence s : all) {
            if (s.role() != role) {
                continue;
            }
            List<Sentence> fragments = new ArrayList<>();
            for (int k = s.index() - 1; k >= 0 && all.get(k).paragraph() == s.paragraph()
                    && INITIALS_ONLY.matcher(all.get(k).text()).matches() && !sentences.contains(k); k--) {
                fragments.add(0, all.get(k));
            }
            if (!fragments.isEmpty() || sentences.isEmpty() || !sentences.contains(s.index() - 1)) {
                text.append(text.length() > 0 ? " ; " : "");
            } else {
                text.append(' ');
            }
            for (Sentence f : fragments) {
                text.append(f.text()).append(' ');
                sentences.add(f.index());
            }
            text.append(s.text());
            sentences.add(s.index());
        }
        return new Lines(text.toString(), sentences);
    }
}
