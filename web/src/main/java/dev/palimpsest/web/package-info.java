/**
 * The web server: pages, JSON API and Atom feeds over a {@link dev.palimpsest.store.Store}. Start it with
 * {@link dev.palimpsest.web.WebServer#start}.
 */
@NullMarked
package dev.palimpsest.web;

import org.jspecify.annotations.NullMarked;
