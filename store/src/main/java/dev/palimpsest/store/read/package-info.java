/** The store's read queries: articles, versions, histories, recent changes, search and statistics. */
@NullMarked
package dev.palimpsest.store.read;

import org.jspecify.annotations.NullMarked;
