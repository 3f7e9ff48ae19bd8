package dev.palimpsest.store.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlKeyTest {

    @Test
    void scheme_www_trailing_slash_fragment_and_tracking_parameters_do_not_matter() {
        String key = UrlKey.of("https://www.nytimes.com/2011/03/31/world/africa/31libya.html");
        assertThat(UrlKey.of("http://nytimes.com/2011/03/31/world/africa/31libya.html/")).isEqualTo(key);
        assertThat(UrlKey.of("https://WWW.NYTimes.com/2011/03/31/world/africa/31libya.html?utm_source=x&fbclid=y#top"))
                .isEqualTo(key);
        assertThat(UrlKey.of("https://www.nytimes.com:443/2011/03/31/world/africa/31libya.html")).isEqualTo(key);
    }

    @Test
    void other_parameters_paths_and_ports_do() {
        String key = UrlKey.of("https://example.com/story?id=1");
        assertThat(UrlKey.of("https://example.com/story?id=2")).isNotEqualTo(key);
        assertThat(UrlKey.of("https://example.com/Story?id=1")).isNotEqualTo(key);
        assertThat(UrlKey.of("https://example.com:8080/story?id=1")).isNotEqualTo(key);
    }

    @Test
    void text_that_is_not_a_url_is_its_own_key() {
        assertThat(UrlKey.of(" not a url ")).isEqualTo("not a url");
        assertThat(UrlKey.of("urn:isbn:123")).isEqualTo("urn:isbn:123");
    }
}
