/** A version of an article as sentences: normalization, segmentation and tagging composed. */
@NullMarked
package dev.palimpsest.core.document;

import org.jspecify.annotations.NullMarked;
