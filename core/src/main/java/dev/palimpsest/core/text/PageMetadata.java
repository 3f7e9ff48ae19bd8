package dev.palimpsest.core.text;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** What an HTML page says about itself: its title and when it was last modified or published. */
public record PageMetadata(Optional<String> title, Optional<Instant> modified) {

    public static final PageMetadata NONE = new PageMetadata(Optional.empty(), Optional.empty());

    private static final String[] TIME_SELECTORS = {
        "meta[property=article:modified_time]", "meta[property=og:updated_time]",
        "meta[name=last-modified]", "meta[property=article:published_time]", "meta[name=date]",
        "meta[itemprop=dateModified]", "meta[itemprop=datePublished]"
    };

    public static PageMetadata of(String html) {
        var doc = Jsoup.parse(html);
        Optional<String> title = Optional.ofNullable(doc.selectFirst("meta[property=og:title]"))
                .map(e -> e.attr("content"))
                .or(() -> Optional.of(doc.title()))
                .map(String::strip)
                .filter(s -> !s.isEmpty());
        Optional<Instant> time = Optional.empty();
        for (String selector : TIME_SELECTORS) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                time = parse(e.attr("content"));
                if (time.isPresent()) {
                    break;
                }
            }
        }
        if (time.isEmpty()) {
            Element t = doc.selectFirst("time[datetime]");
            if (t != null) {
                time = parse(t.attr("datetime"));
            }
        }
        return new PageMetadata(title, time);
    }

    private static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(text.strip()));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
