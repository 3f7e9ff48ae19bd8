/** Atom 1.0 feeds of changes: all, per source, per article. */
@NullMarked
package dev.palimpsest.web.feed;

import org.jspecify.annotations.NullMarked;
