/** JSON shapes of the CLI's output, written with Jackson's streaming API. */
@NullMarked
package dev.palimpsest.cli.json;

import org.jspecify.annotations.NullMarked;
