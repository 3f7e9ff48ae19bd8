package dev.palimpsest.store;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the articles of one source keep changing.
 *
 * @param articles articles of the source
 * @param changedArticles of those, articles with more than one version
 * @param medianTimeToStability for changed articles with times: median time from first to last version
 * @param p90TimeToStability the 90th percentile of the same
 */
public record SourceStability(String source, long articles, long changedArticles,
        Optional<Duration> medianTimeToStability, Optional<Duration> p90TimeToStability) {

    public SourceStability {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(medianTimeToStability, "medianTimeToStability");
        Objects.requireNonNull(p90TimeToStability, "p90TimeToStability");
    }
}
