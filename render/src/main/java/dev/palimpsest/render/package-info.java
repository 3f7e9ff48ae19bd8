/** Human-facing renderings of diffs: terminal text and a self-contained HTML page. */
@NullMarked
package dev.palimpsest.render;

import org.jspecify.annotations.NullMarked;
