/** Implementation details of alignment and word diffs; not an API, may change without notice. */
@NullMarked
package dev.palimpsest.core.align.internal;

import org.jspecify.annotations.NullMarked;
