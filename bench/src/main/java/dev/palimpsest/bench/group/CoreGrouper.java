package dev.palimpsest.bench.group;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * The one seam to the code under test: {@code SnapshotGrouper.standard().group(snapshots)} from core,
 * called through method handles because the bench module does not depend on core on purpose (its pom:
 * the generators must not share code with what they measure). Core must be on the runtime class path.
 * Should bench ever depend on core, this class becomes three direct calls.
 */
final class CoreGrouper {

    /** What the benchmark reads of a chain. */
    record ChainView(List<String> ids, String basis, double confidence) {
    }

    private static final String PACKAGE = "dev.palimpsest.core.group.";

    private final Object grouper;
    private final MethodHandle snapshotOf;
    private final MethodHandle group;
    private final MethodHandle chains;
    private final MethodHandle ids;
    private final MethodHandle basis;
    private final MethodHandle confidence;

    private CoreGrouper() throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> grouperClass = Class.forName(PACKAGE + "SnapshotGrouper");
        Class<?> snapshotClass = Class.forName(PACKAGE + "Snapshot");
        Class<?> groupingClass = Class.forName(PACKAGE + "Grouping");
        Class<?> chainClass = Class.forName(PACKAGE + "Chain");
        Class<?> basisClass = Class.forName(PACKAGE + "OrderBasis");
        grouper = lookup.findStatic(grouperClass, "standard", MethodType.methodType(grouperClass)).invoke();
        snapshotOf = lookup.findStatic(snapshotClass, "of", MethodType.methodType(snapshotClass, String.class, List.class));
        group = lookup.findVirtual(grouperClass, "group", MethodType.methodType(groupingClass, List.class));
        chains = lookup.findVirtual(groupingClass, "chains", MethodType.methodType(List.class));
        ids = lookup.findVirtual(chainClass, "snapshotIds", MethodType.methodType(List.class));
        basis = lookup.findVirtual(chainClass, "basis", MethodType.methodType(basisClass));
        confidence = lookup.findVirtual(chainClass, "confidence", MethodType.methodType(double.class));
    }

    /** @throws IllegalStateException when core's classes are not on the class path */
    static CoreGrouper standard() {
        try {
            return new CoreGrouper();
        } catch (Throwable e) {
            throw new IllegalStateException("core's dev.palimpsest.core.group is not on the class path: " + e, e);
        }
    }

    /** Core's snapshots for the items, built before timing starts. */
    List<Object> snapshots(List<GeneratedHeap.Item> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (GeneratedHeap.Item item : items) {
            out.add(call(() -> snapshotOf.invoke(item.id(), item.sentences())));
        }
        return out;
    }

    /** Runs the grouper: the part that is timed. */
    Object group(List<Object> snapshots) {
        return call(() -> group.invoke(grouper, snapshots));
    }

    List<ChainView> chains(Object grouping) {
        List<ChainView> out = new ArrayList<>();
        for (Object chain : (List<?>) call(() -> chains.invoke(grouping))) {
            List<String> chainIds = new ArrayList<>();
            for (Object id : (List<?>) call(() -> ids.invoke(chain))) {
                chainIds.add((String) id);
            }
            out.add(new ChainView(chainIds, String.valueOf(call(() -> basis.invoke(chain))),
                    (Double) call(() -> (double) confidence.invoke(chain))));
        }
        return out;
    }

    private interface Call {
        Object run() throws Throwable;
    }

    private static Object call(Call call) {
        try {
            return call.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
