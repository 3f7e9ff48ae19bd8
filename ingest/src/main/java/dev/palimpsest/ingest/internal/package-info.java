/** Helpers shared by the readers; not part of the API. */
@NullMarked
package dev.palimpsest.ingest.internal;

import org.jspecify.annotations.NullMarked;
