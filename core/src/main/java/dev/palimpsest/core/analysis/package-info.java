/**
 * What changed that matters between two versions of an article, as a journalist would summarise it:
 * lede, headline and dateline, quotes, numbers, people, places and organisations, corrections and
 * credits, each with the sentences that show it.
 */
@NullMarked
package dev.palimpsest.core.analysis;

import org.jspecify.annotations.NullMarked;
