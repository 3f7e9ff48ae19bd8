@NullMarked
package dev.palimpsest.core.eval;

import org.jspecify.annotations.NullMarked;
