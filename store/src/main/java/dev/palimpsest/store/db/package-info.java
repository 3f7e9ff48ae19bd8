/**
 * Database access below the store: which database an option names, connections, migrations and a few
 * plain-JDBC helpers. Nothing here knows about articles.
 */
@NullMarked
package dev.palimpsest.store.db;

import org.jspecify.annotations.NullMarked;
