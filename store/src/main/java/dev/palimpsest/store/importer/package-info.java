/**
 * The import service: read and check incoming versions ({@link dev.palimpsest.store.importer.VersionReader}),
 * load what the store has of the article ({@link dev.palimpsest.store.importer.SnapshotLoader}), work
 * out the new versions, alignments, threads, change notes and events ({@link dev.palimpsest.store.importer.Planner},
 * pure), and write them in one transaction ({@link dev.palimpsest.store.importer.PlanWriter}).
 * {@link dev.palimpsest.store.importer.ImportPipeline} runs the first three on all cores and the last
 * on one writer.
 */
@NullMarked
package dev.palimpsest.store.importer;

import org.jspecify.annotations.NullMarked;
