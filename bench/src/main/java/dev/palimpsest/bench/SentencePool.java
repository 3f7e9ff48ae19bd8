package dev.palimpsest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real news sentences to build articles from, kept in their paragraphs. Exact duplicates are dropped and
 * near-duplicates (several versions of one story share sentences) get the same {@linkplain #group group},
 * so an article never holds two versions of one sentence. Immutable.
 */
final class SentencePool {

    /** A paragraph of a source text: indices into {@link #sentence(int)}; {@code lede} for a text's first. */
    record Paragraph(List<Integer> sentences, boolean lede) {
        Paragraph {
            sentences = List.copyOf(sentences);
        }
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\R\\s*");
    /** Reporting credits ("C. J. Chivers reported from Brega") are not article sentences. */
    private static final Pattern CREDIT = Pattern.compile("contributed reporting|reported from|contributed research");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_PARAGRAPH_SENTENCES = 3;
    private static final int MIN_WORDS = 4;
    private static final double NEAR_DUPLICATE_JACCARD = 0.5;
    /** Words this common are not used to find near-duplicate candidates. */
    private static final int MAX_POSTINGS = 40;

    private final List<String> sentences;
    private final int[] groups;
    private final int groupCount;
    private final List<Paragraph> paragraphs;

    private SentencePool(List<String> sentences, int[] groups, List<Paragraph> paragraphs) {
        this.sentences = List.copyOf(sentences);
        this.groups = groups;
        this.groupCount = (int) Arrays.stream(groups).distinct().count();
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** Reads every {@code *.txt} file of the given files and folders (recursively), in path order. */
    static SentencePool load(List<Path> sources) {
        List<String> texts = new ArrayList<>();
        for (Path source : sources) {
            try (Stream<Path> files = Files.isDirectory(source) ? Files.walk(source) : Stream.of(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read corpus " + source, e);
            }
        }
        return fromTexts(texts);
    }

    /** Builds a pool from plain article texts: one paragraph per line, HTML entities allowed. */
    static SentencePool fromTexts(List<String> texts) {
        List<String> sentences = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String text : texts) {
            boolean lede = true;
            for (String rawParagraph : PARAGRAPH_BREAK.split(text.strip())) {
                String paragraph = Entities.decode(rawParagraph).replaceAll("\\s+", " ").strip();
                if (CREDIT.matcher(paragraph).find()) {
                    continue;
                }
                List<Integer> ids = new ArrayList<>();
                for (String sentence : NewsSentenceSplitter.split(paragraph)) {
                    if (WORD.matcher(sentence).results().count() < MIN_WORDS) {
                        continue;
                    }
                    Integer id = index.get(sentence);
                    if (id == null) {
                        id = sentences.size();
                        sentences.add(sentence);
                        index.put(sentence, id);
                    }
                    ids.add(id);
                }
                for (int from = 0; from < ids.size(); from += MAX_PARAGRAPH_SENTENCES) {
                    paragraphs.add(new Paragraph(
                            ids.subList(from, Math.min(ids.size(), from + MAX_PARAGRAPH_SENTENCES)), lede));
                    lede = false;
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no sentences (" + texts.size() + " texts)");
        }
        return new SentencePool(sentences, nearDuplicateGroups(sentences), paragraphs);
    }

    String sentence(int id) {
        return sentences.get(id);
    }

    int size() {
        return sentences.size();
    }

    /** Near-duplicate class of a sentence; sentences of one group are versions of each other. */
    int group(int id) {
        return groups[id];
    }

    int groupCount() {
        return groupCount;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** Union-find over pairs sharing a rare-ish word whose word-set Jaccard similarity is high. */
    private static int[] nearDuplicateGroups(List<String> sentences) {
        int n = sentences.size();
        List<Set<String>> words = new ArrayList<>(n);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> set = new HashSet<>();
            WORD.matcher(sentences.get(i).toLowerCase(Locale.ROOT)).results().forEach(r -> set.add(r.group()));
            words.add(set);
            for (String w : set) {
                if (w.length() >= 5) {
                    postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (List<Integer> ids : postings.values()) {
            if (ids.size() > MAX_POSTINGS) {
                continue;
            }
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    int x = ids.get(a);
                    int y = ids.get(b);
                    if (find(parent, x) != find(parent, y) && jaccard(words.get(x), words.get(y)) >= NEAR_DUPLICATE_JACCARD) {
                        parent[find(parent, x)] = find(parent, y);
                    }
                }
            }
        }
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = find(parent, i);
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
