/** The JSON API under {@code /api}: articles, versions, diffs, threads, change notes, search, changes, stats and the admin import. */
@NullMarked
package dev.palimpsest.web.api;

import org.jspecify.annotations.NullMarked;
