/** Evaluation commands: quality figures against shared data, next to published numbers. */
@NullMarked
package dev.palimpsest.cli.eval;

import org.jspecify.annotations.NullMarked;
