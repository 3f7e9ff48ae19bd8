@NullMarked
package dev.palimpsest.core.text;

import org.jspecify.annotations.NullMarked;
